import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CORE_INHERITED,
  kebab,
  mergeManifests,
  sbTypeOf,
  type Manifest,
} from '../.storybook/manifest.js';

const coreSource = ['base.ts', 'data-element.ts']
  .map((f) =>
    readFileSync(
      fileURLToPath(new URL(`../../../packages/core/src/${f}`, import.meta.url)),
      'utf8',
    ),
  )
  .join('\n');

const fixture: Manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/x-chart.ts',
      declarations: [
        {
          kind: 'class',
          name: 'XChart',
          superclass: { name: 'NvDataElement', package: '@nato-viz/core' },
          attributes: [{ name: 'no-legend', type: { text: 'boolean' }, fieldName: 'noLegend' }],
          members: [
            { kind: 'field', name: 'noLegend', type: { text: 'boolean' }, attribute: 'no-legend' },
            { kind: 'field', name: 'secret', privacy: 'private' },
            { kind: 'method', name: 'collectProblems', privacy: 'protected' },
          ],
          cssParts: [{ name: 'base', description: 'Own description wins.' }],
        },
        { kind: 'variable', name: 'SORTS' },
      ],
    },
  ],
};

describe('mergeManifests', () => {
  const [mod] = mergeManifests([fixture]).modules;
  const chart = mod?.declarations?.find((d) => d.name === 'XChart');

  it('registers a class that extends a core base under its kebab-cased tag', () => {
    expect(chart?.tagName).toBe('x-chart');
    expect(chart?.customElement).toBe(true);
  });

  it('adds the attributes, events and parts inherited from NvDataElement and NvElement', () => {
    expect(chart?.attributes?.map((a) => a.name)).toEqual([
      'no-legend',
      'data',
      'src',
      'lang',
      'theme',
    ]);
    expect(chart?.events?.map((e) => e.name)).toEqual(['nv-error']);
    expect(chart?.cssParts).toEqual([
      { name: 'base', description: 'Own description wins.' },
      {
        name: 'error',
        description: 'The error state.',
        inheritedFrom: { name: 'NvElement', module: '@nato-viz/core' },
      },
    ]);
  });

  it('an inherited attribute the element manifest names itself keeps its property name and description from core', () => {
    const own: Manifest = {
      schemaVersion: '1.0.0',
      modules: [
        {
          kind: 'javascript-module',
          path: 'src/y-chart.ts',
          declarations: [
            {
              kind: 'class',
              name: 'YChart',
              superclass: { name: 'NvDataElement', package: '@nato-viz/core' },
              attributes: [{ name: 'data' }, { name: 'lang' }],
            },
          ],
        },
      ],
    };
    const attrs = mergeManifests([own]).modules[0]?.declarations?.[0]?.attributes ?? [];
    expect(attrs.map((a) => [a.name, a.fieldName])).toEqual([
      ['data', 'dataJson'],
      ['lang', 'lang'],
      ['src', 'src'],
      ['theme', 'theme'],
    ]);
    expect(attrs[0]?.description).toMatch(/replacement dataset/);
  });

  it('drops private and protected members', () => {
    expect(chart?.members?.map((m) => m.name)).not.toContain('secret');
    expect(chart?.members?.map((m) => m.name)).not.toContain('collectProblems');
  });

  it('leaves non-element declarations alone', () => {
    expect(mod?.declarations?.find((d) => d.name === 'SORTS')).toEqual({
      kind: 'variable',
      name: 'SORTS',
    });
  });
});

describe('the core supplement matches packages/core/src', () => {
  const items = Object.values(CORE_INHERITED).flatMap((d) => [
    ...(d.members ?? []).map(
      (m) =>
        [
          `property ${m.name}`,
          m.name === 'resolvedLang'
            ? /get resolvedLang\(\)/
            : new RegExp(`\\b${m.name}[:!?]?\\s*[:=]`),
        ] as const,
    ),
    ...(d.events ?? []).map(
      (e) => [`@fires ${e.name}`, new RegExp(`@fires ${e.name}\\b`)] as const,
    ),
    ...(d.cssParts ?? []).map(
      (p) => [`@csspart ${p.name}`, new RegExp(`@csspart ${p.name}\\b`)] as const,
    ),
    ...(d.cssProperties ?? []).map(
      (p) => [`@cssprop ${p.name}`, new RegExp(`@cssprop ${p.name}\\b`)] as const,
    ),
  ]);
  it.each(items)('%s is declared in core', (_name, re) => {
    expect(coreSource).toMatch(re);
  });

  it("the data attribute is core's dataJson property", () => {
    expect(coreSource).toMatch(/dataJson: \{ attribute: 'data' \}/);
  });
});

describe('controls', () => {
  it('kebab("NatoPresenceMap") is "nato-presence-map"', () => {
    expect(kebab('NatoPresenceMap')).toBe('nato-presence-map');
  });

  it("sbTypeOf(\"'nl' | 'en'\") is an enum", () => {
    expect(sbTypeOf("'nl' | 'en'")).toEqual({ name: 'enum', value: ['nl', 'en'] });
  });

  it('sbTypeOf("Theme") finds THEMES from core', () => {
    expect(sbTypeOf('Theme')).toEqual({ name: 'enum', value: ['auto', 'light', 'dark'] });
  });

  it('sbTypeOf("boolean | undefined") is a boolean', () => {
    expect(sbTypeOf('boolean | undefined')).toEqual({ name: 'boolean' });
  });

  it('sbTypeOf("Unknowable") falls back to text', () => {
    expect(sbTypeOf('Unknowable')).toEqual({ name: 'string' });
  });
});
