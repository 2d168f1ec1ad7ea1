/**
 * `@nato-viz/embed`: every nato-viz element in one self-contained ES module for CMS pages.
 *
 * Each import registers one tag through core's guarded `define()`, so loading this bundle twice,
 * or next to the single packages, keeps the first definition and never throws.
 */
import '@nato-viz/nato-presence-map/define.js';
import '@nato-viz/escalation-ladder/define.js';
import '@nato-viz/actor-stance-matrix/define.js';

/** The tags this bundle registers, in the order a page usually shows them. */
export const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'] as const;
