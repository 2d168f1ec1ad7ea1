import { describe, expect, it } from 'vitest';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { dataset } from '@nato-viz/data';
import { europe } from '@nato-viz/data/topology';
import { features, mesh } from './topology.js';
import type { MapTopology } from './layers.js';

// topojson-client stays the reference: the map's own decoder must give exactly its geometry
// (same points, same order) for the real topology.
const topology = europe as MapTopology;
const { countries, regions } = topology.objects;

describe('features (the map decoder) against topojson-client feature()', () => {
  it('features(topology, countries) equals topojson-client feature(topology, countries).features', () => {
    const ours = features(topology, countries);
    expect(ours.length).toBeGreaterThan(40);
    expect(ours).toEqual((topoFeature(topology, countries) as FeatureCollection).features);
  });

  it('features(topology, regions) equals topojson-client feature(topology, regions).features (donbas, crimea)', () => {
    const ours = features(topology, regions!);
    expect(ours.map((f) => f.id)).toEqual(['donbas', 'crimea']);
    expect(ours).toEqual((topoFeature(topology, regions!) as FeatureCollection).features);
  });
});

describe('mesh (the map decoder) against topojson-client mesh()', () => {
  const border = (a: string, b: string) => (x: GeometryObject, y: GeometryObject) => (x.id === a && y.id === b) || (x.id === b && y.id === a);
  const outline = (ids: readonly string[]) => {
    const set = new Set(ids);
    const inside = (g: GeometryObject) => set.has(String(g.id));
    return (a: GeometryObject, b: GeometryObject) => (a === b ? inside(a) : inside(a) !== inside(b));
  };

  it('mesh(UKR–RUS border) equals topojson-client mesh() with the same filter', () => {
    const ours = mesh(topology, countries, border('UKR', 'RUS'));
    expect(ours.coordinates.length).toBeGreaterThan(0);
    expect(ours).toEqual(topoMesh(topology, countries, border('UKR', 'RUS')));
  });

  const groups = [
    ...dataset.presence.filter((p) => p.countries.length).map((p) => p.countries),
    ['UKR'],
    ['EST', 'LVA', 'LTU'],
    ['POL', 'ROU', 'BGR', 'TUR', 'GRC'],
    ['FIN', 'SWE', 'NOR', 'DNK'],
  ];
  it.each(groups.map((g) => [g.join(', '), g] as const))('mesh(outline of %s) equals topojson-client mesh() with the same filter', (_, ids) => {
    const ours = mesh(topology, countries, outline(ids));
    expect(ours.coordinates.length).toBeGreaterThan(0);
    expect(ours).toEqual(topoMesh(topology, countries, outline(ids)));
  });

  it('mesh(every coast and border) equals topojson-client mesh() with a filter that keeps all arcs', () => {
    expect(mesh(topology, countries, () => true)).toEqual(topoMesh(topology, countries, () => true));
  });
});
