// The Custom Elements Manifest (custom-elements.json, written by `cem analyze` in the build)
// lists exactly the public API: editors' autocomplete and Storybook read it (issue 19, item 5).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string; static?: boolean }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
  events?: { name: string }[];
}

const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
) as {
  modules: { declarations?: Declaration[] }[];
};
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'nato-presence-map')!;
const styles = readFileSync(new URL('../src/nato-presence-map.styles.ts', import.meta.url), 'utf8');

describe('custom-elements.json for <nato-presence-map>', () => {
  it('lists the public attributes, the inherited lang, theme, data and src among them, and nothing else', () => {
    expect(element.attributes!.map((a) => a.name).sort()).toEqual(
      ['data', 'lang', 'no-legend', 'no-table', 'scenario', 'src', 'theme', 'view'].sort(),
    );
  });

  it('lists the public properties (data and topology are properties only) and no protected or private member', () => {
    const fields = element.members!.filter((m) => m.kind === 'field' && !m.static);
    expect(fields.map((m) => m.name).sort()).toEqual(
      ['data', 'noLegend', 'noTable', 'scenario', 'topology', 'view'].sort(),
    );
    expect(element.members!.filter((m) => m.privacy && m.privacy !== 'public')).toEqual([]);
  });

  it('names no internal state, field or method', () => {
    const text = JSON.stringify(element);
    for (const name of [
      'activeKey',
      'pinned',
      'tableOpen',
      'focusIndex',
      'width',
      'defaultData',
      'getUpdateComplete',
      'renderData',
    ]) {
      expect(text, name).not.toContain(`"${name}"`);
    }
  });

  it('documents every --nv-* custom property the styles read', () => {
    const read = new Set([...styles.matchAll(/var\((--nv-[a-z0-9-]+)/g)].map((m) => m[1]!));
    const documented = new Set(element.cssProperties!.map((p) => p.name));
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
    expect(read.size).toBeGreaterThan(20);
  });

  it('lists the events, parts and the tag', () => {
    expect(element.customElement).toBe(true);
    expect(element.events!.map((e) => e.name).sort()).toEqual(['nv-error', 'nv-scenario-change']);
    expect(element.cssParts!.map((p) => p.name).sort()).toEqual([
      'base',
      'error',
      'legend',
      'map',
      'popover',
      'table',
      'table-toggle',
    ]);
  });
});
