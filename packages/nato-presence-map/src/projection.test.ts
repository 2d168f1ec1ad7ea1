import { describe, expect, it } from 'vitest';
import { VIEWS, aspectRatio, fitProjection, project } from './projection.js';
import { anchorOf, pathData } from '../test/geojson.js';

describe('fitProjection', () => {
  it('fitProjection("europe", 800) spans exactly 800 px and keeps the aspect ratio', () => {
    const fit = fitProjection('europe', 800)!;
    expect(fit.width).toBe(800);
    expect(fit.height).toBeCloseTo(800 * aspectRatio('europe'), 0);
  });

  it.each([0, -10, Number.NaN, Number.POSITIVE_INFINITY])(
    'fitProjection("europe", %s) is undefined (nothing to draw, no NaN)',
    (w) => {
      expect(fitProjection('europe', w)).toBeUndefined();
    },
  );

  it.each(VIEWS)('fitProjection("%s", w) puts Kyiv inside the map at 280 and 1600 px', (view) => {
    for (const w of [280, 1600]) {
      const fit = fitProjection(view, w)!;
      const [x, y] = project(fit, 30.52, 50.45);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(w);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(fit.height);
    }
  });

  it('fitProjection("ukraine", w) zooms in: Ukraine is wider than in the europe view', () => {
    const eu = fitProjection('europe', 600)!;
    const ua = fitProjection('ukraine', 600)!;
    const span = (f: typeof eu) => project(f, 40, 49)[0] - project(f, 22.5, 49)[0];
    expect(span(ua)).toBeGreaterThan(2.5 * span(eu));
  });

  it('project() keeps the central meridian (30°E) vertical and north up', () => {
    const fit = fitProjection('europe', 800)!;
    const [x1, y1] = project(fit, 30, 40);
    const [x2, y2] = project(fit, 30, 60);
    expect(x1).toBeCloseTo(x2, 6);
    expect(y2).toBeLessThan(y1);
  });

  it('the projection is equal-area: a 1°×1° cell at 45°N is cos(45.5°)/cos(65.5°) times one at 65°N, as on the globe', () => {
    const fit = fitProjection('europe', 1600)!;
    const cell = (lon: number, lat: number) => {
      const d = pathData(fit, {
        type: 'Polygon',
        coordinates: [
          [
            [lon, lat],
            [lon + 1, lat],
            [lon + 1, lat + 1],
            [lon, lat + 1],
            [lon, lat],
          ],
        ],
      });
      const pts = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(
        (m) => [Number(m[1]), Number(m[2])] as const,
      );
      let a = 0;
      for (let i = 0; i < pts.length; i++) {
        const [x0, y0] = pts[i]!;
        const [x1, y1] = pts[(i + 1) % pts.length]!;
        a += x0 * y1 - x1 * y0;
      }
      return Math.abs(a / 2);
    };
    const globe = Math.cos((45.5 * Math.PI) / 180) / Math.cos((65.5 * Math.PI) / 180);
    expect(cell(25, 45) / cell(25, 65) / globe).toBeCloseTo(1, 1);
    expect(Math.abs(cell(25, 45) / cell(25, 65) / globe - 1)).toBeLessThan(0.02);
  });
});

describe('pathData', () => {
  const fit = fitProjection('europe', 400)!;

  it('pathData(polygon) closes the ring with Z and rounds to 0.1 px', () => {
    const d = pathData(fit, {
      type: 'Polygon',
      coordinates: [
        [
          [30, 45],
          [32, 45],
          [31, 47],
          [30, 45],
        ],
      ],
    });
    expect(d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+Z$/);
    expect(d).not.toMatch(/\.\d\d/);
  });

  it('pathData(line) leaves the line open', () => {
    expect(
      pathData(fit, {
        type: 'LineString',
        coordinates: [
          [30, 45],
          [32, 46],
        ],
      }),
    ).not.toContain('Z');
  });

  it('anchorOf(polygon) is inside a square polygon', () => {
    const sq = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [30, 45],
          [32, 45],
          [32, 47],
          [30, 47],
          [30, 45],
        ],
      ],
    };
    const [x, y] = anchorOf(fit, sq)!;
    const [xa, ya] = project(fit, 31, 46);
    expect(Math.abs(x - xa)).toBeLessThan(2);
    expect(Math.abs(y - ya)).toBeLessThan(2);
  });

  it('anchorOf(line) is undefined', () => {
    expect(
      anchorOf(fit, {
        type: 'LineString',
        coordinates: [
          [30, 45],
          [32, 46],
        ],
      }),
    ).toBeUndefined();
  });
});
