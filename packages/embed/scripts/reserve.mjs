// Builds dist/nato-viz.css: the stylesheet a page links next to nato-viz.js so that nothing
// shifts when the elements draw. An undefined custom element is an empty inline box; this
// stylesheet makes each tag a block that holds, before the script runs, the box the element
// will draw — measured here, in headless Chromium, from the built bundle.
//
// How a box is held: each tag's ::before is a zero-width float as tall as the element will be
// (`display: flow-root` makes the tag contain it), so the tag is at least that tall before and
// after it upgrades. The height depends on the column's width, so the tag is an inline-size
// query container and the heights come in width bands (`@container (min-width: …)`); within a
// band it is `c + k × 100cqw` (k is the map's aspect, 0 for the others). Each band holds the
// tallest height measured at its two ends in each of the page typefaces the elements may
// inherit (serif, sans-serif, system-ui), so the element never outgrows its box; where it is
// shorter than in another typeface the box keeps the reserved height, and the drawn box still
// equals the reserved one.
//
// Boxes are reserved for the built-in dataset only, for the attribute sets in CONFIGS (the
// defaults and the README snippets, each in Dutch and English). Any other attribute, or a
// dataset of the page's own (`data`, `src`), gets no reserved height unless the page sets
// `--nv-reserved-height` on the tag.
import { writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { chromiumArgs, chromiumPath } from './lib.mjs';
import { serveStatic } from '../../../tooling/static-server.mjs';

const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];
const ANY = `:is(${TAGS.join(', ')})`;

/**
 * Attributes that change an element's size, with the default each element reflects once it
 * is defined (`scenario="deal"` appears on a bare <nato-presence-map>); a tag with another
 * value, or with an attribute that has no default, gets no reserved box.
 */
const SIZING = {
  'nato-presence-map': { scenario: 'deal', view: 'europe', 'no-legend': null, 'no-table': null },
  'escalation-ladder': {
    orientation: 'vertical',
    path: 'both',
    current: null,
    'no-legend': null,
    'no-table': null,
  },
  'actor-stance-matrix': {
    sort: 'data',
    actors: null,
    issues: null,
    'no-legend': null,
    'no-table': null,
  },
};

/** The README snippet's matrix: three of the eight issues. */
export const README_ISSUES = 'ceasefire,leave-donbas,nato-air-policing';

/** The attribute sets that get a reserved box, each in both languages. */
export const CONFIGS = [
  { tag: 'nato-presence-map', attrs: {} },
  { tag: 'escalation-ladder', attrs: {} },
  { tag: 'escalation-ladder', attrs: { path: 'deal' } },
  { tag: 'escalation-ladder', attrs: { path: 'no-deal' } },
  { tag: 'actor-stance-matrix', attrs: {} },
  { tag: 'actor-stance-matrix', attrs: { issues: README_ISSUES } },
].flatMap((c) => ['nl', 'en'].map((lang) => ({ ...c, lang })));

/**
 * The typefaces a page most often gives the elements to inherit: the generic families and the
 * two stacks newsroom themes use most (on Linux they resolve to other fonts than the generics:
 * Georgia to DejaVu Serif where `serif` is Liberation Serif, Arial to Liberation Sans).
 */
const FONTS = [
  'serif',
  'sans-serif',
  'system-ui',
  "Georgia, 'DejaVu Serif', serif",
  'Arial, Helvetica, sans-serif',
];
/** Column widths measured, px: every STEP from MIN to MAX; narrower or wider use the end bands. */
const MIN = 240;
const MAX = 1600;
const STEP = 10;

const FALLBACK_SELECTOR = '.nv-fallback';

/** A selector for one config: its tag, language, exactly its sizing attributes, no dataset of the page's. */
export function selectorFor({ tag, lang, attrs }) {
  const parts = [tag, lang === 'en' ? ':lang(en)' : ':not(:lang(en))'];
  const absent = [];
  for (const [name, fallback] of Object.entries(SIZING[tag])) {
    const value = attrs[name] ?? fallback;
    if (value === null) absent.push(`[${name}]`);
    else if (value === fallback) parts.push(`:is(:not([${name}]), [${name}="${value}"])`);
    else parts.push(`[${name}="${value}"]`);
  }
  parts.push(`:not(${[...absent, '[src]', '[data]'].join(', ')})`);
  return parts.join('');
}

/** The rules that do not depend on a measurement. */
export function structuralCss(fallbackCss) {
  return `${fallbackCss.trim()}
@media (scripting: enabled) {
  /* Each tag holds its box with a zero-width float (::before) as tall as the element draws. */
  ${ANY}:not([hidden]) {
    display: flow-root;
    container-type: inline-size;
  }
  ${ANY}::before {
    content: '';
    float: left;
    width: 0;
    height: var(--nv-reserved-height, 0px);
  }
}
`;
}

/**
 * The reserved heights: per config, bands of [from, c, k] (the band starts at `from` px and the
 * height is c + k × width), merged where neighbours agree.
 */
