// The seeded fuzz test of issue 18: the article's dataset mutated the way a hostile or careless
// dataset would be (fields dropped, records duplicated, values of another type, huge and odd
// strings, unknown ids, deep nesting), delivered as `.data` or as the `data` attribute, next to
// random attribute values. Every outcome must be one a reader can see: drawn, the empty state,
// or the error state with exactly one console.error; never an uncaught error, a hang or a blank
// element. Bounded in count (FUZZ_RUNS per element) and in time (a few seconds per case, a
// deadline per element). `node tests/hardening/bench/fuzz.mjs` runs more.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SUBJECTS,
  box,
  cleanup,
  dataset,
  quietConsole,
  settle,
  showsError,
  statusText,
  type AnyElement,
} from './harness.js';

/** Vite hands VITE_* variables to the browser; the bench sets them. */
const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env ?? {};
/** Cases per element: a few hundred here, more from the bench (VITE_NV_FUZZ_RUNS). */
const FUZZ_RUNS = Number(env.VITE_NV_FUZZ_RUNS ?? 200);
/** After this long an element stops taking new cases (the count already run is reported). */
const DEADLINE_MS = Number(env.VITE_NV_FUZZ_DEADLINE_MS ?? 100_000);
/** A case that has not settled by then is a hang. */
const CASE_TIMEOUT_MS = 5_000;
const SEED = 20251217;

let con: ReturnType<typeof quietConsole>;
beforeEach(() => (con = quietConsole()));
afterEach(() => {
  con.restore();
  cleanup();
});

type Json = unknown;
type Key = string | number;

/** Every path into the article's dataset (objects and arrays are paths too). */
function pathsOf(value: Json, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}
const PATHS = pathsOf(dataset).filter((p) => p.length > 0);
/** The paths of text a reader sees (names, labels, notes, translations). */
const TEXT_PATHS = PATHS.filter((p) => ['nl', 'en', 'translation'].includes(String(p.at(-1))));

/** A value nested `depth` arrays deep. */
const nested = (depth: number): Json => {
  let v: Json = 'deep';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u200b\u200d\ufeff',
    '\u202eevil',
    'مرحبا بالعالم',
    '👩🏽‍🚀'.repeat(30),
    '\ud800',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '__proto__',
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 100, max: 5_000 }).map((n) => 'lang '.repeat(n)),
);

/** What a mutation puts in place of a value. */
const replacement = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    0,
    -1,
    1e308,
    -0,
    2.5,
    [],
    {},
    [[]],
    'not-stated',
    '2025-02-31',
    'ZZZ',
  ),
  fc.jsonValue({ maxDepth: 2 }),
  oddString,
  fc.nat(1000).map((n) => `unknown-id-${n}`),
  fc.integer({ min: 20, max: 3_000 }).map(nested),
);

type Mutation = { path: Key[]; op: 'drop' | 'duplicate' | 'replace'; value: Json };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    path: fc.constantFrom(...PATHS),
    op: fc.constantFrom('drop', 'duplicate', 'replace', 'replace'),
    value: replacement,
  }),
  // Odd text where text belongs: mostly still a valid dataset, so it must draw.
  fc.record({
    path: fc.constantFrom(...TEXT_PATHS),
    op: fc.constant('replace'),
    value: fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
      fc.constantFrom(
        '\u202eevil',
        'مرحبا بالعالم',
        '👩🏽‍🚀'.repeat(300),
        '<script>alert(1)</script>',
        'x'.repeat(9_999),
        'word '.repeat(1_999),
      ),
    ),
  }),
);

/** Applies `m` to `data` in place (a path that an earlier mutation removed is skipped). */
function apply(data: Json, m: Mutation): void {
  let parent = data as Record<Key, Json>;
  for (const key of m.path.slice(0, -1)) {
    if (!parent || typeof parent !== 'object') return;
    parent = parent[key] as Record<Key, Json>;
  }
  if (!parent || typeof parent !== 'object') return;
  const key = m.path.at(-1)!;
  if (m.op === 'drop') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
  } else if (m.op === 'duplicate') {
    if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
    else parent[`${key}-copy`] = structuredClone(parent[key]);
  } else {
    parent[key] = m.value;
  }
}

interface Case {
  mutations: Mutation[];
  asAttribute: boolean;
  attributes: [string, string][];
}

/** Outcomes a reader can see, and the ones that must never happen. */
type Outcome =
  'drawn' | 'empty' | 'error' | 'uncaught' | 'hang' | 'blank' | 'error-without-one-log';

