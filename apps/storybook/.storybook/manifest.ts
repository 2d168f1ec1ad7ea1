// The Custom Elements Manifests the element packages emit on build (`cem analyze --litelement`),
// merged into one so Storybook's docs tables and controls come from the code. A package that has
// not been built yet (or has no elements) contributes nothing.
import { LANGS, THEMES } from '@nato-viz/core';
import * as dataExports from '@nato-viz/data';

export interface CemType {
  text: string;
}
export interface CemItem {
  name: string;
  description?: string;
  summary?: string;
  type?: CemType;
  default?: string;
  kind?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
  reflects?: boolean;
  inheritedFrom?: { name: string; module?: string };
  /** CSS custom properties: the CSS syntax, e.g. `<color>`. */
  syntax?: string;
}
export interface CemDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: CemItem[];
  members?: CemItem[];
  events?: CemItem[];
  slots?: CemItem[];
  cssParts?: CemItem[];
  cssProperties?: CemItem[];
  superclass?: { name: string; package?: string; module?: string };
}
export interface CemModule {
  kind: string;
  path: string;
  declarations?: CemDeclaration[];
  exports?: unknown[];
}
export interface Manifest {
  schemaVersion: string;
  readme?: string;
  modules: CemModule[];
}

/** Public API only: the analyzer also lists private/protected and static members. */
function isPublic(item: CemItem): boolean {
  return (
    (item.privacy === undefined || item.privacy === 'public') &&
    !item.static &&
    !item.name.startsWith('#') &&
    !item.name.startsWith('_')
  );
}

/** `ActorStanceMatrix` → `actor-stance-matrix`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

const CORE_BASES = new Set(['NvElement', 'NvDataElement']);

/**
 * The public API the elements inherit from `@nato-viz/core`, which emits no manifest of its own
 * (the analyzer does not follow a class into another package). Taken from the JSDoc of
 * packages/core/src/base.ts and data-element.ts; test/manifest.test.ts checks the names against
 * that source. When core ships a custom-elements.json, its declarations are used instead.
 */
export const CORE_INHERITED: Record<'NvElement' | 'NvDataElement', Partial<CemDeclaration>> = {
  NvElement: {
    attributes: [
      {
        name: 'lang',
        type: { text: "'nl' | 'en'" },
        description:
          'Language of the element: `nl` or `en`. When absent, the nearest ancestor’s or the document’s `lang` (Dutch by default); an unknown value shows the error state.',
        fieldName: 'lang',
      },
      {
        name: 'theme',
        type: { text: 'Theme' },
        default: "'auto'",
        description:
          'Colour theme: `auto` follows the page’s `color-scheme`, else the reader’s preference.',
        fieldName: 'theme',
      },
    ],
    members: [
      {
        kind: 'field',
        name: 'theme',
        type: { text: 'Theme' },
        default: "'auto'",
        attribute: 'theme',
        reflects: true,
      },
      {
        kind: 'field',
        name: 'resolvedLang',
        type: { text: 'Lang' },
        readonly: true,
        description: 'The language the element speaks now.',
      },
    ],
    events: [
      {
        name: 'nv-error',
        type: { text: 'CustomEvent<NvErrorDetail>' },
        description:
          'When the element’s input is rejected; `detail` names the element, the attribute and what was wrong.',
      },
    ],
    cssParts: [
      { name: 'base', description: 'The element’s outer box.' },
      { name: 'error', description: 'The error state.' },
    ],
    cssProperties: [
      { name: '--nv-font-family', description: 'Font family of all text.' },
      { name: '--nv-font-size', description: 'Base font size (clamped to 12–40 px).' },
    ],
  },
  NvDataElement: {
    attributes: [
      {
        name: 'data',
        type: { text: 'string | null' },
        default: 'null',
        description: 'A replacement dataset as JSON text (wins over `src`).',
        fieldName: 'dataJson',
      },
      {
        name: 'src',
        type: { text: 'string | null' },
        default: 'null',
        description: 'URL of a replacement dataset (JSON; `https:` or same origin).',
        fieldName: 'src',
      },
    ],
    members: [
      {
        kind: 'field',
        name: 'data',
        type: { text: 'unknown' },
        default: 'undefined',
        description:
          'A replacement dataset as an object (wins over the `data` attribute and `src`).',
      },
      { kind: 'field', name: 'dataJson', type: { text: 'string | null' }, attribute: 'data' },
      {
        kind: 'field',
        name: 'src',
        type: { text: 'string | null' },
        attribute: 'src',
        reflects: true,
      },
    ],
  },
};

