import { describe, expect, it } from 'vitest';
import { dataset, type Dataset } from '@nato-viz/data';
import { validateDataset } from '@nato-viz/data/validate';
import { europe } from '@nato-viz/data/topology';
import { fitProjection, project } from './projection.js';
import {
  MARKER_STEP,
  buildMap,
  countryRole,
  inScenario,
  natoMembers,
  noDealSteps,
  russianActors,
  sharedBorder,
  thinLabels,
  type Label,
} from './layers.js';
import { customDataset } from '../test/fixtures/dataset.js';

const fit = fitProjection('europe', 800)!;
const model = buildMap(dataset, europe, fit, (_id, name) => name);

describe('country roles', () => {
  it('natoMembers(dataset) reads the 32 members from the context facts', () => {
    const nato = natoMembers(dataset);
    expect(nato.size).toBe(32);
    expect(nato.has('POL')).toBe(true);
    expect(nato.has('UKR')).toBe(false);
  });

  it('countryRole() tells Ukraine, Russia, NATO members and others apart', () => {
    const nato = natoMembers(dataset);
    expect(['UKR', 'RUS', 'EST', 'BLR'].map((id) => countryRole(id, nato))).toEqual([
      'ukraine',
      'russia',
      'nato',
      'other',
    ]);
  });

  it('natoMembers() of a dataset without the context fact is empty (no member is invented)', () => {
    expect(natoMembers({ context: [] }).size).toBe(0);
  });
});

describe('scenario filtering', () => {
  it('inScenario() shows the proposed force only with the deal', () => {
    const force = dataset.presence.filter((p) => p.actor === 'multinational-force');
    expect(force.length).toBeGreaterThan(0);
    expect(force.every((p) => inScenario(p, 'deal') && !inScenario(p, 'no-deal'))).toBe(true);
  });

  it('inScenario() keeps Baltic air policing (existing) in both scenarios', () => {
    const baltic = dataset.presence.find((p) => p.countries.includes('EST'))!;
    expect(baltic.status).toBe('existing');
    expect(inScenario(baltic, 'deal') && inScenario(baltic, 'no-deal')).toBe(true);
  });

  it('no Western presence in Ukraine in the no-deal scenario', () => {
    const russian = russianActors(dataset);
    const inUkraine = dataset.presence.filter(
      (p) => inScenario(p, 'no-deal') && p.countries.includes('UKR'),
    );
    expect(inUkraine.every((p) => russian.has(p.actor))).toBe(true);
  });

  it('noDealSteps(dataset) are the no-deal path rungs', () => {
    const steps = noDealSteps(dataset);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((r) => r.path === 'no-deal')).toBe(true);
  });
});

describe('buildMap', () => {
  it('draws every country of the topology, each with path data', () => {
    expect(model.countries.length).toBe(europe.objects.countries.geometries.length);
    expect(model.countries.every((c) => c.d.startsWith('M') && !c.d.includes('NaN'))).toBe(true);
  });

  it('draws the Donbas and Crimea from the topology regions, the border and the routes as lines', () => {
    const kinds = Object.fromEntries(model.regions.map((r) => [r.region.kind, r.line]));
    expect(kinds).toMatchObject({
      'withdrawal-area': false,
      'occupied-context': false,
      border: true,
      'sea-area': true,
    });
  });

  it('emphasises the Ukraine–Russia land border as a line in the east of Ukraine', () => {
    const runs = sharedBorder(europe, 'UKR', 'RUS');
    expect(runs.length).toBeGreaterThan(0);
    // The central meridian (30°E) is vertical: every border point lies east of it.
    const xs = [...model.border.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThan(10);
    expect(Math.min(...xs)).toBeGreaterThan(project(fit, 30, 50)[0]);
    expect(model.border).toMatch(/^M/);
  });

  it('gives every presence record a marker; air layers an outline, sea layers a route', () => {
    expect(model.layers).toHaveLength(dataset.presence.length);
    for (const l of model.layers) {
      expect(Number.isFinite(l.marker[0]) && Number.isFinite(l.marker[1])).toBe(true);
      if (l.domain === 'air') expect(l.d).toMatch(/^M/);
      if (l.domain === 'sea') expect(l.d).toMatch(/^M/);
    }
  });

  it('sets markers of the same place and scenarios side by side, one step apart', () => {
    const deal = model.layers.filter(
      (l) =>
        l.presence.countries.includes('UKR') &&
        l.domain !== 'sea' &&
        l.presence.scenarios.join() === 'deal',
    );
    const xs = deal.map((l) => l.marker[0]).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeCloseTo(MARKER_STEP, 5);
  });

  it('puts the Baltic marker near the Baltic states', () => {
    const baltic = model.layers.find((l) => l.presence.countries.includes('LVA'))!;
    const [x, y] = project(fit, 24.6, 57);
    expect(Math.hypot(baltic.marker[0] - x, baltic.marker[1] - y)).toBeLessThan(60);
  });

  it('draws regions of a custom topology whose geometry ids are numbers (matched as text)', () => {
    const numbered = {
      ...europe,
      objects: {
        ...europe.objects,
        regions: {
          ...europe.objects.regions!,
          geometries: europe.objects.regions!.geometries.map((g, i) => ({ ...g, id: i + 1 })),
        },
      },
    };
    const data = {
      ...dataset,
      regions: dataset.regions.map((r) =>
        r.feature === 'donbas'
          ? { ...r, feature: '1' }
          : r.feature === 'crimea'
            ? { ...r, feature: '2' }
            : r,
      ),
    };
    const m = buildMap(data, numbered, fit, (_id, name) => name);
    const areas = m.regions.filter((r) => !r.line);
    expect(areas.map((r) => r.region.kind).sort()).toEqual(['occupied-context', 'withdrawal-area']);
    expect(areas.every((r) => r.d.startsWith('M'))).toBe(true);
  });

  it('buildMap(customDataset) works with a newsroom dataset', () => {
    const result = validateDataset(customDataset);
    expect(result.ok).toBe(true);
    const m = buildMap((result as { data: Dataset }).data, europe, fit, (_id, n) => n);
    expect(m.layers.map((l) => l.presence.id)).toContain('baltic-air-policing');
  });
});

describe('thinLabels', () => {
  const label = (id: string, x: number, priority: number, text = 'Label'): Label => ({
    id,
    text,
    x,
    y: 50,
    priority,
  });

  it('thinLabels() keeps the more important of two colliding labels', () => {
    expect(
      thinLabels([label('b', 105, 3), label('a', 100, 1)], 900, 100, 12).map((l) => l.id),
    ).toEqual(['a']);
  });

  it('thinLabels() keeps labels that do not collide', () => {
    expect(thinLabels([label('a', 100, 1), label('b', 300, 3)], 900, 100, 12)).toHaveLength(2);
  });

  it('thinLabels() drops labels that would cross the edge', () => {
    expect(thinLabels([label('a', 5, 1, 'A long label')], 900, 100, 12)).toHaveLength(0);
  });

  it('thinLabels() keeps only priorities 1–2 below 480 px', () => {
    expect(
      thinLabels([label('a', 50, 1), label('b', 200, 3)], 320, 100, 12).map((l) => l.id),
    ).toEqual(['a']);
  });

  it('thinLabels() avoids obstacles (markers)', () => {
    expect(thinLabels([label('a', 100, 1)], 900, 100, 12, [[90, 40, 110, 60]])).toHaveLength(0);
  });
});
