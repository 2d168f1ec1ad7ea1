#!/usr/bin/env node
// The largest schema-valid dataset of each element, drawn in Chromium: the longest task the
// main thread runs (PerformanceObserver "longtask", tasks over 50 ms), first while the element
// draws with its table closed, then from opening the table to its last row. Not part of the test
// command: a benchmark measures, a test never asserts a time. Needs the embed built
// (`pnpm --filter @nato-viz/embed build`).
//
//   node tests/hardening/bench/largest.mjs                  the schema's limits
//   node tests/hardening/bench/largest.mjs rungs=5000       other counts (rungs, presence, regions, context, actors, issues, stated)
//   node tests/hardening/bench/largest.mjs --before=DIR     also an older build of the embed (DIR holds its
//                                                            nato-viz.js), measured alternately in the same run
//   node tests/hardening/bench/largest.mjs --rounds=3       each case three times per build (default 1)
//   node tests/hardening/bench/largest.mjs --trace          what the longest task of each phase spent its time on
//   node tests/hardening/bench/largest.mjs --only=matrix    only the cases whose label contains a word
/* global window, document, customElements, requestAnimationFrame -- the evaluated functions run in the page */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

const options = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => a.slice(2).split('='))
    .map(([k, v]) => [k, v ?? true]),
);
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'))
    .map((a) => a.split('='))
    .map(([k, v]) => [k, Number(v)]),
);
const actors = args.actors ?? max('actors');
const counts = {
  rungs: args.rungs ?? max('rungs'),
  presence: args.presence ?? max('presence'),
  regions: args.regions ?? max('regions'),
  context: args.context ?? max('context'),
  actors,
  // As many issues as the stance limit leaves for every actor to have a stance on each.
  issues: args.issues ?? Math.min(max('issues'), Math.floor(max('stances') / actors)),
};
counts.stated = args.stated ?? counts.actors;
const rounds = Number(options.rounds ?? 1);

const grid = withGrid(base, counts.actors, counts.issues, counts.stated);
const matrixLabel = `${counts.actors} × ${counts.issues}, ${counts.stated} actors with stated stances`;
/** [label, tag, dataset, body width (px)]: each is drawn, then its table opened. */
const cases = [
  [`ladder, ${counts.rungs} rungs`, 'escalation-ladder', withRungs(base, counts.rungs), 760],
  [
    `map, ${counts.presence} presence records, ${counts.regions} regions, ${counts.context} context facts`,
    'nato-presence-map',
    withPresence(base, counts.presence, counts.regions, counts.context),
    760,
  ],
  // At 760 px a matrix of more than ten issues is a list of actor cards; wide enough, a grid.
  [`matrix (cards, 760 px), ${matrixLabel}`, 'actor-stance-matrix', grid, 760],
  [
    `matrix (grid, ${Math.round((10 + 6.5 * counts.issues) * 16)} px), ${matrixLabel}`,
    'actor-stance-matrix',
    grid,
    Math.round((10 + 6.5 * counts.issues) * 16),
  ],
].filter(
  ([label]) =>
    !options.only ||
    String(options.only)
      .split(',')
      .some((word) => label.includes(word)),
);

const bundles = [['after', '/packages/embed/dist/nato-viz.js']];
const routes = {};
if (options.before) {
  bundles.unshift(['before', '/before/nato-viz.js']);
  for (const file of ['nato-viz.js', 'nato-viz.supplied.js'])
    routes[`/before/${file}`] = readFileSync(join(String(options.before), file), 'utf8');
}
const pageFor = (bundle, width) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.longest = 0; window.tasks = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { tasks++; longest = Math.max(longest, e.duration); } })
    .observe({ type: 'longtask', buffered: true });