for (const { tag, enums, ids } of SUBJECTS) {
  const attributeNames = [...Object.keys(enums), ...Object.keys(ids), 'lang'];
  const attribute = fc.tuple(
    fc.constantFrom(...attributeNames),
    fc.oneof(
      fc.constantFrom(...attributeNames.flatMap((a) => enums[a] ?? [])),
      fc.constantFrom('nl', 'en', 'fr', ''),
      oddString,
    ),
  );
  const cases: fc.Arbitrary<Case> = fc.record({
    mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    asAttribute: fc.boolean(),
    // Mostly valid attributes: the dataset is what is fuzzed; sometimes one odd value.
    attributes: fc.oneof(
      { weight: 3, arbitrary: fc.constant<[string, string][]>([]) },
      { weight: 1, arbitrary: fc.array(attribute, { maxLength: 2 }) },
    ),
  });

  describe(`<${tag}> fuzzed`, () => {
    it(
      `${FUZZ_RUNS} mutated datasets and attributes (seed ${SEED}): drawn, empty or one error, never uncaught, hung or blank`,
      async () => {
        const parent = box(640);
        const counts: Record<Outcome, number> = {
          drawn: 0,
          empty: 0,
          error: 0,
          uncaught: 0,
          hang: 0,
          blank: 0,
          'error-without-one-log': 0,
        };
        const bad: string[] = [];
        const seen: string[] = [];
        const onError = (e: ErrorEvent) => seen.push(String(e.message));
        const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        const started = performance.now();
        let run = 0;
        try {
          for (const c of fc.sample(cases, { seed: SEED, numRuns: FUZZ_RUNS })) {
            if (performance.now() - started > DEADLINE_MS) break;
            run++;
            con.error.mockClear();
            seen.length = 0;
            const data = structuredClone(dataset) as Json;
            for (const m of c.mutations) apply(data, m);
            const el = document.createElement(tag) as AnyElement;
            for (const [name, value] of c.attributes) el.setAttribute(name, value);
            if (c.asAttribute) el.setAttribute('data', JSON.stringify(data) ?? '');
            else el.data = data;
            parent.append(el);
            const outcome = await outcomeOf(el);
            // Resize-loop notices are F7's, not a failure of the input.
            const uncaught = seen.filter((m) => !m.includes('ResizeObserver loop'));
            // One console.error per rejected input: a bad attribute is logged at once, a bad
            // dataset once the validator has read it, each naming its attribute.
            const logged = con.errors().map((m) => m.match(/^<[a-z-]+> ([a-z-]+):/)?.[1] ?? m);
            const oneEach =
              logged.length >= 1 &&
              new Set(logged).size === logged.length &&
              logged.length <= 1 + c.attributes.length;
            const result: Outcome = uncaught.length
              ? 'uncaught'
              : outcome === 'error' && !oneEach
                ? 'error-without-one-log'
                : outcome;
            counts[result]++;
            if (
              !['drawn', 'empty', 'error'].includes(result) ||
              (result !== 'error' && con.errors().length > 0)
            ) {
              bad.push(
                `${result}: ${JSON.stringify({ ...c, mutations: c.mutations.map((m) => ({ ...m, value: String(JSON.stringify(m.value)).slice(0, 80) })) }).slice(0, 600)} ${uncaught.join(' | ')} ${con.errors().join(' | ').slice(0, 300)}`,
              );
            }
            el.remove();
          }
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onRejection);
        }
        console.info(
          `<${tag}> fuzz: ${run} cases in ${Math.round(performance.now() - started)} ms`,
          JSON.stringify(counts),
        );
        expect(bad).toEqual([]);
        expect(run).toBeGreaterThan(0);
        // The mutations reach both sides: some datasets still draw, some are refused.
        expect(counts.drawn).toBeGreaterThan(0);
        expect(counts.error).toBeGreaterThan(0);
      },
      Math.max(180_000, FUZZ_RUNS * 200),
    );
  });
}

/** Waits for the element to settle (bounded), then names what it shows. */
async function outcomeOf(el: AnyElement): Promise<Outcome> {
  const deadline = performance.now() + CASE_TIMEOUT_MS;
  const timedOut = Symbol('timeout');
  while (performance.now() < deadline) {
    const settled = await Promise.race([
      settle(el).then(() => true),
      new Promise((r) => setTimeout(() => r(timedOut), CASE_TIMEOUT_MS)),
    ]);
    if (settled === timedOut) return 'hang';
    if (!el.shadowRoot?.querySelector('.nv-loading')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const root = el.shadowRoot;
  if (!root || root.querySelector('.nv-loading')) return 'hang';
  if (showsError(el)) return 'error';
  if (root.querySelector('.nv-empty')) return 'empty';
  if (root.querySelector('svg path, svg circle, svg rect, td, li, [role="gridcell"]'))
    return 'drawn';
  return statusText(el) ? 'empty' : 'blank';
}
