import { describe, expect, it } from 'vitest';
import { BUDGET_GZIP, measure } from '../bench/size.mjs';

/**
 * A ratchet, so the gap to the budget cannot grow: the initial bundle after the size-neutral
 * table pass, 17.30 KB gzip (17,715 bytes: lit + core 9.66 KB, this element 7.64 KB), rounded up
 * to the next 0.05 KB (17,715.2 bytes).
 */
const CEILING_GZIP = 17.3 * 1024;

const { initial, lazy } = await measure();

describe('bundle size (dist/define.js with lit, core, data; dataset stubbed; tooling/size.mjs)', () => {
  it(`initial.gzip stays under the ${CEILING_GZIP / 1024} KB ceiling`, () => {
    expect(initial.gzip).toBeLessThanOrEqual(CEILING_GZIP);
  });

  it('the dataset validator is not in the initial load (it loads only for a supplied dataset)', () => {
    expect(lazy.gzip).toBeGreaterThan(0);
  });

  it.todo(`initial.gzip meets the ${BUDGET_GZIP / 1024} KB budget of issue 6 (now 17.30 KB gzip: see README "Size and speed")`);
});