</script>
<script type="module" src="${bundle}"></script></head>
<body style="width:${width}px"></body></html>`;
for (const [name, bundle] of bundles) {
  for (const width of new Set(cases.map((c) => c[3])))
    routes[`/${name}-${width}.html`] = pageFor(bundle, width);
}

/** Draws `tag` with `json` in the page, then opens its table; the figures of both phases. */
async function measure(tab, tag, json) {
  return tab.evaluate(
    async ({ tag, json }) => {
      const data = JSON.parse(json);
      const settle = () =>
        new Promise((r) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))),
        );
      // A first element with the article's own dataset, so that loading and compiling the
      // code (and the supplied-data file) is not counted as drawing.
      const warm = document.createElement(tag);
      warm.data = structuredClone(data);
      warm.data[
        tag === 'escalation-ladder' ? 'rungs' : tag === 'nato-presence-map' ? 'presence' : 'stances'
      ].length = 0;
      document.body.append(warm);
      await warm.updateComplete;
      await new Promise((r) => setTimeout(r, 500));
      warm.remove();
      await settle();
      window.longest = 0;
      window.tasks = 0;
      performance.mark('nv-bench-draw');
      const start = performance.now();
      const el = document.createElement(tag);
      el.data = data;
      document.body.append(el);
      const root = () => el.shadowRoot;
      const until = async (done, what) => {
        for (let i = 0; i < 12000; i++) {
          if (done()) return;
          await new Promise((r) => setTimeout(r, 10));
        }
        throw new Error(`${tag}: gave up waiting for ${what}`);
      };
      await until(
        () =>
          root()?.querySelector('svg *, td, li, .nv-error') && !root().querySelector('.nv-loading'),
        'the drawing',
      );
      if (root().querySelector('.nv-error'))
        return { error: root().querySelector('.nv-error').textContent.trim() };
      const drawn = performance.now() - start;
      await el.updateComplete;
      await settle();
      const closed = { drawn, longest: window.longest, tasks: window.tasks };
      window.longest = 0;
      window.tasks = 0;
      performance.mark('nv-bench-table');
      const opened = performance.now();
      // The matrix's citations sit behind its own toggle.
      root().querySelector('[part~="table-toggle"], [part~="citations-toggle"]').click();
      // The ladder's part is the table, the map's the box around it, the matrix's its citations table.
      const table = () =>
        root().querySelector(
          'table[part~="table"], table[part~="citations-table"], [part~="table"]:not([hidden]) table',
        );
      await until(() => table() && !root().querySelector('[aria-busy="true"]'), 'the table');
      const filled = performance.now() - opened;
      await settle();
      performance.mark('nv-bench-end');
      const open = {
        rows: table().querySelectorAll('tbody tr').length,
        filled,
        longest: window.longest,
        tasks: window.tasks,
      };
      return { closed, open };
    },
    { tag, json },
  );
}

// The renderer's main-thread events that say what a task spent its time on, grouped.
const GROUPS = [
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections)$/],
  [
    'paint',
    /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|Commit|PaintImage|CompositeLayers|HitTest)$/,
  ],
  ['gc', /GC|^(MinorGC|MajorGC)$/],
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|v8\.compile|CppGC|ResizeObserver)/,
  ],
];

/** The longest main-thread task between two marks of `trace`, and its self time by group. */
function longestTask(events, from, to) {
  const main = events.filter((e) => e.pid === from.pid && e.tid === from.tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ts >= from.ts && e.ts < to.ts);
  const task = tasks.reduce((a, b) => (b.dur > (a?.dur ?? 0) ? b : a), undefined);
  if (!task) return undefined;
  const inside = main
    .filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: an event's duration less its children's (events nest by time on one thread).
  const self = new Map();
  const stack = [];
  for (const event of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - event.dur);
    self.set(event, self.get(event) ?? event.dur);
    stack.push(event);
  }
  const byGroup = {};
  for (const [event, time] of self) {
    const group = GROUPS.find(([, pattern]) => pattern.test(event.name))?.[0] ?? 'other';
    byGroup[group] = (byGroup[group] ?? 0) + time / 1000;
  }
  const round = Object.fromEntries(
    Object.entries(byGroup)
      .filter(([, v]) => v >= 1)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, Math.round(v)]),
  );
  return { ms: Math.round(task.dur / 1000), ...round };
}

/** What the longest task of each phase spent its time on, from a Chromium trace. */
function breakdown(buffer) {
  const { traceEvents: events } = JSON.parse(buffer.toString());
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'));
  const [draw, table, end] = ['nv-bench-draw', 'nv-bench-table', 'nv-bench-end'].map(mark);
  if (!draw || !table || !end) return undefined;
  // The marks are on the page's main thread.
  const thread = events.find(
    (e) => e.name === 'thread_name' && e.pid === draw.pid && e.args?.name === 'CrRendererMain',
  );
  const at = (m) => ({ ...m, tid: thread?.tid ?? m.tid });
  return {
    closed: longestTask(events, at(draw), at(table)),
    open: longestTask(events, at(table), at(end)),
  };
}

/** "median (max) ms" of a list of durations. */
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return `${Math.round(median)} (${Math.round(sorted.at(-1))}) ms`;
}

const round = (value) =>
  JSON.stringify(value, (k, v) => (typeof v === 'number' ? Math.round(v) : v));
const server = await serveStatic({ dir: root, routes });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, '--headless'],
});
console.log(
  `Chromium ${browser.version()}, ${rounds} round(s), builds: ${bundles.map(([name]) => name).join(', ')}`,
);
try {
  for (const [label, tag, data, width] of cases) {
    const json = JSON.stringify(data);
    console.log(`\n${label} (${Math.round(json.length / 1024)} KB of JSON)`);
    /** Each build's longest tasks over the rounds, table closed and opened. */
    const longest = Object.fromEntries(bundles.map(([name]) => [name, { closed: [], open: [] }]));
    for (let r = 0; r < rounds; r++) {
      for (const [name] of bundles) {
        const tab = await browser.newPage({ viewport: { width: 800, height: 900 } });
        await tab.goto(`${server.url}/${name}-${width}.html`);
        await tab.evaluate((t) => customElements.whenDefined(t), tag);
        if (options.trace) {
          await browser.startTracing(tab, {
            categories: [
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'blink.user_timing',
              'v8',
              'toplevel',
            ],
          });
        }
        const figure = await measure(tab, tag, json);
        const trace = options.trace ? breakdown(await browser.stopTracing()) : undefined;
        await tab.close();
        if (figure.error) {
          console.log(`  ${name}: ${figure.error.replace(/\s+/g, ' ')}`);
          continue;
        }
        const { closed, open } = figure;
        longest[name].closed.push(closed.longest);
        longest[name].open.push(open.longest);
        console.log(
          `  ${name.padEnd(6)} closed: drawn ${round(closed.drawn)} ms, longest task ${round(closed.longest)} ms (${closed.tasks} over 50 ms)` +
            ` | open: ${open.rows} rows in ${round(open.filled)} ms, longest task ${round(open.longest)} ms (${open.tasks} over 50 ms)`,
        );
        if (trace)
          console.log(
            `         longest task, closed: ${round(trace.closed)}; open: ${round(trace.open)}`,
          );
      }
    }
    for (const [name, { closed, open }] of Object.entries(longest)) {
      if (closed.length)
        console.log(
          `  ${name.padEnd(6)} longest task over ${closed.length} round(s), median (max): closed ${summary(closed)}, open ${summary(open)}`,
        );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
