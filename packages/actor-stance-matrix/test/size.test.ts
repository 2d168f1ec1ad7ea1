import { describe, expect, it } from 'vitest';
import { BUDGET_GZIP, measure } from '../bench/size.mjs';

/**
 * Where the initial bundle stood after the second size pass: 17.31 KB gzip, rounded up to the
 * next 0.25 KB: a ratchet, so the gap to the budget cannot grow. Now 17.46 KB (lit + core
 * 9.66 KB, this element 7.80 KB) after the table pass made the 50 × 40 table draw faster.
 */
const CEILING_GZIP = 17.5 * 1024;

const { initial, lazy } = await measure();

describe('bundle size (dist/define.js with lit, core, data; dataset stubbed; tooling/size.mjs)', () => {
  it(`initial.gzip stays under the ${CEILING_GZIP / 1024} KB ceiling`, () => {
    expect(initial.gzip).toBeLessThanOrEqual(CEILING_GZIP);
  });

  it('the dataset validator is not in the initial load (it loads only for a supplied dataset)', () => {
    expect(lazy.gzip).toBeGreaterThan(0);
  });

  it.todo(`initial.gzip meets the ${BUDGET_GZIP / 1024} KB budget of issue 6 (now 17.46 KB gzip: see README "Size and speed")`);
});
