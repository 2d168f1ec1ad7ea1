// The element registry: every nato-viz element, once. The embed, Storybook, the CMS demo, the
// hardening suite and the size tools read it; adding a fourth element starts here (see
// CONTRIBUTING.md, "Adding an element").

/**
 * @typedef {object} ElementEntry
 * @property {string} tag            The custom element's tag name.
 * @property {string} className      The class its package exports.
 * @property {string} packageName    The npm package.
 * @property {string} dir            The package's folder, from the repository root.
 * @property {Record<string, string>} enums  Each enumerated attribute → the `as const` array the package exports for it.
 * @property {number} shareBudgetKB  Gzip KB the element may add to Lit + core in a reader's initial load (issue 15).
 */

/** @type {readonly ElementEntry[]} */
export const ELEMENTS = Object.freeze([
  {
    tag: 'nato-presence-map',
    className: 'NatoPresenceMap',
    packageName: '@nato-viz/nato-presence-map',
    dir: 'packages/nato-presence-map',
    enums: { scenario: 'SCENARIOS', view: 'VIEWS' },
    shareBudgetKB: 11.5,
  },
  {
    tag: 'escalation-ladder',
    className: 'EscalationLadder',
    packageName: '@nato-viz/escalation-ladder',
    dir: 'packages/escalation-ladder',
    enums: { orientation: 'ORIENTATIONS', path: 'LADDER_PATHS' },
    shareBudgetKB: 9,
  },
  {
    tag: 'actor-stance-matrix',
    className: 'ActorStanceMatrix',
    packageName: '@nato-viz/actor-stance-matrix',
    dir: 'packages/actor-stance-matrix',
    enums: { sort: 'SORTS' },
    shareBudgetKB: 8.5,
  },
]);

/** Every tag, in the order the registry lists them. */
export const TAGS = Object.freeze(ELEMENTS.map((e) => e.tag));

/** Gzip KB of Lit + core in a reader's initial load: paid once per page, whatever elements it has. */
export const CORE_BUDGET_KB = 11;

/** The one-file embed (three elements, data, topology), gzip and brotli KB. */
export const EMBED_BUDGET_KB = Object.freeze({ gzip: 62, brotli: 54 });

/** The registry entry of `tag`; throws for a tag that is not registered. */
export function elementByTag(tag) {
  const entry = ELEMENTS.find((e) => e.tag === tag);
  if (!entry) throw new Error(`no nato-viz element is registered as <${tag}>`);
  return entry;
}
