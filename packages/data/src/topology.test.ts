import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { generated, pkgPath } from '../test/paths.js';
import { dataset } from './index.js';
import { EUROPE_FRAME, EUROPE_REFERENCE_PROJECTION, europe } from './topology.js';

const report = JSON.parse(generated('topology-report.json').toString('utf8'));
const countries = feature(europe, europe.objects.countries).features;
const regions = feature(europe, europe.objects.regions).features;
const country = (id: string) => countries.find((f) => f.id === id)!;
const region = (id: string) => regions.find((f) => f.id === id)!;

const CRIMEA = [34.1, 45.3] as [number, number];
const DONETSK = [37.8, 48.0] as [number, number];

describe('europe.topo.json', () => {
  it('geoContains(UKR, Crimea’s centroid 34.1°E 45.3°N) is true and geoContains(RUS, …) false', () => {
    expect(geoContains(country('UKR'), CRIMEA)).toBe(true);
    expect(geoContains(country('RUS'), CRIMEA)).toBe(false);
    expect(geoContains(region('crimea'), CRIMEA)).toBe(true);
  });

  it('geoContains(donbas, Donetsk 37.8°E 48.0°N) and geoContains(UKR, Donetsk) are true; RUS false', () => {
    expect(geoContains(region('donbas'), DONETSK)).toBe(true);
    expect(geoContains(country('UKR'), DONETSK)).toBe(true);
    expect(geoContains(country('RUS'), DONETSK)).toBe(false);
  });

  it('geoContains(donbas, Crimea) is false: the regions do not overlap', () => {
    expect(geoContains(region('donbas'), CRIMEA)).toBe(false);
    expect(geoContains(region('crimea'), DONETSK)).toBe(false);
  });

  it('covers Portugal to the Urals, North Cape to Turkey: the countries a newsroom expects', () => {
    expect(countries.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'PRT',
        'ISL',
        'NOR',
        'RUS',
        'UKR',
        'TUR',
        'CYP',
        'MLT',
        'EST',
        'LVA',
        'LTU',
        'BLR',
        'GEO',
      ]),
    );
    expect(EUROPE_FRAME).toEqual(report.frame);
    expect({ ...EUROPE_REFERENCE_PROJECTION }).toMatchObject({
      rotate: report.projection.rotate,
      parallels: report.projection.parallels,
      fitSize: report.projection.fitSize,
    });
  });

  it('has a feature for every region the dataset draws, and every European country the dataset names', () => {
    const ids = new Set(countries.map((f) => f.id));
    for (const r of dataset.regions) if (r.feature) expect(region(r.feature), r.id).toBeDefined();
    const named = [
      ...dataset.presence.flatMap((p) => p.countries),
      ...dataset.regions.flatMap((r) => r.countries ?? []),
    ];
    expect(named.filter((c) => !ids.has(c))).toEqual([]);
    const natoInFrame = dataset.context
      .find((c) => c.id === 'nato-members')!
      .countries!.filter((c) => !['USA', 'CAN'].includes(c));
    expect(natoInFrame.filter((c) => !ids.has(c))).toEqual([]);
  });

  it('stays within the size budget: ≤ 12 KB gzip (level 9 and the default level)', () => {
    const bytes = generated('europe.topo.json');
    expect(gzipSync(bytes, { level: 9 }).length).toBe(report.gzipBytes);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(12 * 1024);
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(12 * 1024);
  });

  it('the report describes the committed file, and its measured pixel difference is ≤ 0.5 %', () => {
    expect(createHash('sha256').update(generated('europe.topo.json')).digest('hex')).toBe(
      report.sha256,
    );
    expect(report.fidelity).toMatchObject({ size: [800, 600] });
    expect(report.fidelity.diffPixels).toBeGreaterThan(0); // measured, not a placeholder
    expect(report.fidelity.diffPercent).toBeCloseTo(
      (report.fidelity.diffPixels / (800 * 600)) * 100,
      3,
    );
    expect(report.fidelity.diffPercent).toBeLessThanOrEqual(0.5);
    expect(report.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
  });

  it('is not imported by the main entry (elements that need no map stay small)', () => {
    const index = readFileSync(pkgPath('src/index.ts'), 'utf8');
    expect(index).not.toMatch(/topo|topology/);
  });
});
