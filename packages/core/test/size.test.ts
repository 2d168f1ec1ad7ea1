import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { BASELINE, measureBundle } from '../../../tooling/size.mjs';
import { CORE_BUDGET_KB } from '../../../tooling/elements.mjs';

// The smallest element on core's NvDataElement: what every page pays once for Lit and core.
const baseline = await measureBundle({
  contents: BASELINE.replace("'@nato-viz/core'", "'./dist/index.js'"),
  resolveDir: fileURLToPath(new URL('..', import.meta.url)),
});

describe('Lit + core bundle size (minified, gzip; tooling/size.mjs)', () => {
  it(`the initial load of Lit + core is at most ${CORE_BUDGET_KB} KB gzip (the budget of issue 15)`, () => {
    console.log(`lit + core: ${(baseline.initial.gzip / 1024).toFixed(2)} KB gzip`);
    expect(baseline.initial.gzip).toBeLessThanOrEqual(CORE_BUDGET_KB * 1024);
  });

  it('parsing, validation and src requests stay out of it', () => {
    expect(
      baseline.initialInputs.filter((f) => /valibot|[\\/]supplied\.js$|[\\/]json\.js$/.test(f)),
    ).toEqual([]);
    expect(baseline.lazyInputs.some((f) => f.endsWith('supplied.js'))).toBe(true);
  });
});
