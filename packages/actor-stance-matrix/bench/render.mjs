/* global document, customElements, requestAnimationFrame, window -- these run inside the page (tab.evaluate) */
// Connected → drawn for <actor-stance-matrix>, in headless Debian Chromium.
// Bundles dist/define.js (with the article's dataset), serves it on 127.0.0.1 (random port), and
// times, per round: append the element → `updateComplete` → one animation frame. Scenarios
// alternate round by round: the article's data (built-in) and a synthetic 50 actors × 40 issues
// dataset (passed as `.data`, so validation is included), each as a table and as cards.
// Usage: node bench/render.mjs [rounds=20]   (after `pnpm build`). Not part of `test`.
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { serveStatic } from '../../../tooling/static-server.mjs';
import { syntheticScript } from './synthetic.mjs';

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
<body style="margin:0"><script type="module" src="/synthetic.js"></script><script type="module" src="/bundle.js"></script></body></html>`;

const server = await serveStatic({
  routes: { '/': page, '/bundle.js': bundle, '/synthetic.js': await syntheticScript() },
});
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});

try {
  const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await tab.goto(`${server.url}/`);
  await tab.waitForFunction(() => customElements.get('actor-stance-matrix') && window.synthetic);

  const results = await tab.evaluate(async (rounds) => {
    const longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => longTasks.push(e.duration)),
    ).observe({ type: 'longtask' });

    const synthetic = window.synthetic;

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
  await server.close();
}