export function bandsFrom(samples) {
  // samples: [{ width, height }] sorted by width; height is the tallest over the typefaces.
  const slopes = samples
    .slice(1)
    .map((s, i) => (s.height - samples[i].height) / (s.width - samples[i].width))
    .sort((a, b) => a - b);
  const median = slopes[Math.floor(slopes.length / 2)] ?? 0;
  const k = Math.abs(median) < 0.02 ? 0 : Math.round(median * 10000) / 10000;
  const bands = [];
  for (let i = 0; i < samples.length - 1; i++) {
    const [a, b] = [samples[i], samples[i + 1]];
    const c = Math.ceil(Math.max(a.height - k * a.width, b.height - k * b.width));
    const from = i === 0 ? 0 : a.width;
    if (bands.length && bands.at(-1).c === c) continue;
    bands.push({ from, c });
  }
  return { k, bands };
}

const heightOf = (c, k) => (k ? `calc(${c}px + ${k} * 100cqw)` : `${c}px`);

/** The whole stylesheet from the measured bands. */
export function reserveCss({ version, fallbackCss, reserved }) {
  const lines = [];
  const at = new Map();
  for (const { config, k, bands } of reserved) {
    const sel = selectorFor(config);
    for (const { from, c } of bands) {
      const rule = `${sel}::before { height: var(--nv-reserved-height, ${heightOf(c, k)}); }`;
      at.set(from, [...(at.get(from) ?? []), rule]);
    }
    // Where a box is reserved, the reserved box holds the place, not the fallback picture.
    lines.push(`  ${sel}:not(:defined) > ${FALLBACK_SELECTOR} { display: none; }`);
  }
  for (const from of [...at.keys()].sort((a, b) => a - b)) {
    const rules = at.get(from).map((r) => `  ${r}`);
    if (from === 0) lines.push(...rules);
    else lines.push(`  @container (min-width: ${from}px) {`, ...rules.map((r) => `  ${r}`), '  }');
  }
  return `/*! @nato-viz/embed ${version} | nato-viz.css: link it next to nato-viz.js. Each tag holds the box
   its element draws before the script runs (no layout shift), measured from this release's
   built-in dataset; --nv-reserved-height on a tag sets the box yourself (0px: none). */
${structuralCss(fallbackCss)}@media (scripting: enabled) {
${lines.join('\n')}
}
`;
}

/** In the page: every measured host's height, once all have drawn and their heights are stable. */
const settleInPage = `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const els = [...document.querySelectorAll('[data-config]')];
  await Promise.all(${JSON.stringify(TAGS)}.map((t) => customElements.whenDefined(t)));
  // Stable means the same heights three times in a row, a frame and a pause apart: a busy
  // machine may deliver the elements' resize observations late.
  let last = '';
  let same = 0;
  for (let i = 0; i < 100; i++) {
    await Promise.all(els.map((el) => el.updateComplete));
    await frame();
    await new Promise((r) => setTimeout(r, 30));
    const now = els.map((el) => el.getBoundingClientRect().height).join(',');
    const ready = els.every((el) => el.shadowRoot?.querySelector('[part~="base"][data-state="ready"]'));
    same = ready && now === last ? same + 1 : 0;
    if (same >= 2) return els.map((el) => el.getBoundingClientRect().height);
    last = now;
  }
  throw new Error('the elements did not settle');
})()`;

/**
 * Measures every config in every typeface at every width and writes `out`.
 * @param {{ bundle: string, out: string, version: string, fallbackCss: string }} options
 */
export async function writeReserveCss({ bundle, out, version, fallbackCss }) {
  const { chromium } = await import('playwright-core');
  const attrs = (c) =>
    Object.entries({ lang: c.lang, ...c.attrs })
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
  const body = FONTS.map(
    (font, f) =>
      `<div class="column" style="font-family:${font}">${CONFIGS.map((c, i) => `<${c.tag}${attrs(c)} data-config="${f}:${i}"></${c.tag}>`).join('')}</div>`,
  ).join('');
  const routes = {
    '/measure.css':
      structuralCss(fallbackCss) +
      '[data-config] { --nv-reserved-height: 0px; } body { margin: 0; } .column { width: 640px; }',
    '/measure.html': `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>measure</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/measure.css"><script type="module" src="/${basename(bundle)}"></script></head><body>${body}</body></html>`,
  };
  const server = await serveStatic({ dir: dirname(bundle), routes });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: MAX + 40, height: 900 },
      colorScheme: 'light',
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/measure.html`, { waitUntil: 'load' });
    const tallest = CONFIGS.map(() => []);
    for (let width = MIN; width <= MAX; width += STEP) {
      await page.evaluate(
        (w) => document.querySelectorAll('.column').forEach((c) => (c.style.width = `${w}px`)),
        width,
      );
      const heights = await page.evaluate(settleInPage);
      CONFIGS.forEach((_, i) => {
        const h = Math.max(...FONTS.map((_, f) => heights[f * CONFIGS.length + i]));
        tallest[i].push({ width, height: h });
      });
    }
    if (errors.length)
      throw new Error(
        `[embed] the elements logged errors while being measured:\n${errors.join('\n')}`,
      );
    const reserved = CONFIGS.map((config, i) => ({ config, ...bandsFrom(tallest[i]) }));
    const css = reserveCss({ version, fallbackCss, reserved });
    writeFileSync(out, css);
    const bands = reserved.reduce((n, r) => n + r.bands.length, 0);
    console.log(
      `[embed] nato-viz.css: ${CONFIGS.length} attribute sets, ${bands} width bands, ${(css.length / 1024).toFixed(1)} KB`,
    );
    return reserved;
  } finally {
    await browser.close();
    await server.close();
  }
}
