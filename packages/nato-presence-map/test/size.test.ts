import { describe, expect, it } from 'vitest';
import { BUDGET_GZIP, measure } from '../bench/size.mjs';

const { initial, lazy, metafile } = await measure();

describe('bundle size (dist/define.js with lit, core, d3-geo and the map’s own TopoJSON decoder; data stubbed; tooling/size.mjs)', () => {
  it(`initial.gzip meets the ${BUDGET_GZIP / 1024} KB budget of issue 4`, () => {
    expect(initial.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('the dataset validator is not in the initial load (it loads only for a supplied dataset)', () => {
    expect(lazy.gzip).toBeGreaterThan(0);
  });

  it('d3-geo contributes under 2.5 KB minified (the raw projection only: tree-shaking works)', () => {
    const d3 = Object.values(metafile.outputs)
      .flatMap((o) => Object.entries(o.inputs))
      .filter(([file]) => file.includes('d3-geo'))
      .reduce((sum, [, info]) => sum + info.bytesInOutput, 0);
    expect(d3).toBeGreaterThan(0);
    expect(d3).toBeLessThan(2500);
  });
});
