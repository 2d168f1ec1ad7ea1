/* global document, customElements, requestAnimationFrame, window  -- these run inside the page (tab.evaluate) */
// Before / after on the synthetic 50 actors × 40 issues dataset, in headless Debian Chromium:
// two bundles in two tabs of one browser, alternating round by round (so that the machine's load
// hits both alike). Per round: append → `updateComplete` → one frame as a table (4,400 px), then a
// resize by 1 px that changes nothing the table shows, then the same append as cards (1,200 px);
// wall time and the renderer main thread's CPU time (CDP `Performance.getMetrics`, ThreadTime).
// Usage (after `pnpm build`):
//   node bench/compare.mjs --save /tmp/before.js       # bundle dist/define.js for a later run
//   node bench/compare.mjs /tmp/before.js [rounds=30]  # that bundle against dist/define.js now
// Not part of `test`: a benchmark, not an assertion.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { serveStatic } from '../../../tooling/static-server.mjs';
import { syntheticScript } from './synthetic.mjs';

const entry = fileURLToPath(new URL('../dist/define.js', import.meta.url));
const current = (
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  })
).outputFiles[0].text;
if (process.argv[2] === '--save') {
  writeFileSync(process.argv[3], current);
  console.log(`saved ${process.argv[3]}`);
  process.exit(0);
}
const ROUNDS = Number(process.argv[3] ?? 30);
const bundles = { before: readFileSync(process.argv[2], 'utf8'), after: current };
const page = (name) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body style="margin:0"><script type="module" src="/synthetic.js"></script><script type="module" src="/${name}.js"></script></body></html>`;
const routes = { '/synthetic.js': await syntheticScript() };
for (const [name, bundle] of Object.entries(bundles)) {
  routes[`/${name}.html`] = page(name);
  routes[`/${name}.js`] = bundle;
}
const server = await serveStatic({ routes });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});
const tabs = {};
for (const name of Object.keys(bundles)) {
  const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await tab.goto(`${server.url}/${name}.html`);
  await tab.waitForFunction(() => customElements.get('actor-stance-matrix') && window.synthetic);
  await tab.evaluate(() => {
    const data = window.synthetic;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    let box, el, width;
    window.mount = async (w) => {
      width = w;
      box = document.createElement('div');
      box.style.width = `${width}px`;
      document.body.append(box);
      await frame();
      const copy = structuredClone(data);
      const t0 = performance.now();
      el = document.createElement('actor-stance-matrix');
      el.data = copy;
      box.append(el);
      await el.updateComplete;
      await frame();
      const drawn = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 50));
      return { drawn };
    };
    window.resize = async () => {
      const t1 = performance.now();
      box.style.width = `${width + 1}px`;
      await frame();
      await frame();
      await el.updateComplete;
      return { resized: performance.now() - t1 };
    };
    window.unmount = () => box.remove();
  });
  tab.cdp = await tab.context().newCDPSession(tab);
  await tab.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  tabs[name] = tab;
}
const out = {
  before: { table: [], resize: [], cards: [], tablecpu: [], resizecpu: [], cardscpu: [] },
  after: { table: [], resize: [], cards: [], tablecpu: [], resizecpu: [], cardscpu: [] },
};
for (let i = 0; i < ROUNDS + 2; i++) {
  for (const name of i % 2 ? ['after', 'before'] : ['before', 'after']) {
    const tab = tabs[name];
    await tab.bringToFront();
    const cpu = async (fn) => {
      const get = async () =>
        Object.fromEntries(
          (await tab.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
        );
      const a = await get();
      const r = await fn();
      const b = await get();
      return { ...r, cpu: (b.ThreadTime - a.ThreadTime) * 1000 };
    };
    const t = await cpu(() => tab.evaluate(() => window.mount(4400)));
    const r = await cpu(() => tab.evaluate(() => window.resize()));
    await tab.evaluate(() => window.unmount());
    const c = await cpu(() => tab.evaluate(() => window.mount(1200)));
    await tab.evaluate(() => window.unmount());
    if (i >= 2) {
      out[name].table.push(t.drawn);
      out[name].resize.push(r.resized);
      out[name].cards.push(c.drawn);
      out[name].tablecpu.push(t.cpu);
      out[name].resizecpu.push(r.cpu);
      out[name].cardscpu.push(c.cpu);
    }
  }
}
const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};
const ratio = (k) =>
  q(
    out.after[k].map((a, i) => a / out.before[k][i]),
    0.5,
  );
for (const k of ['table', 'resize', 'cards', 'tablecpu', 'resizecpu', 'cardscpu'])
  console.log(
    k,
    'before median/p95',
    q(out.before[k], 0.5).toFixed(1),
    q(out.before[k], 0.95).toFixed(1),
    '| after',
    q(out.after[k], 0.5).toFixed(1),
    q(out.after[k], 0.95).toFixed(1),
    '| paired ratio',
    ratio(k).toFixed(3),
    '| after faster in',
    out.after[k].filter((a, i) => a < out.before[k][i]).length,
    'of',
    ROUNDS,
  );
console.log(`${ROUNDS} alternating rounds; ratio: after ÷ before, paired by round (median)`);
await browser.close();
await server.close();
