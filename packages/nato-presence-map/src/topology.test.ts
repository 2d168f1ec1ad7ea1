import { describe, expect, it } from 'vitest';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { Feature } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { dataset } from '@nato-viz/data';
import { europe } from '@nato-viz/data/topology';
import { fitProjection } from './projection.js';
import { meshRuns, pointsPath, run, runsPath, screenArcs, shape } from './topology.js';
import type { MapTopology } from './layers.js';
import { anchorOf, pathData } from '../test/geojson.js';

// topojson-client stays the reference: the map strings its paths from arcs projected once (the
// mesh lines from topojson-client's own meshArcs), and must draw exactly what topojson-client's
// GeoJSON gives, point for point, for the real topology.
const topology = europe as MapTopology;
const { countries, regions } = topology.objects;
const fits = [
  fitProjection('europe', 800)!,
  fitProjection('europe', 317)!,
  fitProjection('ukraine', 1600)!,
];

describe('shape() against topojson-client feature()', () => {
  const geometries = [...countries.geometries, ...regions!.geometries];
  it('covers every country and both regions (donbas, crimea)', () => {
    expect(countries.geometries.length).toBeGreaterThan(40);
    expect(regions!.geometries.map((g) => g.id)).toEqual(['donbas', 'crimea']);
  });

  it.each(fits.map((f) => [`${f.view} ${f.width}`, f] as const))(
    'at %s px: every path and anchor equals the GeoJSON feature drawn',
    (_, fit) => {
      const arcs = screenArcs(topology, fit);
      for (const g of geometries) {
        const f = topoFeature(topology, g) as Feature;
        const ours = shape(arcs, g);
        expect(ours.d, String(g.id)).toBe(pathData(fit, f));
        expect(ours.anchor, String(g.id)).toEqual(anchorOf(fit, f));
      }
    },
  );
});

describe('meshRuns() + runsPath() against topojson-client mesh()', () => {
  const fit = fits[0]!;
  const arcs = screenArcs(topology, fit);
  const border = (a: string, b: string) => (x: GeometryObject, y: GeometryObject) =>
    (x.id === a && y.id === b) || (x.id === b && y.id === a);
  const outline = (ids: readonly string[]) => {
    const set = new Set(ids);
    const inside = (g: GeometryObject) => set.has(String(g.id));
    return (a: GeometryObject, b: GeometryObject) =>
      a === b ? inside(a) : inside(a) !== inside(b);
  };

  it('the UKR–RUS border equals topojson-client mesh() with the same filter', () => {
    const d = runsPath(arcs, meshRuns(topology, countries, border('UKR', 'RUS')));
    expect(d).toMatch(/^M/);
    expect(d).toBe(pathData(fit, topoMesh(topology, countries, border('UKR', 'RUS'))));
  });

  const groups = [
    ...dataset.presence.filter((p) => p.countries.length).map((p) => p.countries),
    ['UKR'],
    ['EST', 'LVA', 'LTU'],
    ['POL', 'ROU', 'BGR', 'TUR', 'GRC'],
    ['FIN', 'SWE', 'NOR', 'DNK'],
  ];
  it.each(groups.map((g) => [g.join(', '), g] as const))(
    'the outline of %s equals topojson-client mesh() with the same filter',
    (_, ids) => {
      const d = runsPath(arcs, meshRuns(topology, countries, outline(ids)));
      expect(d).toMatch(/^M/);
      expect(d).toBe(pathData(fit, topoMesh(topology, countries, outline(ids))));
    },
  );

  it('every coast and border equals topojson-client mesh() with a filter that keeps all arcs', () => {
    expect(
      runsPath(
        arcs,
        meshRuns(topology, countries, () => true),
      ),
    ).toBe(
      pathData(
        fit,
        topoMesh(topology, countries, () => true),
      ),
    );
  });
});

describe('run() and pointsPath()', () => {
  const arcs = [Float64Array.of(0, 0, 10, 0, 10, 10), Float64Array.of(10, 10, 0, 10, 0, 0)];
  it('joins arcs keeping their shared point once, reversing negative ids', () => {
    expect(run(arcs, [0, 1], 2)).toEqual([0, 0, 10, 0, 10, 10, 0, 10, 0, 0]);
    expect(run(arcs, [~1, ~0], 2)).toEqual([0, 0, 0, 10, 10, 10, 10, 0, 0, 0]);
  });

  it('pads a degenerate ring to the minimum number of points', () => {
    expect(run([Float64Array.of(1, 2)], [0], 4)).toEqual([1, 2, 1, 2, 1, 2, 1, 2]);
  });

  it('a ring drops its closing point and ends with Z; a line stays open; coordinates are rounded to 0.1 px', () => {
    expect(pointsPath(run(arcs, [0, 1], 4), true)).toBe('M0,0L10,0L10,10L0,10Z');
    expect(pointsPath([0.04, 1.26, 3, 4], false)).toBe('M0,1.3L3,4');
  });
});
