import { describe, expect, it } from 'vitest';
import { dataset } from '@nato-viz/data';
import { europe } from '@nato-viz/data/topology';
import { CACHED_SIZES, cachedModel, isModelCached } from './model-cache.js';
import type { MapTopology } from './layers.js';

describe('cachedModel()', () => {
  it('cachedModel(data, topology, view, width, lang) builds once and then returns the same model', () => {
    const topology = structuredClone(europe) as MapTopology;
    expect(isModelCached(dataset, topology, 'europe', 640, 'nl')).toBe(false);
    const model = cachedModel(dataset, topology, 'europe', 640, 'nl');
    expect(model?.fit.width).toBe(640);
    expect(isModelCached(dataset, topology, 'europe', 640, 'nl')).toBe(true);
    expect(cachedModel(dataset, topology, 'europe', 640, 'nl')).toBe(model);
    expect(cachedModel(dataset, topology, 'europe', 640, 'en')).not.toBe(model);
  });

  it('at 0 px there is no model, and that answer is cached too', () => {
    const topology = structuredClone(europe) as MapTopology;
    expect(cachedModel(dataset, topology, 'europe', 0, 'nl')).toBeUndefined();
    expect(isModelCached(dataset, topology, 'europe', 0, 'nl')).toBe(true);
  });

  it(`keeps the last ${CACHED_SIZES} sizes only (a resize drag does not grow it without bound)`, () => {
    const topology = structuredClone(europe) as MapTopology;
    for (let width = 300; width < 300 + CACHED_SIZES + 1; width++)
      cachedModel(dataset, topology, 'europe', width, 'nl');
    expect(isModelCached(dataset, topology, 'europe', 300, 'nl')).toBe(false);
    expect(isModelCached(dataset, topology, 'europe', 301, 'nl')).toBe(true);
    expect(isModelCached(dataset, topology, 'europe', 300 + CACHED_SIZES, 'nl')).toBe(true);
  });

  it('a topology that cannot be drawn throws (the element shows its error state)', () => {
    const broken = { type: 'Topology', arcs: [], objects: {} } as unknown as MapTopology;
    expect(() => cachedModel(dataset, broken, 'europe', 500, 'nl')).toThrow();
  });
});
