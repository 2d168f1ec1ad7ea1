import { describe, expect, it } from 'vitest';
import { dataset } from '@nato-viz/data';
import { europe } from '@nato-viz/data/topology';
import { fitProjection } from './projection.js';
import { buildMap } from './layers.js';
import { itemIndexAfterKey, layerName, layerStatus, mapItems, mapSummary } from './items.js';

const model = buildMap(dataset, europe, fitProjection('europe', 800)!, (_id, name) => name);
const presence = (id: string) => dataset.presence.find((p) => p.id === id)!;

describe('itemIndexAfterKey()', () => {
  it('itemIndexAfterKey("ArrowRight" | "ArrowDown", 1, 4) steps forward; ArrowLeft/ArrowUp back', () => {
    expect(itemIndexAfterKey('ArrowRight', 1, 4)).toBe(2);
    expect(itemIndexAfterKey('ArrowDown', 1, 4)).toBe(2);
    expect(itemIndexAfterKey('ArrowLeft', 1, 4)).toBe(0);
    expect(itemIndexAfterKey('ArrowUp', 1, 4)).toBe(0);
  });

  it('wraps around at both ends', () => {
    expect(itemIndexAfterKey('ArrowRight', 3, 4)).toBe(0);
    expect(itemIndexAfterKey('ArrowLeft', 0, 4)).toBe(3);
  });

  it('Home and End jump to the first and last item', () => {
    expect(itemIndexAfterKey('Home', 2, 4)).toBe(0);
    expect(itemIndexAfterKey('End', 0, 4)).toBe(3);
  });

  it('other keys, or no items, move nothing', () => {
    expect(itemIndexAfterKey('a', 1, 4)).toBeUndefined();
    expect(itemIndexAfterKey('ArrowRight', 0, 0)).toBeUndefined();
  });
});

describe('mapItems()', () => {
  it('mapItems(model, "deal", "nl") lists the deal’s layers, then every region, in reading order', () => {
    const keys = mapItems(model, 'deal', 'nl').map((i) => i.key);
    const layers = dataset.presence
      .filter((p) => p.scenarios.includes('deal'))
      .map((p) => `p-${p.id}`);
    expect(keys).toEqual([...layers, ...model.regions.map((r) => `r-${r.region.id}`)]);
    expect(model.regions.length).toBeGreaterThanOrEqual(4);
  });

  it('a layer item carries its status and domain, its citations and its marker position', () => {
    const item = mapItems(model, 'deal', 'en').find((i) => i.key === 'p-nato-air-policing-ukr')!;
    expect(item.status).toBe('proposed · air');
    expect(item.citations).toBe(presence('nato-air-policing-ukr').citations);
    expect([item.x, item.y]).toEqual(
      model.layers.find((l) => l.presence.id === 'nato-air-policing-ukr')!.marker,
    );
  });

  it('no model, no items', () => {
    expect(mapItems(undefined, 'deal', 'nl')).toEqual([]);
  });
});

describe('layer texts and the summary', () => {
  it('layerName() merges a label’s own bracketed note with the status', () => {
    const baltic = presence('nato-baltic-air-policing');
    expect(baltic.label.en.endsWith(')')).toBe(true);
    expect(layerName('en', baltic)).toMatch(/, existing\)$/);
    expect(layerStatus('nl', baltic)).toBe('bestaand · lucht');
  });

  it('mapSummary(no-deal) names the scenario, each no-deal step and every region with its kind', () => {
    const items = mapItems(model, 'no-deal', 'en');
    const summary = mapSummary(dataset, items, 'no-deal', 'en');
    expect(summary).toMatch(/^No deal: Russia keeps fighting\./);
    for (const step of dataset.rungs.filter((r) => r.path === 'no-deal'))
      expect(summary).toContain(`${step.label.en}.`);
    for (const r of model.regions) expect(summary).toContain(`${r.region.label.en}: `);
    expect(summary).not.toContain(presence('mnf-ground').label.en);
  });
});