type ApiKey = 'attributes' | 'members' | 'events' | 'slots' | 'cssParts' | 'cssProperties';
const API_KEYS: ApiKey[] = [
  'attributes',
  'members',
  'events',
  'slots',
  'cssParts',
  'cssProperties',
];

/**
 * Adds what `base` declares and `d` does not (by name), marked as inherited. An item both list
 * (the element manifests now name the inherited attributes themselves, without their property
 * names or descriptions) keeps what `d` says and takes the rest from `base`.
 */
function inherit(
  d: CemDeclaration,
  base: Partial<CemDeclaration>,
  from: { name: string; module?: string },
): CemDeclaration {
  const out: CemDeclaration = { ...d };
  for (const key of API_KEYS) {
    const baseItems = new Map((base[key] ?? []).map((i) => [i.name, i]));
    const own = (d[key] ?? []).map((i) => {
      const b = baseItems.get(i.name);
      return b && b.kind === i.kind ? { ...b, ...i } : i;
    });
    const names = new Set(own.map((i) => i.name));
    const extra = [...baseItems.values()]
      .filter((i) => !names.has(i.name))
      .map((i) => ({ ...i, inheritedFrom: i.inheritedFrom ?? from }));
    if (own.length || extra.length) out[key] = [...own, ...extra];
  }
  return out;
}

/** The chain of core base classes above `name` (NvDataElement → NvElement). */
function coreChain(name: string): ('NvElement' | 'NvDataElement')[] {
  if (name === 'NvDataElement') return ['NvDataElement', 'NvElement'];
  if (name === 'NvElement') return ['NvElement'];
  return [];
}

function cleanDeclaration(
  d: CemDeclaration,
  classes: ReadonlyMap<string, CemDeclaration>,
): CemDeclaration {
  if (d.kind !== 'class') return d;
  let out: CemDeclaration = d;
  // Inherited API: from a manifest that declares the superclass, else from the core supplement.
  const seen = new Set<string>();
  let superclass = d.superclass;
  while (superclass && !seen.has(superclass.name)) {
    seen.add(superclass.name);
    const declared = classes.get(superclass.name);
    if (declared) {
      out = inherit(out, declared, {
        name: superclass.name,
        module: superclass.package ?? superclass.module,
      });
      superclass = declared.superclass;
    } else {
      for (const base of coreChain(superclass.name)) {
        out = inherit(out, CORE_INHERITED[base], { name: base, module: '@nato-viz/core' });
      }
      break;
    }
  }
  // core's `define()` registers the tag, which the analyzer does not recognise: an element class
  // (one that extends a core base) is registered under its kebab-cased name (`define.ts`).
  const isElement = d.customElement || d.tagName || [...seen].some((n) => CORE_BASES.has(n));
  if (!isElement) return out;
  return {
    ...out,
    customElement: true,
    tagName: out.tagName ?? kebab(d.name),
    members: (out.members ?? []).filter(isPublic),
  };
}

/** Merges manifests into one (schema 2.x): the modules side by side, inheritance resolved, private members removed. */
export function mergeManifests(manifests: readonly Manifest[]): Manifest {
  const classes = new Map<string, CemDeclaration>();
  for (const m of manifests) {
    for (const mod of m.modules ?? []) {
      for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);
    }
  }
  return {
    schemaVersion: '2.1.0',
    modules: manifests.flatMap((m) =>
      (m.modules ?? []).map((mod) => ({
        ...mod,
        declarations: (mod.declarations ?? []).map((d) => cleanDeclaration(d, classes)),
      })),
    ),
  };
}

