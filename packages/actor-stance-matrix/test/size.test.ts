import { describe, expect, it } from 'vitest';
import { measure } from '../bench/size.mjs';

const KB = 1024;

// Issue 6 budgets the element bundle at 12 KB gzip (minified, dataset excluded). lit +
// @nato-viz/core + @nato-viz/data (valibot) alone bundle to about 15.5 KB gzip before this
// package adds a line, so the full bundle cannot meet it from here (reported to the lead; see
// README "Size"). The budget is asserted on what this package adds; the full bundle has a
// provisional ceiling so that it cannot grow unnoticed.
describe('bundle size', () => {
  it('the element’s own code (lit and @nato-viz/* external) is ≤ 12 KB gzip', async () => {
    const { gzip } = await measure({ own: true });
    expect(gzip).toBeLessThanOrEqual(12 * KB);
  });
  it('define.js with every dependency (dataset stubbed) stays ≤ 24 KB gzip', async () => {
    const { gzip } = await measure();
    expect(gzip).toBeLessThanOrEqual(24 * KB);
  });
});
