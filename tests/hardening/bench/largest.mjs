#!/usr/bin/env node
// The largest schema-valid dataset of each element, drawn in Chromium: the longest task the
// main thread runs (PerformanceObserver "longtask", tasks over 50 ms) from setting `.data` to the
// last row of the table, and how long that takes. Not part of the test command: a benchmark
// measures, a test never asserts a time. Needs the embed built (`pnpm --filter @nato-viz/embed build`).
//
//   node tests/hardening/bench/largest.mjs              the schema's limits
//   node tests/hardening/bench/largest.mjs rungs=5000   other counts (rungs, presence, actors, issues, stated)
/* global window, document, customElements, requestAnimationFrame -- the evaluated functions run in the page */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { serveStatic } from '../../../tooling/static-server.mjs';
import { withGrid, withPresence, withRungs } from './datasets.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const base = JSON.parse(readFileSync(`${root}/packages/data/generated/article.json`, 'utf8'));
const limits = JSON.parse(
  readFileSync(`${root}/packages/data/generated/schema.json`, 'utf8'),
).properties;
const max = (name) => limits[name].maxItems;
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.split('='))
    .map(([k, v]) => [k, Number(v)]),
);
const counts = {
  rungs: args.rungs ?? max('rungs'),
  presence: args.presence ?? max('presence'),
  actors: args.actors ?? max('actors'),
  issues: args.issues ?? max('issues'),
  stated: args.stated,
};

/** [label, tag, dataset, whether to open the table]. */
const cases = [
  [
    `ladder, ${counts.rungs} rungs, table open`,
    'escalation-ladder',
    withRungs(base, counts.rungs),
    true,
  ],
  [
    `map, ${counts.presence} presence records, table open`,
    'nato-presence-map',
    withPresence(base, counts.presence),
    true,
  ],
  [
    `matrix, ${counts.actors} × ${counts.issues}, ${counts.stated ?? counts.actors} actors with stated stances, citations open`,
    'actor-stance-matrix',
    withGrid(base, counts.actors, counts.issues, counts.stated ?? counts.actors),
    true,
  ],
];

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.longest = 0; window.tasks = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { tasks++; longest = Math.max(longest, e.duration); } })
    .observe({ type: 'longtask', buffered: true });
</script>
<script type="module" src="/packages/embed/dist/nato-viz.js"></script></head>
<body style="width:760px"></body></html>`;

const server = await serveStatic({ dir: root, routes: { '/bench.html': page } });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, '--headless'],
});
const results = [];
try {
  for (const [label, tag, data, openTable] of cases) {
    const tab = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await tab.goto(`${server.url}/bench.html`);
    await tab.evaluate((t) => customElements.whenDefined(t), tag);
    const json = JSON.stringify(data);
    // Parsing the JSON is the bench's work, not the element's: done before the clock starts.
    const figure = await tab.evaluate(
      async ({ tag, json, openTable }) => {
        const data = JSON.parse(json);
        // A first element with the article's own dataset, so that loading and compiling the
        // code (and the supplied-data file) is not counted as drawing.
        const warm = document.createElement(tag);
        warm.data = structuredClone(data);
        warm.data[
          tag === 'escalation-ladder'
            ? 'rungs'
            : tag === 'nato-presence-map'
              ? 'presence'
              : 'stances'
        ].length = 0;
        document.body.append(warm);
        await warm.updateComplete;
        await new Promise((r) => setTimeout(r, 500));
        warm.remove();
        window.longest = 0;
        window.tasks = 0;
        const start = performance.now();
        const el = document.createElement(tag);
        el.data = data;
        document.body.append(el);
        const root = () => el.shadowRoot;
        const until = async (done, what) => {
          for (let i = 0; i < 6000; i++) {
            if (done()) return;
            await new Promise((r) => setTimeout(r, 10));
          }
          throw new Error(`${tag}: gave up waiting for ${what}`);
        };
        await until(
          () =>
            root()?.querySelector('svg *, td, li, .nv-error') &&
            !root().querySelector('.nv-loading'),
          'the drawing',
        );
        if (root().querySelector('.nv-error'))
          return { error: root().querySelector('.nv-error').textContent.trim() };
        const drawn = performance.now() - start;
        const longestDrawing = window.longest;
        let rows = 0;
        if (openTable) {
          // The matrix's citations sit behind its own toggle.
          root().querySelector('[part~="table-toggle"], [part~="citations-toggle"]')?.click();
          // The ladder's part is the table, the map's the box around it, the matrix's its citations table.
          const table = () =>
            root().querySelector(
              'table[part~="table"], table[part~="citations-table"], [part~="table"]:not([hidden]) table',
            );
          await until(() => table() && !root().querySelector('[aria-busy="true"]'), 'the table');
          rows = table().querySelectorAll('tbody tr').length;
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        return {
          drawn,
          total: performance.now() - start,
          rows,
          longestDrawing,
          longest: window.longest,
          tasks: window.tasks,
        };
      },
      { tag, json, openTable },
    );
    results.push({ label, bytes: json.length, ...figure });
    console.log(
      label,
      JSON.stringify({ bytes: json.length, ...figure }, (k, v) =>
        typeof v === 'number' ? Math.round(v) : v,
      ),
    );
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
