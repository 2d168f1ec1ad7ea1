// The size tests every element package runs (test/size.test.ts), against the budgets in the
// element registry (tooling/elements.mjs): what the reader pays for Lit + core once per page,
// and what each element adds on top.
import { describe, expect, it } from 'vitest';
import { elementByTag } from './elements.mjs';
import type { Measured } from './size.mjs';

/** The code that only a page supplying its own dataset needs: the validator and core's supplied-data module. */
const SUPPLIED_ONLY = [
  /[\\/]valibot[\\/]/,
  /[\\/]core[\\/]dist[\\/]supplied\.js$/,
  /[\\/]core[\\/]dist[\\/]json\.js$/,
];

/**
 * Size tests for element `tag`: its share of the initial load (the element's bundle minus the
 * smallest element on core) within the registry's budget and under `ratchetKB` (the measured
 * figure rounded up, so that growth is a decision), and the supplied-data code kept out of the
 * initial load. An element whose ratchet is above its budget has not met the budget yet: that
 * shows as a visible `todo`, and the ratchet keeps the gap from growing.
 */
export function describeElementSize(
  tag: string,
  ratchetKB: number,
  sizes: { element: Measured; baseline: Measured },
): void {
  const { shareBudgetKB } = elementByTag(tag);
  const { element, baseline } = sizes;
  const share = element.initial.gzip - baseline.initial.gzip;

  describe(`<${tag}> bundle size (dist/define.js with its dependencies, minified, gzip; dataset JSON stubbed)`, () => {
    const budget = `adds at most ${shareBudgetKB} KB gzip to Lit + core (the budget of issue 15)`;
    if (ratchetKB > shareBudgetKB) {
      it.todo(
        `${budget}: not met yet, ${(share / 1024).toFixed(2)} KB (see the package's size decision record)`,
      );
    } else {
      it(budget, () => {
        expect(share).toBeLessThanOrEqual(shareBudgetKB * 1024);
      });
    }

    it(`stays under its ratchet of ${ratchetKB} KB gzip`, () => {
      console.log(
        `<${tag}> share ${(share / 1024).toFixed(2)} KB gzip (budget ${shareBudgetKB}, ratchet ${ratchetKB})`,
      );
      expect(share).toBeLessThanOrEqual(ratchetKB * 1024);
    });

    it('loads the validator and the supplied-data code only on demand', () => {
      for (const pattern of SUPPLIED_ONLY) {
        expect(element.initialInputs.filter((file) => pattern.test(file))).toEqual([]);
        expect(element.lazyInputs.some((file) => pattern.test(file))).toBe(true);
      }
    });
  });
}
