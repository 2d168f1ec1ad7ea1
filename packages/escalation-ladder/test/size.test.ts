import { describe, expect, it } from 'vitest';
import { BUDGET_GZIP, measure, measureBaseline } from '../bench/size.mjs';

/**
 * Where the initial bundle stands (18.49 KB gzip after the size pass; 18.44 KB after the
 * reader-review fixes; 17.93 KB once core's supplied-dataset code moved to the lazy chunk;
 * 17.70 KB after the second size pass), rounded up to the next 0.25 KB: a ratchet, so the gap
 * to the budget cannot grow.
 */
const CEILING_GZIP = 17.75 * 1024;
/**
 * What the ladder's own code adds to the lit + core baseline (8.10 KB gzip after the size pass;
 * 8.24 KB with the reader-review fixes; 8.27 KB against the smaller core of 2026-11-29 — gzip
 * does not add up, so a smaller baseline can make the same code's share look larger; 8.05 KB
 * after the second size pass), rounded up to the next 0.25 KB: the same ratchet, nearly
 * independent of what core weighs.
 */
const SHARE_CEILING_GZIP = 8.25 * 1024;

const [element, baseline] = await Promise.all([measure(), measureBaseline()]);

describe('bundle size (dist/define.js with lit, core and data; dataset JSON stubbed; tooling/size.mjs)', () => {
  it(`initial.gzip stays under the ${CEILING_GZIP / 1024} KB ceiling`, () => {
    expect(element.initial.gzip).toBeLessThanOrEqual(CEILING_GZIP);
  });

  it(`the element adds at most ${SHARE_CEILING_GZIP / 1024} KB gzip to the lit + core baseline`, () => {
    expect(element.initial.gzip - baseline.initial.gzip).toBeLessThanOrEqual(SHARE_CEILING_GZIP);
  });

  it('the dataset validator is not in the initial load (it loads only for a supplied dataset)', () => {
    expect(element.lazy.gzip).toBeGreaterThan(0);
  });

  it.todo(
    `initial.gzip meets the ${BUDGET_GZIP / 1024} KB budget of issue 5 (now 17.70 KB gzip, of which lit + core 9.66 KB: see README "Size")`,
  );
});