const found = import.meta.glob<Manifest>('../../../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});

/** Every element package's manifest that exists now, merged. */
export const manifest: Manifest = mergeManifests(
  Object.keys(found)
    .sort()
    .map((k) => found[k] as Manifest),
);

/** The element declarations, by tag name. */
export const elements: ReadonlyMap<string, CemDeclaration> = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is CemDeclaration & { tagName: string } => typeof d.tagName === 'string')
    .map((d) => [d.tagName, d]),
);

// ---------------------------------------------------------------------------------------------
// Controls. Storybook turns a manifest type such as `'auto' | 'light' | 'dark'` or `Theme` into
// an object control; we map it to a real control instead, so every attribute can be set.

/**
 * `as const` option arrays by the type they define, found by the house naming convention
 * (`export const SCENARIOS = [...] as const; export type Scenario = (typeof SCENARIOS)[number]`):
 * first in the element's own package (`src/index.ts`, side-effect free by contract), then in
 * core and data.
 */
const elementIndexes = import.meta.glob<Record<string, unknown>>(
  ['../../../packages/*/src/index.ts', '!../../../packages/{core,data,embed}/**'],
  { eager: true },
);
const sharedOptions: Record<string, unknown>[] = [
  { LANGS, THEMES },
  dataExports as Record<string, unknown>,
];

function optionSourcesFor(tag: string | undefined): Record<string, unknown>[] {
  const own = Object.entries(elementIndexes)
    .filter(([path]) => tag !== undefined && path.includes(`/packages/${tag}/`))
    .map(([, mod]) => mod);
  return [...own, ...sharedOptions];
}

function constName(typeName: string): string {
  return typeName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Options for a type alias, if a matching `as const` string array is exported. */
export function optionsForAlias(typeName: string, tag?: string): string[] | undefined {
  const base = constName(typeName);
  const candidates = [`${base}S`, `${base}ES`, base.replace(/Y$/, 'IES')];
  for (const source of optionSourcesFor(tag)) {
    for (const name of candidates) {
      const value = source[name];
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
        return value as string[];
      }
    }
  }
  return undefined;
}

export type SbType =
  | { name: 'boolean' }
  | { name: 'number' }
  | { name: 'string' }
  | { name: 'object'; value: Record<string, never> }
  | { name: 'enum'; value: string[] };

