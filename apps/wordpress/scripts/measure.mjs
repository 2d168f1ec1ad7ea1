// Measures how tall each chart is drawn at every column width from MIN_WIDTH to MAX_WIDTH px,
// in headless Chromium from the built bundle, and writes one small stylesheet per variant
// (reserve/<key>.css) that gives the chart's static fallback exactly that height while the
// script has not run yet. The page then does not move when the element replaces its fallback:
// the reserved box is the drawn box (within a pixel) in any column of those widths.
//
// An element's height follows its width in steps (text wraps, layouts switch) and, for the map,
// in straight lines (the SVG keeps its aspect ratio); so every integer width is measured and
// runs of widths on one straight line become one container-query rule.
import { serveStatic } from '../../../tooling/static-server.mjs';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 1280;

/** The attributes (besides lang) that change a chart's height, with the values measured. */
export const LAYOUT_ATTRIBUTES = {
  'nato-presence-map': ['scenario', 'view'],
  'escalation-ladder': [],
  'actor-stance-matrix': ['issues'],
};

/**
 * The variants measured: for each chart and language, the default and every value of each
 * enumerable attribute that changes the height, and the README's examples. Any other
 * combination reserves its chart's default height (see the README's WordPress section).
 */
export function variants(langs) {
  const out = [];
  for (const lang of langs) {
    for (const scenario of ['deal', 'no-deal'])
      for (const view of ['europe', 'ukraine']) out.push({ tag: 'nato-presence-map', lang, attrs: { scenario, view } });
    out.push({ tag: 'escalation-ladder', lang, attrs: {} });
    out.push({ tag: 'actor-stance-matrix', lang, attrs: {} });
    // The README's snippet.
    out.push({ tag: 'actor-stance-matrix', lang, attrs: { issues: 'ceasefire,leave-donbas,nato-air-policing' } });
  }
  return out;
}

/** The key PHP computes for the same attributes (NatoViz\reserve_key): tag, lang, then name=value. */
export function variantKey({ tag, lang, attrs }) {
  const parts = [tag, lang];
  for (const name of LAYOUT_ATTRIBUTES[tag]) {
    const value = attrs[name];
    const defaults = { scenario: 'deal', view: 'europe', issues: '' };
    if (value !== undefined && value !== defaults[name]) parts.push(`${name}-${value.replace(/[^a-z0-9-]+/g, '_')}`);
  }
  return parts.join('.');
}

const attrText = (attrs) => Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('');

/** In the page: every element's height once all have drawn and held still for a few frames. */
async function heightsInPage() {
  const els = [...document.querySelectorAll('.col > *')];
  await customElements.whenDefined(els[0].localName);
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  let last = '';
  let still = 0;
  for (let i = 0; i < 200 && still < 3; i++) {
    await Promise.all(els.map((e) => e.updateComplete));
    await frame();
    const now = els.map((e) => e.getBoundingClientRect().height).join();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  const ready = els.every((e) => e.shadowRoot?.querySelector('[data-state="ready"]'));
  return { ready, heights: els.map((e) => e.getBoundingClientRect().height) };
}

/**
 * Runs of widths whose heights lie on one line, h(w) = a + b·(w - from), to within 0.05 px,
 * as [from, to, a, b] (to inclusive).
 */
export function runs(widths, heights) {
  const out = [];
  let i = 0;
  while (i < widths.length) {
    let j = i + 1;
    const slope = j < widths.length ? (heights[j] - heights[i]) / (widths[j] - widths[i]) : 0;
    while (j < widths.length && Math.abs(heights[i] + slope * (widths[j] - widths[i]) - heights[j]) <= 0.05) j++;
    out.push([widths[i], widths[j - 1], heights[i], j - 1 > i ? slope : 0]);
    i = j;
  }
  return out;
}

const num = (n) => String(Math.round(n * 1000) / 1000);

/** The stylesheet for one variant: one container-query rule per run of widths. */
export function reserveCss(key, widths, heights) {
  const sel = `.nv-wp-fallback[data-nv-reserve="${key}"] > canvas`;
  const rules = runs(widths, heights).map(([from, to, a, b], k, all) => {
    // A column between two measured integer widths takes the lower one's rule.
    const lo = k === 0 ? '' : `(width >= ${from}px)`;
    const hi = k === all.length - 1 ? '' : `(width < ${to + 1}px)`;
    const cond = [lo, hi].filter(Boolean).join(' and ') || '(width >= 0px)';
    const h = b === 0 ? `${num(a)}px` : `calc(${num(a)}px + (100cqi - ${from}px) * ${num(b)})`;
    return `@container nv-fallback ${cond}{${sel}{height:${h}}}`;
  });
  return `/* nato-viz: the height <${key.split('.')[0]}> is drawn at, by column width (scripts/measure.mjs). */\n@media (scripting: enabled){\n${rules.join('\n')}\n}\n`;
}

/** Measures every variant; resolves with { key → { widths, heights } }. */
export async function measure({ bundleDir, langs }) {
  const { chromium } = await import('playwright-core');
  const widths = [];
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w++) widths.push(w);
  const list = variants(langs);
  const routes = {};
  list.forEach((v, i) => {
    routes[`/v${i}.html`] = `<!doctype html><html lang="${v.lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/measure.css"><script type="module" src="/nato-viz.js"></script></head><body>
${widths.map((w) => `<div class="col w${w}"><${v.tag} lang="${v.lang}"${attrText(v.attrs)}></${v.tag}></div>`).join('\n')}
</body></html>`;
  });
  routes['/measure.css'] = `html{color-scheme:light}body{margin:0;font-family:system-ui,sans-serif}.col{margin:0 0 8px}\n${widths
    .map((w) => `.w${w}{width:${w}px}`)
    .join('\n')}`;
  const server = await serveStatic({ dir: bundleDir, routes });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const out = {};
  try {
    const context = await browser.newContext({ viewport: { width: MAX_WIDTH + 40, height: 900 }, colorScheme: 'light' });
    for (const [i, v] of list.entries()) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${server.url}/v${i}.html`, { waitUntil: 'load', timeout: 120_000 });
      const { ready, heights } = await page.evaluate(heightsInPage);
      await page.close();
      if (errors.length || !ready) throw new Error(`<${v.tag}${attrText(v.attrs)} lang=${v.lang}> did not draw:\n${errors.join('\n')}`);
      out[variantKey(v)] = { widths, heights };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
