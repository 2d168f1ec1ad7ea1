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

function cleanDeclaration(d: CemDeclaration): CemDeclaration {
  if (!d.customElement && !d.tagName) return d;
  return { ...d, members: (d.members ?? []).filter(isPublic) };
}

/** Merges manifests into one (schema 2.x): the modules side by side, private members removed. */
export function mergeManifests(manifests: readonly Manifest[]): Manifest {
  return {
    schemaVersion: '2.1.0',
    modules: manifests.flatMap((m) =>
      (m.modules ?? []).map((mod) => ({ ...mod, declarations: (mod.declarations ?? []).map(cleanDeclaration) })),
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
 * (`export const SCENARIOS = [...] as const; export type Scenario = (typeof SCENARIOS)[number]`).
 * Element packages' own arrays come from their `src/index.ts` (side-effect free by contract).
 */
const optionSources: Record<string, unknown>[] = [
  { LANGS, THEMES },
  dataExports as Record<string, unknown>,
  ...Object.values(
    import.meta.glob<Record<string, unknown>>(
      ['../../../packages/*/src/index.ts', '!../../../packages/{core,data,embed}/**'],
      { eager: true },
    ),
  ),
];

function constName(typeName: string): string {
  return typeName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Options for a type alias, if a matching `as const` string array is exported. */
export function optionsForAlias(typeName: string): string[] | undefined {
  const base = constName(typeName);
  const candidates = [`${base}S`, `${base}ES`, base.replace(/Y$/, 'IES')];
  for (const source of optionSources) {
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
export function sbTypeOf(text: string | undefined, fallback: SbType = { name: 'string' }): SbType {
  if (!text) return fallback;
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length === 0) return fallback;
  if (parts.every((p) => p === 'boolean' || p === 'true' || p === 'false')) return { name: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { name: 'number' };
  if (parts.length === 1 && parts[0] === 'string') return { name: 'string' };
  const literal = /^(['"`])(.*)\1$/;
  if (parts.every((p) => literal.test(p))) {
    return { name: 'enum', value: parts.map((p) => (literal.exec(p) as RegExpExecArray)[2] as string) };
  }
  if (parts.length === 1 && /^[A-Z][A-Za-z0-9]*$/.test(parts[0] as string)) {
    const options = optionsForAlias(parts[0] as string);
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

/**
 * The docs table and controls of one element: attributes (with a control each), properties
 * without an attribute, events (each wired to an action), slots, CSS parts and custom
 * properties. Keys are what the story render understands: an attribute name, `.property`
 * when a property shares an attribute's name, `on<Event>`, `--custom-property`, `slot:<name>`.
 */
export function extractArgTypes(tag: string): Record<string, ArgType> | null {
  const el = elements.get(tag);
  if (!el) return null;
  const out: Record<string, ArgType> = {};
  const attributeNames = new Set((el.attributes ?? []).map((a) => a.name));

  for (const attr of el.attributes ?? []) {
    const type = sbTypeOf(attr.type?.text);
    out[attr.name] = {
      name: attr.name,
      description: describe(attr, attr.fieldName ? `Property: \`${attr.fieldName}\`.` : undefined),
      type,
      table: {
        category: 'attributes',
        type: { summary: attr.type?.text ?? 'string' },
        defaultValue: defaultSummary(attr.default),
      },
    };
  }
  for (const member of el.members ?? []) {
    if (member.kind !== 'field' || member.attribute) continue;
    const key = attributeNames.has(member.name) ? `.${member.name}` : member.name;
    const type = sbTypeOf(member.type?.text, { name: 'object', value: {} });
    out[key] = {
      name: key,
      description: describe(member, member.readonly ? 'Read-only.' : undefined),
      type,
      control: member.readonly ? false : undefined,
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
