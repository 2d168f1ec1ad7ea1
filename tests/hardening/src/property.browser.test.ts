// Case 22 of CASES.md: random JSON values and random attribute strings never cause an
// uncaught exception or NaN in the output. Seeds are fixed so a failure reproduces.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SUBJECTS,
  box,
  cleanup,
  dataset,
  quietConsole,
  settle,
  svgHasNaN,
  uncaught,
  type AnyElement,
} from './harness.js';

let con: ReturnType<typeof quietConsole>;
beforeEach(() => (con = quietConsole()));
afterEach(() => {
  con.restore();
  cleanup();
});

const ATTRIBUTES = [
  'lang',
  'theme',
  'scenario',
  'view',
  'path',
  'orientation',
  'current',
  'sort',
  'actors',
  'issues',
  'data',
  'no-legend',
  'no-table',
];

/** Datasets that are close to valid: the article's with one random value swapped in. */
const mutated = fc
  .tuple(
    fc.constantFrom('actors', 'issues', 'stances', 'rungs', 'presence', 'regions', 'context'),
    fc.nat(40),
    fc.string(),
    fc.jsonValue(),
  )
  .map(([collection, index, key, value]) => {
    const copy = structuredClone(dataset) as unknown as Record<string, Record<string, unknown>[]>;
    const list = copy[collection]!;
    if (list.length) list[index % list.length]![key || 'id'] = value;
    return copy;
  });

for (const { tag } of SUBJECTS) {
  describe(`<${tag}> under random input`, () => {
    it('22. random JSON values as .data and as the data attribute', async () => {
      const parent = box(480);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.jsonValue(), mutated),
          fc.boolean(),
          async (value, asAttribute) => {
            const thrown = await uncaught(async () => {
              const el = document.createElement(tag) as AnyElement;
              if (asAttribute) el.setAttribute('data', JSON.stringify(value) ?? '');
              else el.data = value;
              parent.append(el);
              await settle(el);
              expect(svgHasNaN(el)).toBe(false);
              el.remove();
            });
            expect(thrown).toEqual([]);
          },
        ),
        { numRuns: 40, seed: 20251217 },
      );
    });
    it('22. random attribute strings', async () => {
      const parent = box(480);
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.tuple(
              fc.constantFrom(...ATTRIBUTES),
              fc.oneof(
                fc.string(),
                fc.string({ unit: 'binary' }),
                fc.constantFrom(
                  '',
                  'deal',
                  'no-deal',
                  'en',
                  'nl',
                  'dark',
                  '0',
                  '-1',
                  'NaN',
                  '1e999',
                ),
              ),
            ),
            { maxLength: 5 },
          ),
          async (attrs) => {
            const thrown = await uncaught(async () => {
              const el = document.createElement(tag) as AnyElement;
              parent.append(el);
              await settle(el);
              for (const [name, value] of attrs) el.setAttribute(name, value);
              await settle(el);
              expect(svgHasNaN(el)).toBe(false);
              el.remove();
            });
            expect(thrown).toEqual([]);
          },
        ),
        { numRuns: 40, seed: 20251215 },
      );
    });
  });
}