/** The Storybook type of a manifest type text (nullish parts dropped). */
export function sbTypeOf(
  text: string | undefined,
  fallback: SbType = { name: 'string' },
  tag?: string,
): SbType {
  if (!text) return fallback;
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length === 0) return fallback;
  if (parts.every((p) => p === 'boolean' || p === 'true' || p === 'false'))
    return { name: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { name: 'number' };
  if (parts.length === 1 && parts[0] === 'string') return { name: 'string' };
  const literal = /^(['"`])(.*)\1$/;
  if (parts.every((p) => literal.test(p))) {
    return {
      name: 'enum',
      value: parts.map((p) => (literal.exec(p) as RegExpExecArray)[2] as string),
    };
  }
  if (parts.length === 1 && /^[A-Z][A-Za-z0-9]*$/.test(parts[0] as string)) {
    const options = optionsForAlias(parts[0] as string, tag);
    if (options) return { name: 'enum', value: options };
  }
  return fallback;
}

function camel(name: string): string {
  return name.replace(/[-_:. ]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));
}

/** `nv-select` → `onNvSelect`, the arg that receives the action. */
export function eventArgName(event: string): string {
  const c = camel(event);
  return `on${c.charAt(0).toUpperCase()}${c.slice(1)}`;
}

function describe(item: CemItem, extra?: string): string {
  const text = item.description || item.summary || '';
  const inherited = item.inheritedFrom ? `Inherited from \`${item.inheritedFrom.name}\`.` : '';
  return [text, extra, inherited].filter(Boolean).join('\n\n');
}

function defaultSummary(value: string | undefined) {
  return value === undefined ? undefined : { summary: value };
}

type ArgType = Record<string, unknown>;

/** The arg key of an attribute: its property name when it has one. */
export function attrKey(attr: CemItem): string {
  return attr.fieldName ?? attr.name;
}

/**
 * The docs table and controls of one element: attributes (with a control each), properties
 * without an attribute, events (each wired to an action), slots, CSS parts and custom
 * properties. Arg keys are what Lit stories naturally use and the default render understands:
 * an attribute's property name (`noLegend`, shown as `no-legend`; the `data` attribute is
 * `dataJson`), a plain property (`data`), `on<Event>`, `--custom-property`, `slot:<name>`.
 */
export function extractArgTypes(tag: string): Record<string, ArgType> | null {
  const el = elements.get(tag);
  if (!el) return null;
  const out: Record<string, ArgType> = {};

  for (const attr of el.attributes ?? []) {
    const type = sbTypeOf(attr.type?.text, { name: 'string' }, tag);
    const key = attrKey(attr);
    out[key] = {
      name: attr.name,
      description: describe(
        attr,
        attr.fieldName && attr.fieldName !== attr.name
          ? `Property: \`${attr.fieldName}\`.`
          : undefined,
      ),
      type,
      table: {
        category: 'attributes',
        type: { summary: attr.type?.text ?? 'string' },
        defaultValue: defaultSummary(attr.default),
      },
    };
  }
  // A property that is an attribute's (`theme`, `src`, `dataJson`) is documented in that row.
  const attributeFields = new Set((el.attributes ?? []).map(attrKey));
  for (const member of el.members ?? []) {
    if (member.kind !== 'field' || member.attribute || attributeFields.has(member.name)) continue;
    const key = member.name in out ? `.${member.name}` : member.name;
    const type = sbTypeOf(member.type?.text, { name: 'object', value: {} }, tag);
    // A control for simple values and for the replacement dataset; none for read-only or
    // structured internals (a topology, id lists).
    const controllable = !member.readonly && (type.name !== 'object' || member.name === 'data');
    out[key] = {
      name: key,
      description: describe(member, member.readonly ? 'Read-only.' : undefined),
      type,
      control: controllable ? undefined : false,
      table: {
        category: 'properties',
        type: { summary: member.type?.text ?? 'unknown' },
        defaultValue: defaultSummary(member.default),
      },
    };
  }
  for (const member of el.members ?? []) {
    if (member.kind !== 'method') continue;
    out[`${member.name}()`] = {
      name: `${member.name}()`,
      description: describe(member),
      control: false,
      table: { category: 'methods', type: { summary: 'method' } },
    };
  }
  for (const event of el.events ?? []) {
    const arg = eventArgName(event.name);
    out[arg] = { name: arg, action: event.name, table: { disable: true } };
    out[`event:${event.name}`] = {
      name: event.name,
      description: describe(event),
      control: false,
      table: { category: 'events', type: { summary: event.type?.text ?? 'Event' } },
    };
  }
  for (const slot of el.slots ?? []) {
    const name = slot.name || '(default)';
    out[`slot:${slot.name}`] = {
      name,
      description: describe(slot),
      type: { name: 'string' },
      // Named slots take text from the control; the default slot is documentation only.
      control: slot.name ? { type: 'text' } : false,
      table: { category: 'slots', type: { summary: 'text / HTML' } },
    };
  }
  for (const part of el.cssParts ?? []) {
    out[`part:${part.name}`] = {
      name: part.name,
      description: describe(part),
      control: false,
      table: { category: 'css shadow parts', type: { summary: '::part()' } },
    };
  }
  for (const prop of el.cssProperties ?? []) {
    out[prop.name] = {
      name: prop.name,
      description: describe(prop),
      type: { name: 'string' },
      control: { type: /color/.test(prop.name) ? 'color' : 'text' },
      table: {
        category: 'css custom properties',
        type: { summary: prop.syntax ?? 'CSS value' },
        defaultValue: defaultSummary(prop.default),
      },
    };
  }
  return out;
}

/** The element's description from its JSDoc. */
export function extractComponentDescription(tag: string): string | undefined {
  const el = elements.get(tag);
  return el ? el.description || el.summary : undefined;
}
