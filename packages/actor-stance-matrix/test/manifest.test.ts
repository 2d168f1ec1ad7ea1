// The Custom Elements Manifest (custom-elements.json, written by `cem analyze` in the build) is
// what editors and Storybook offer developers: it must list exactly the public API.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
  cssProperties?: { name: string }[];
  events?: { name: string }[];
}

const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
) as {
  modules: { declarations?: Declaration[] }[];
};
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'actor-stance-matrix')!;
const styles = readFileSync(
  new URL('../src/actor-stance-matrix.styles.ts', import.meta.url),
  'utf8',
);

/** The attributes the README documents: core's four, then the matrix's own. */
const PUBLIC_ATTRIBUTES = [
  'lang',
  'theme',
  'data',
  'src',
  'sort',
  'actors',
  'issues',
  'no-legend',
  'no-table',
];

/** Reactive state and implementation details of the class, which are not for pages. */
const INTERNAL = [
  'focusInside',
  'open',
  'issueSort',
  'tableShown',
  'active',
  'layout',
  'compact',
  'defaultData',
  'renderData',
  'collectProblems',
];

describe('custom-elements.json', () => {
  it('describes <actor-stance-matrix> as ActorStanceMatrix', () => {
    expect(element).toMatchObject({ kind: 'class', name: 'ActorStanceMatrix' });
  });

  it('lists exactly the public attributes, inherited ones included', () => {
    expect(element.attributes!.map((a) => a.name).sort()).toEqual([...PUBLIC_ATTRIBUTES].sort());
  });

  it('lists no internal state or protected hook as a member or attribute', () => {
    const names = [
      ...element.members!.map((m) => m.name),
      ...element.attributes!.map((a) => a.fieldName ?? a.name),
    ];
    for (const name of INTERNAL) expect(names, name).not.toContain(name);
    expect(element.members!.filter((m) => m.privacy && m.privacy !== 'public')).toEqual([]);
  });

  it('lists the public properties, inherited ones included', () => {
    const fields = element.members!.filter((m) => m.kind === 'field').map((m) => m.name);
    expect(fields.sort()).toEqual([
      'actors',
      'data',
      'dataJson',
      'issues',
      'noLegend',
      'noTable',
      'sort',
      'src',
      'theme',
    ]);
  });

  it('documents every --nv-* custom property the stylesheet reads', () => {
    const read = new Set([...styles.matchAll(/var\(\s*(--nv-[\w-]+)/g)].map((m) => m[1]));
    expect(read.size).toBeGreaterThan(10);
    const documented = element.cssProperties!.map((p) => p.name);
    for (const name of read) expect(documented, name).toContain(name);
  });

  it('lists the events', () => {
    expect(element.events!.map((e) => e.name).sort()).toEqual(['nv-cell-select', 'nv-error']);
  });
});
