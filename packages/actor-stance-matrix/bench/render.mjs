/* global document, customElements, requestAnimationFrame -- these run inside the page (tab.evaluate) */
// Connected → drawn for <actor-stance-matrix>, in headless Debian Chromium.
// Bundles dist/define.js (with the article's dataset), serves it on 127.0.0.1 (random port), and
// times, per round: append the element → `updateComplete` → one animation frame. Scenarios
// alternate round by round: the article's data (built-in) and a synthetic 50 actors × 40 issues
// dataset (passed as `.data`, so validation is included), each as a table and as cards.
// Usage: node bench/render.mjs [rounds=20]   (after `pnpm build`). Not part of `test`.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.argv[2] ?? 20);
const entry = fileURLToPath(new URL('../dist/define.js', import.meta.url));

const bundle = (
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  })
).outputFiles[0].text;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body style="margin:0"><script type="module" src="/bundle.js"></script></body></html>`;

const server = createServer((req, res) => {
  if (req.url === '/bundle.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(bundle);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});

try {
  const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction(() => customElements.get('actor-stance-matrix'));

  const results = await tab.evaluate(async (rounds) => {
    const longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => longTasks.push(e.duration)),
    ).observe({ type: 'longtask' });

    const t = (nl, en) => ({ nl, en });
    const cite = {
      paragraph: 6,
      quote: 'De kern van de afspraak',
      translation: 'The core of the agreement',
    };
    const positions = ['supports', 'opposes', 'conditional', 'not-stated'];
    const bases = ['stated', 'reported', 'article-analysis'];
    const synthetic = {
      version: 1,
      actors: Array.from({ length: 50 }, (_, i) => ({
        id: `a${i}`,
        kind: 'state',
        name: t(`Actor ${i}`, `Actor ${i}`),
        citations: [cite],
      })),
      issues: Array.from({ length: 40 }, (_, j) => ({
        id: `i${j}`,
        label: t(`Kwestie ${j}`, `Issue ${j}`),
        citations: [cite],
      })),
      stances: [],
    };
    for (let i = 0; i < 50; i++)
      for (let j = 0; j < 40; j++) {
        const position = positions[(i * 7 + j * 3) % 4];
        synthetic.stances.push(
          position === 'not-stated'
            ? { actor: `a${i}`, issue: `i${j}`, position, citations: [] }
            : {
                actor: `a${i}`,
                issue: `i${j}`,
                position,
                basis: bases[(i + j) % 3],
                citations: [cite],
              },
        );
      }

    const scenarios = [
      { name: 'article data, table (1200 px)', width: 1200, data: undefined },
      { name: 'article data, cards (360 px)', width: 360, data: undefined },
      // 40 issues need ≥ 4304 px for the table (6.5 em per issue); narrower, the element draws cards.
      { name: 'synthetic 50×40, table (4400 px)', width: 4400, data: synthetic },
      { name: 'synthetic 50×40, cards (1200 px)', width: 1200, data: synthetic },
    ];
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const out = Object.fromEntries(
      scenarios.map((s) => [s.name, { times: [], longest: 0, layout: '' }]),
    );
    for (let round = 0; round < rounds + 2; round++) {
      for (const s of scenarios) {
        const box = document.createElement('div');
        box.style.width = `${s.width}px`;
        document.body.append(box);
        await frame();
        longTasks.length = 0;
        // A fresh copy each round, so no cached validation is measured.
        const data = s.data && structuredClone(s.data);
        const t0 = performance.now();
        const el = document.createElement('actor-stance-matrix');
        if (data) el.data = data;
        box.append(el);
        await el.updateComplete;
        await frame();
        const dt = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 30)); // let the long-task observer report
        const r = out[s.name];
        r.layout = el.shadowRoot.querySelector('table[role="grid"]')
          ? 'table'
          : el.shadowRoot.querySelector('.cards')
            ? 'cards'
            : 'none';
        if (round >= 2) {
          // two warm-up rounds
          r.times.push(dt);
          r.longest = Math.max(r.longest, ...longTasks, 0);
        }
        box.remove();
      }
    }
    return out;
  }, ROUNDS);

  const q = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  };
  const rows = {};
  for (const [name, r] of Object.entries(results)) {
    rows[name] = {
      drawn: r.layout,
      'median ms': q(r.times, 0.5).toFixed(1),
      'p95 ms': q(r.times, 0.95).toFixed(1),
      'longest task ms': r.longest ? r.longest.toFixed(0) : '< 50',
      n: r.times.length,
    };
  }
  console.log(
    `connected → drawn (append → updateComplete → rAF), ${ROUNDS} alternating rounds, headless Chromium`,
  );
  console.table(rows);
} finally {
  await browser.close();
  server.close();
}
