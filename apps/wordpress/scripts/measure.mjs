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
      for (const view of ['europe', 'ukraine'])
        out.push({ tag: 'nato-presence-map', lang, attrs: { scenario, view } });
    out.push({ tag: 'escalation-ladder', lang, attrs: {} });
    out.push({ tag: 'actor-stance-matrix', lang, attrs: {} });
    // The README's snippet.
    out.push({
      tag: 'actor-stance-matrix',
      lang,
      attrs: { issues: 'ceasefire,leave-donbas,nato-air-policing' },
    });
  }
  return out;
}

/** The key PHP computes for the same attributes (NatoViz\reserve_key): tag, lang, then name=value. */
export function variantKey({ tag, lang, attrs }) {
  const parts = [tag, lang];
  for (const name of LAYOUT_ATTRIBUTES[tag]) {
    const value = attrs[name];
    const defaults = { scenario: 'deal', view: 'europe', issues: '' };
    if (value !== undefined && value !== defaults[name])
      parts.push(`${name}-${value.replace(/[^a-z0-9-]+/g, '_')}`);
  }
  return parts.join('.');
}

const attrText = (attrs) =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');

/* global document, customElements, requestAnimationFrame -- heightsInPage runs in the page */
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
 * Runs of widths whose heights lie on one line, h(w) = a + b·(w - from), to within TOLERANCE,
 * as [from, to, a, b] (to inclusive).
 */
export function runs(widths, heights) {
  const out = [];
  let i = 0;
  while (i < widths.length) {
    let j = i + 1;
    const slope = j < widths.length ? (heights[j] - heights[i]) / (widths[j] - widths[i]) : 0;
    while (
      j < widths.length &&
      Math.abs(heights[i] + slope * (widths[j] - widths[i]) - heights[j]) <= TOLERANCE
    )
      j++;
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

/** Heights within this many px count as equal: Chromium ignores moves under 3 px as layout shifts. */
const TOLERANCE = 0.5;

/**
 * Measures every variant; resolves with { key → { widths, heights } }. Every 16th width first,
 * then, round by round, the middle of each interval whose ends and middle do not lie on one
 * line, until the intervals that bend are 1 px wide: a few hundred widths per variant instead of
 * a thousand, all of a round's widths drawn side by side in one page.
 */
export async function measure({ bundleDir, langs }) {
  const { chromium } = await import('playwright-core');
  const list = variants(langs);
  const routes = {
    '/measure.css':
      'html{color-scheme:light}body{margin:0;font-family:system-ui,sans-serif}.col{margin:0 0 8px}',
  };
  const server = await serveStatic({ dir: bundleDir, routes });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  const out = {};
  let pages = 0;
  try {
    const context = await browser.newContext({
      viewport: { width: MAX_WIDTH + 40, height: 900 },
      colorScheme: 'light',
    });
    const heightsAt = async (v, widths) => {
      const path = `/p${pages++}.html`;
      routes[path] =
        `<!doctype html><html lang="${v.lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/measure.css"><link rel="stylesheet" href="${path}.css"><script type="module" src="/nato-viz.js"></script></head><body>
${widths.map((w) => `<div class="col w${w}"><${v.tag} lang="${v.lang}"${attrText(v.attrs)}></${v.tag}></div>`).join('\n')}
</body></html>`;
      routes[`${path}.css`] = widths.map((w) => `.w${w}{width:${w}px}`).join('\n');
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(server.url + path, { waitUntil: 'load', timeout: 120_000 });
      const { ready, heights } = await page.evaluate(heightsInPage);
      await page.close();
      if (errors.length || !ready)
        throw new Error(
          `<${v.tag}${attrText(v.attrs)} lang=${v.lang}> did not draw:\n${errors.join('\n')}`,
        );
      return heights;
    };
    for (const v of list) {
      const known = new Map();
      let next = [];
      for (let w = MIN_WIDTH; w < MAX_WIDTH; w += 16) next.push(w);
      next.push(MAX_WIDTH);
      let intervals = [];
      // The points inside [a, b] that decide whether it is one straight line: the middle and
      // the quarters (a staircase can put its middle on the line through its ends, rarely all
      // three), or every width inside once it is narrower than 4 px.
      const probes = ([a, b]) => {
        if (b - a < 4) return Array.from({ length: b - a - 1 }, (_, k) => a + 1 + k);
        return [
          Math.round(a + (b - a) / 4),
          Math.round((a + b) / 2),
          Math.round(a + ((b - a) * 3) / 4),
        ];
      };
      while (next.length) {
        const heights = await heightsAt(v, next);
        next.forEach((w, i) => known.set(w, heights[i]));
        if (!intervals.length) {
          const ws = [...known.keys()].sort((x, y) => x - y);
          intervals = ws.slice(1).map((w, i) => [ws[i], w]);
        } else {
          // Keep (to split further) each interval whose probes were off the line through its ends.
          intervals = intervals.flatMap(([a, b]) => {
            const ps = probes([a, b]);
            const line = (w) => known.get(a) + ((known.get(b) - known.get(a)) * (w - a)) / (b - a);
            if (b - a < 4 || ps.every((w) => Math.abs(line(w) - known.get(w)) <= TOLERANCE))
              return [];
            const cuts = [a, ...ps, b];
            return cuts.slice(1).map((w, i) => [cuts[i], w]);
          });
        }
        intervals = intervals.filter(([a, b]) => b - a > 1);
        next = [...new Set(intervals.flatMap(probes))].filter((w) => !known.has(w));
      }
      // Every integer width: measured, or on the line through the measured widths around it.
      const ws = [...known.keys()].sort((a, b) => a - b);
      const widths = [];
      const heights = [];
      for (let k = 0; k < ws.length; k++) {
        const a = ws[k];
        const b = ws[k + 1];
        widths.push(a);
        heights.push(known.get(a));
        if (b === undefined) continue;
        for (let w = a + 1; w < b; w++) {
          widths.push(w);
          heights.push(known.get(a) + ((known.get(b) - known.get(a)) * (w - a)) / (b - a));
        }
      }
      out[variantKey(v)] = { widths, heights, measured: ws.length };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
