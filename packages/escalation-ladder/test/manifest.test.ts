// The Custom Elements Manifest (built by `cem analyze`, read by editors and Storybook) lists
// exactly the element's public API: the documented attributes, no internal state, and every
// `--nv-*` custom property the element reads.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Named {
  name: string;
  privacy?: string;
}
interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssProperties?: Named[];
}

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
const manifest = JSON.parse(read('../custom-elements.json')) as {
  modules: { declarations?: Declaration[] }[];
};
const ladder = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'escalation-ladder')!;

/** The public attributes, as the README documents them: the ladder's own, then core's. */
const ATTRIBUTES = [
  'orientation',
  'path',
  'current',
  'no-legend',
  'no-table',
  'lang',
  'theme',
  'data',
  'src',
];

/** The interaction state the element keeps internally (reactive `state: true`). */
const INTERNAL = ['hoveredRung', 'focusedRung', 'selectedRung', 'cardHidden', 'tableOpen'];

/** Every `var(--nv-…)` the element's sources read (the private `--_nv-*` tier excluded). */
function customPropertiesRead(): string[] {
  const dir = new URL('../src/', import.meta.url);
  const sources = readdirSync(dir).filter(
    (f) => f.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(f),
  );
  const names = sources.flatMap((f) =>
    [...read(`../src/${f}`).matchAll(/var\((--nv-[\w-]+)/g)].map((m) => m[1]!),
  );
  return [...new Set(names)].sort();
}

describe('custom-elements.json for <escalation-ladder>', () => {
  it('lists exactly the documented public attributes, inherited ones included', () => {
    expect(ladder.attributes!.map((a) => a.name).sort()).toEqual([...ATTRIBUTES].sort());
  });

  it('lists no internal state and no private member', () => {
    const names = [...ladder.members!, ...ladder.attributes!].map((m) => m.name);
    for (const name of INTERNAL) expect(names).not.toContain(name);
    expect(
      ladder.members!.filter((m) => m.privacy === 'private' || m.name.startsWith('#')),
    ).toEqual([]);
  });

  it('lists the public properties, including core’s data, and the read-only getters', () => {
    const members = ladder.members!.map((m) => m.name);
    for (const name of [
      'orientation',
      'path',
      'current',
      'noLegend',
      'noTable',
      'data',
      'rungIds',
      'drawnOrientation',
    ])
      expect(members).toContain(name);
  });

  it('documents every --nv-* custom property the element reads, the five status colours among them', () => {
    const documented = ladder.cssProperties!.map((p) => p.name);
    const read = customPropertiesRead();
    expect(read).toContain('--nv-color-status-hypothetical');
    for (const name of read) expect(documented, name).toContain(name);
    for (const status of ['ongoing', 'agreed', 'proposed', 'conditional', 'hypothetical'])
      expect(documented).toContain(`--nv-color-status-${status}`);
  });

  it('lists the events', () => {
    expect(ladder.events!.map((e) => e.name).sort()).toEqual(['nv-error', 'nv-rung-select']);
  });
});
