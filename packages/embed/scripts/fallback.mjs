// Renders each element (each language, default state) in headless Chromium from the built
// bundle and writes what a page without JavaScript, an RSS feed or a newsletter can show:
//   dist/fallback/<tag>.<lang>.svg          the chart as a standalone SVG (styles baked in as
//                                           presentation attributes, so it needs no stylesheet)
//   dist/fallback/<tag>.<lang>.html         inert light-DOM fallback content for the tag: the
//                                           chart as a lazy <img> of the .svg above (relative
//                                           src) inside a <canvas> of its size, then the data
//                                           table and the source line in a <noscript>
//   dist/fallback/<tag>.<lang>.inline.html  the same with the picture inside it as a data: URL
//                                           and no canvas: self-contained, for feeds
// The hosted snippet costs a page with JavaScript nothing: a canvas does not render its content
// where scripts run, so the lazy <img> is never laid out, fetched or decoded (see fallbackHtml).
// A data: URL is different: Chromium parses the SVG on the main thread as soon as the HTML
// parser creates the <img>, shown or not (`loading="lazy"` does not apply to data: URLs).
// The HTML has no script, no event handler attribute, no style attribute and no element or
// attribute outside a short allow-list, so it passes `script-src 'self'; style-src 'self'`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ELEMENTS, LANGS, chromiumArgs, chromiumPath } from './lib.mjs';
import { serveStatic } from '../../../tooling/static-server.mjs';

/** The width the fallbacks are drawn at: the measure of a typical article column. */
export const FALLBACK_WIDTH = 640;

const page = (tag, lang, bundle) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${tag}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/harness.css">
<script type="module" src="/${bundle}"></script></head>
<body><main><${tag}></${tag}></main></body></html>`;

const harnessCss = `html{color-scheme:light}body{margin:0;font-family:system-ui,sans-serif}
main{width:${FALLBACK_WIDTH}px;padding:0}`;

/**
 * @param {{ bundle: string, outDir: string, tags?: string[], base?: string }} options `base`: the
 *   URL prefix the hosted snippets put before `<tag>.<lang>.svg`, ending in '/' (default '':
 *   the .svg next to the page; the published snippets keep that, pages rewrite it).
 * @returns {Promise<{ tag: string, lang: string, status: 'ok' | 'missing', height?: number, svg?: string, width?: number, svgHeight?: number }[]>}
 */
export async function renderFallbacks({
  bundle,
  outDir,
  tags = ELEMENTS.map((e) => e.tag),
  base = '',
}) {
  const { chromium } = await import('playwright-core');
  mkdirSync(outDir, { recursive: true });
  const routes = { '/harness.css': harnessCss };
  for (const tag of tags)
    for (const lang of LANGS) routes[`/${tag}.${lang}.html`] = page(tag, lang, basename(bundle));
  const server = await serveStatic({ dir: dirname(bundle), routes });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  const report = [];
  try {
    const context = await browser.newContext({
      viewport: { width: FALLBACK_WIDTH + 40, height: 900 },
      colorScheme: 'light',
    });
    for (const tag of tags) {
      for (const lang of LANGS) {
        const p = await context.newPage();
        const errors = [];
        p.on('pageerror', (e) => errors.push(String(e)));
        p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await p.goto(`${server.url}/${tag}.${lang}.html`, { waitUntil: 'load', timeout: 60_000 });
        const defined = await p.evaluate(
          (t) =>
            Promise.race([
              customElements.whenDefined(t).then(() => true),
              new Promise((r) => setTimeout(() => r(false), 5000)),
            ]),
          tag,
        );
        if (!defined) {
          console.warn(`[embed] <${tag}> is not in the bundle yet: no fallback for it (${lang}).`);
          report.push({ tag, lang, status: 'missing' });
          await p.close();
          continue;
        }
        const out = await p.evaluate(extractInPage, { tag, lang });
        if (errors.length)
          throw new Error(
            `<${tag} lang=${lang}> logged errors while rendering its fallback:\n${errors.join('\n')}`,
          );
        if (!out.svg) throw new Error(`<${tag} lang=${lang}> drew no SVG to make a fallback from.`);
        const svg = `${tag}.${lang}.svg`;
        writeFileSync(join(outDir, svg), out.svg + '\n');
        writeFileSync(
          join(outDir, `${tag}.${lang}.html`),
          fallbackHtml(tag, lang, out, { src: base + svg }) + '\n',
        );
        writeFileSync(
          join(outDir, `${tag}.${lang}.inline.html`),
          fallbackHtml(tag, lang, out) + '\n',
        );
        report.push({
          tag,
          lang,
          status: 'ok',
          height: out.height,
          svg,
          width: out.width,
          svgHeight: out.svgHeight,
        });
        await p.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(join(outDir, 'fallback.css'), FALLBACK_CSS);
  writeFileSync(join(outDir, 'fallbacks.json'), JSON.stringify(report, null, 2) + '\n');
  const ok = report.filter((r) => r.status === 'ok').map((r) => `${r.tag}.${r.lang}`);
  console.log(`[embed] static fallbacks: ${ok.length ? ok.join(', ') : 'none'}`);
  return report;
}

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Assembles the inert fallback snippet: the picture (with the source line drawn in it and at
 * the end of its alternative text), then in a `<noscript>` the data table (shown only where
 * scripts are off).
 *
 * With `src` (the hosted .svg's URL: the snippet for inside a tag) the picture is a lazy
 * `<img>` inside a `<canvas>` of the picture's size. Where scripts run, a canvas is an empty box
 * of its width × height (it scales like an image with the fallback CSS) and its content is not
 * rendered, so the box holds the element's place without a layout shift and the lazy picture
 * inside is never laid out, fetched or parsed; the element replaces the box when it upgrades.
 * Where scripts are off, a canvas renders its content instead, and lazy loading is off too: the
 * picture loads at once. (A bare lazy `<img>` is not enough: Chromium lays the page out before
 * the deferred module runs and fetches every lazy picture within ~1250 px of the viewport.)
 *
 * Without `src` (the self-contained snippet for feeds and newsletters), the picture is a plain
 * `<img>` of the SVG itself as a data: URL.
 */
export function fallbackHtml(tag, lang, out, { src } = {}) {
  const size = `width="${out.width}" height="${out.svgHeight}"`;
  const img = src
    ? `<canvas ${size}><img src="${esc(src)}" loading="lazy" decoding="async" ${size} alt="${esc(out.alt)}"></canvas>`
    : `<img src="data:image/svg+xml,${encodeSvg(out.svg)}" ${size} alt="${esc(out.alt)}">`;
  const label = lang === 'nl' ? 'Toon als tabel' : 'Show as table';
  // The source line is drawn in the picture (and is the alternative text's last sentence), so
  // it is not repeated under it: both snippets show it once.
  const noscript = [
    out.table ? `<details><summary>${label}</summary>\n${out.table}\n</details>` : '',
  ].filter(Boolean);
  return [
    `<div class="nv-fallback" data-nv-fallback="${tag}" lang="${lang}">`,
    img,
    noscript.length ? `<noscript>\n${noscript.join('\n')}\n</noscript>` : '',
    `</div>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Rules a page adds to its stylesheet so the fallback picture scales and sits flush, and the
 * no-script data table stays within the column (it scrolls sideways rather than widening the
 * page) with simple borders.
 */
export const FALLBACK_CSS = `/* @nato-viz/embed fallback: the picture scales with the column and sits flush, so the
   element replaces it without a layout shift. Add to the page's own stylesheet. */
/* Before the script runs and without scripts, the tags are blocks like the elements (an
   undefined tag is inline), so the fallback content inside them sits in the page's column. */
:is(nato-presence-map, escalation-ladder, actor-stance-matrix):not(:defined):not([hidden]) {
  display: block;
}
.nv-fallback canvas,
.nv-fallback img {
  display: block;
  max-width: 100%;
  height: auto;
}
/* Without scripts: the data table scrolls inside its <details> instead of widening the page,
   long words break in the cells (not below 6em: wider tables scroll), and the cells have
   simple rules. */
.nv-fallback details {
  max-width: 100%;
  overflow-x: auto;
}
.nv-fallback table {
  border-collapse: collapse;
}
.nv-fallback caption {
  text-align: start;
  font-weight: bold;
  padding: 0.25em 0;
}
.nv-fallback th,
.nv-fallback td {
  padding: 0.25em 0.5em;
  text-align: start;
  vertical-align: top;
  min-width: 6em;
  overflow-wrap: anywhere;
  hyphens: auto;
  border: 1px solid;
  border-color: color-mix(in srgb, currentColor 35%, transparent);
}
.nv-fallback td ul {
  margin: 0;
  padding-inline-start: 1.1em;
}
`;

/** Percent-encodes an SVG for a data: URL (smaller than base64 and still readable). */
export function encodeSvg(svg) {
  return svg.replace(/\s+/g, ' ').replace(/[\r\n"%#()<>?[\\\]^`{|}]/g, encodeURIComponent);
}

/* ------------------------------------------------------------------------------------------ *
 * Runs inside the page (serialised by Playwright): no closures over Node variables.          *
 * ------------------------------------------------------------------------------------------ */
async function extractInPage({ tag }) {
  const el = document.querySelector(tag);
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // Wait until the element has settled: some measure themselves (ResizeObserver) and draw
  // again, so its height must hold still for a few frames before the picture is taken.
  let last = -1;
  let still = 0;
  for (let i = 0; i < 120 && still < 8; i++) {
    await el.updateComplete;
    await frame();
    const h = el.getBoundingClientRect().height;
    still = Math.abs(h - last) < 0.01 ? still + 1 : 0;
    last = h;
  }
  const root = el.shadowRoot;
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const SVG_NS = 'http://www.w3.org/2000/svg';
  /** Controls that do nothing in a picture: the ones each element's print stylesheet hides. */
  const CONTROLS =
    '.nv-button, .controls, .table-toggle, .toggle, .sort, .arrow, .popover, input, select, textarea';

  const INHERITED = [
    'fill',
    'fill-opacity',
    'fill-rule',
    'stroke',
    'stroke-width',
    'stroke-opacity',
    'stroke-dasharray',
    'stroke-linecap',
    'stroke-linejoin',
    'font-family',
    'font-size',
    'font-weight',
    'font-style',
    'text-anchor',
    'paint-order',
    'letter-spacing',
    'dominant-baseline',
  ];
  const OWN = { opacity: '1' };
  /** SVG's initial values: the root only states what differs from them. */
  const INITIAL = {
    fill: 'rgb(0, 0, 0)',
    'fill-opacity': '1',
    'fill-rule': 'nonzero',
    stroke: 'none',
    'stroke-width': '1px',
    'stroke-opacity': '1',
    'stroke-dasharray': 'none',
    'stroke-linecap': 'butt',
    'stroke-linejoin': 'miter',
    'font-weight': '400',
    'font-style': 'normal',
    'text-anchor': 'start',
    'paint-order': 'normal',
    'letter-spacing': 'normal',
    'dominant-baseline': 'auto',
  };
  const SVG_ATTRS = new Set([
    'viewBox',
    'preserveAspectRatio',
    'd',
    'x',
    'y',
    'x1',
    'x2',
    'y1',
    'y2',
    'cx',
    'cy',
    'r',
    'rx',
    'ry',
    'width',
    'height',
    'points',
    'transform',
    'dx',
    'dy',
    'id',
    'href',
    'patternUnits',
    'patternTransform',
    'clip-path',
    'mask',
    'marker-start',
    'marker-mid',
    'marker-end',
    'markerWidth',
    'markerHeight',
    'refX',
    'refY',
    'orient',
    'offset',
    'stop-color',
    'stop-opacity',
    'gradientUnits',
    'role',
    'aria-label',
    'aria-hidden',
    'lang',
    'vector-effect',
    'xml:space',
    'textLength',
  ]);

  /** A copy of `svg` that draws the same without the shadow root's stylesheet. */
  function bakeSvg(svg) {
    const clone = svg.cloneNode(true);
    const src = [svg, ...svg.querySelectorAll('*')];
    const dst = [clone, ...clone.querySelectorAll('*')];
    const drop = [];
    src.forEach((s, i) => {
      const d = dst[i];
      const cs = getComputedStyle(s);
      if (cs.display === 'none' || cs.visibility === 'hidden') return drop.push(d);
      const parent = s === svg ? null : getComputedStyle(s.parentElement);
      for (const a of [...d.attributes]) if (!SVG_ATTRS.has(a.name)) d.removeAttribute(a.name);
      for (const p of INHERITED) {
        const v = cs.getPropertyValue(p);
        const base = parent ? parent.getPropertyValue(p) : INITIAL[p];
        if (v && v !== base) d.setAttribute(p, v.replace(/"/g, "'"));
      }
      for (const [p, def] of Object.entries(OWN)) {
        const v = cs.getPropertyValue(p);
        if (v && v !== def) d.setAttribute(p, v);
      }
      const t = cs.getPropertyValue('transform');
      if (t && t !== 'none' && !d.hasAttribute('transform')) d.setAttribute('transform', t);
    });
    drop.forEach((d) => d.remove());
    // Lit's markers and any other comment.
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    comments.forEach((c) => c.remove());
    clone.setAttribute('xmlns', SVG_NS);
    return clone;
  }

  /**
   * A picture of the whole element as drawn (caption, chart, legend, buttons, source): boxes
   * with a background or border become rects, text runs become <text> (one per line, held to
   * the measured width), inner SVGs are baked and nested. It needs no stylesheet and no font
   * metrics of its own, so it stands in for the element in a feed, a newsletter or an <img>.
   */
  function snapshot() {
    const host = el.getBoundingClientRect();
    const W = Math.round(host.width);
    const H = Math.round(host.height);
    const px = (n) => Math.round(n * 10) / 10;
    const out = document.createElementNS(SVG_NS, 'svg');
    out.setAttribute('xmlns', SVG_NS);
    out.setAttribute('viewBox', `0 0 ${W} ${H}`);
    out.setAttribute('width', String(W));
    out.setAttribute('height', String(H));
    const hostStyle = getComputedStyle(el);
    out.setAttribute('font-family', hostStyle.fontFamily.replace(/"/g, "'"));
    const add = (name, attrs, text) => {
      const n = document.createElementNS(SVG_NS, name);
      for (const [k, v] of Object.entries(attrs))
        if (v !== undefined && v !== null) n.setAttribute(k, String(v));
      if (text !== undefined) n.textContent = text;
      out.append(n);
      return n;
    };
    const transparent = (c) => !c || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const hidden = (cs, r) =>
      cs.display === 'none' ||
      (r.width <= 1 && r.height <= 1) ||
      cs.clipPath === 'inset(50%)' ||
      cs.clip === 'rect(0px, 0px, 0px, 0px)';
    const pageBg = getComputedStyle(document.body).backgroundColor;
    add('rect', { width: W, height: H, fill: transparent(pageBg) ? '#fff' : pageBg });

    /** stroke-dasharray (and round caps for dots) for a CSS border/outline style of width w. */
    const dash = (style, w) =>
      style === 'dashed'
        ? { 'stroke-dasharray': `${px(w * 3)} ${px(w * 2)}` }
        : style === 'dotted'
          ? { 'stroke-dasharray': `0 ${px(w * 2)}`, 'stroke-linecap': 'round' }
          : {};
    /** A rect's corner radius from a CSS radius (px or % of the box). */
    const radius = (v, r) => {
      const n = parseFloat(v) || 0;
      return n
        ? px(String(v).trim().endsWith('%') ? (n / 100) * Math.min(r.width, r.height) : n)
        : undefined;
    };
    /** A stroked rect for a ring of width w whose outer edge is the box (x, y, width, height). */
    function ring(x, y, width, height, w, color, style, rx) {
      if (style === 'double' && w >= 3) {
        const t = w / 3;
        ring(x, y, width, height, t, color, 'solid', rx);
        ring(
          x + 2 * t,
          y + 2 * t,
          width - 4 * t,
          height - 4 * t,
          t,
          color,
          'solid',
          rx && Math.max(0, rx - 2 * t),
        );
        return;
      }
      // The stroke runs along the middle of the ring, so its corner radius is w / 2 less.
      add('rect', {
        x: px(x + w / 2),
        y: px(y + w / 2),
        width: px(width - w),
        height: px(height - w),
        rx: rx && px(Math.max(0, rx - w / 2)),
        fill: 'none',
        stroke: color,
        'stroke-width': w,
        ...dash(style, w),
      });
    }

    function box(node, cs, r) {
      const x = px(r.left - host.left);
      const y = px(r.top - host.top);
      const rx = radius(cs.borderTopLeftRadius, r);
      if (!transparent(cs.backgroundColor))
        add('rect', {
          x,
          y,
          width: px(r.width),
          height: px(r.height),
          rx,
          fill: cs.backgroundColor,
        });
      const sides = [
        ['Top', x, y, x + r.width, y],
        ['Bottom', x, y + r.height, x + r.width, y + r.height],
        ['Left', x, y, x, y + r.height],
        ['Right', x + r.width, y, x + r.width, y + r.height],
      ];
      const widths = sides.map(([s]) =>
        /^(none|hidden)$/.test(cs[`border${s}Style`]) ? 0 : parseFloat(cs[`border${s}Width`]) || 0,
      );
      const uniform =
        widths.every((w) => w > 0 && w === widths[0]) &&
        sides.every(
          ([s]) =>
            cs[`border${s}Color`] === cs.borderTopColor &&
            cs[`border${s}Style`] === cs.borderTopStyle,
        );
      if (uniform) {
        if (!transparent(cs.borderTopColor))
          ring(x, y, r.width, r.height, widths[0], cs.borderTopColor, cs.borderTopStyle, rx);
      } else {
        sides.forEach(([s, x1, y1, x2, y2], i) => {
          const w = widths[i];
          if (!(w > 0) || transparent(cs[`border${s}Color`])) return;
          // The stroke runs along the middle of the border, inside the box.
          const dx = s === 'Left' ? w / 2 : s === 'Right' ? -w / 2 : 0;
          const dy = s === 'Top' ? w / 2 : s === 'Bottom' ? -w / 2 : 0;
          add('line', {
            x1: px(x1 + dx),
            y1: px(y1 + dy),
            x2: px(x2 + dx),
            y2: px(y2 + dy),
            stroke: cs[`border${s}Color`],
            'stroke-width': w,
            ...dash(cs[`border${s}Style`], w),
          });
        });
      }
      // Rings drawn with box-shadow (spread only, no blur or offset), inside or around the box.
      if (cs.boxShadow && cs.boxShadow !== 'none') {
        for (const part of cs.boxShadow.split(/,(?![^(]*\))/)) {
          const color = part.match(
            /(rgba?|color|hsla?|oklch|oklab|lab|lch)\([^)]*\)|#[0-9a-f]+|\b[a-z]+\b(?<!inset)/i,
          )?.[0];
          const lens = [...part.replace(/\([^)]*\)/g, '').matchAll(/(-?[\d.]+)px/g)].map((m) =>
            parseFloat(m[1]),
          );
          const [ox = 0, oy = 0, blur = 0, spread = 0] = lens;
          if (!color || transparent(color) || ox || oy || blur || !(spread > 0)) continue;
          if (/\binset\b/.test(part)) ring(x, y, r.width, r.height, spread, color, 'solid', rx);
          else
            ring(
              x - spread,
              y - spread,
              r.width + 2 * spread,
              r.height + 2 * spread,
              spread,
              color,
              'solid',
              rx && rx + spread,
            );
        }
      }
      // Outline (e.g. the ladder's "you are here" ring), outside the border box by its offset.
      const ow = parseFloat(cs.outlineWidth) || 0;
      if (ow > 0 && !/^(none|hidden)$/.test(cs.outlineStyle) && !transparent(cs.outlineColor)) {
        const o = (parseFloat(cs.outlineOffset) || 0) + ow;
        ring(
          x - o,
          y - o,
          r.width + 2 * o,
          r.height + 2 * o,
          ow,
          cs.outlineColor,
          cs.outlineStyle === 'auto' ? 'solid' : cs.outlineStyle,
          rx && rx + o,
        );
      }
    }

    const measureCtx = document.createElement('canvas').getContext('2d');
    /**
     * One <text> per rendered line of a text node: each character's box (Range.getClientRects)
     * says which line it is on, so wrapped and hyphenated words are split where the browser broke
     * them. textLength holds a line to its measured width only where that is within 10 % of the
     * text's natural width (a different font in the viewer then keeps the layout); otherwise the
     * line is left at its natural width rather than squashed or stretched.
     */
    function text(node) {
      const parent = node.parentElement;
      const cs = getComputedStyle(parent);
      if (cs.visibility === 'hidden') return;
      const range = document.createRange();
      const lines = [];
      let space = false;
      let broke = false;
      let i = 0;
      for (const ch of node.data) {
        const at = i;
        i += ch.length;
        if (/\s/.test(ch)) {
          space = true;
          continue;
        }
        range.setStart(node, at);
        range.setEnd(node, at + ch.length);
        const q = [...range.getClientRects()].find((c) => c.width > 0 || c.height > 0);
        if (!q) continue;
        const line = lines[lines.length - 1];
        if (
          line &&
          Math.abs(line.top - q.top) < Math.max(2, q.height / 3) &&
          q.left >= line.right - 1
        ) {
          line.text += (space ? ' ' : '') + ch;
          line.right = Math.max(line.right, q.right);
        } else {
          if (line) line.inWord = !space;
          lines.push({ top: q.top, left: q.left, right: q.right, height: q.height, text: ch });
          broke = true;
        }
        space = false;
      }
      if (!broke) return;
      const size = parseFloat(cs.fontSize);
      measureCtx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      // A break inside a word shows a hyphen only where the browser drew one (hyphens: auto and a
      // dictionary); overflow-wrap breaks show none. The line box is then wider than its letters.
      if (lines.some((l) => l.inWord)) {
        range.selectNodeContents(node);
        const boxes = [...range.getClientRects()].filter((q) => q.width > 0);
        const hyphen = measureCtx.measureText('-').width;
        for (const l of lines) {
          const lb =
            l.inWord && boxes.find((q) => Math.abs(q.top - l.top) < Math.max(2, l.height / 3));
          if (lb && lb.right - l.right > hyphen * 0.5) l.text += '-';
        }
      }
      const upper = cs.textTransform === 'uppercase';
      const spacing = parseFloat(cs.letterSpacing) || 0;
      for (const line of lines) {
        const content = upper ? line.text.toUpperCase() : line.text;
        const width = line.right - line.left;
        const natural = measureCtx.measureText(content).width + spacing * [...content].length;
        const fits = natural > 0 && Math.abs(width / natural - 1) <= 0.1;
        add(
          'text',
          {
            x: px(line.left - host.left),
            y: px(line.top - host.top + line.height / 2 + size * 0.35),
            'font-size': cs.fontSize,
            'font-weight': cs.fontWeight === '400' ? undefined : cs.fontWeight,
            'font-style': cs.fontStyle === 'normal' ? undefined : cs.fontStyle,
            'letter-spacing': spacing ? cs.letterSpacing : undefined,
            fill: cs.color,
            textLength: fits ? px(width) : undefined,
            lengthAdjust: fits ? 'spacingAndGlyphs' : undefined,
          },
          content,
        );
      }
    }

    function walk(node) {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (child.data.trim()) text(child);
          continue;
        }
        if (child.nodeType !== Node.ELEMENT_NODE) continue;
        if (/^(STYLE|SCRIPT|TEMPLATE|TITLE)$/.test(child.tagName)) continue;
        const cs = getComputedStyle(child);
        const r = child.getBoundingClientRect();
        if (cs.display === 'contents') {
          const assigned = child.localName === 'slot' ? child.assignedNodes({ flatten: true }) : [];
          walk(assigned.length ? { childNodes: assigned } : child);
          continue;
        }
        if (hidden(cs, r)) continue;
        if (child.matches(CONTROLS)) {
          // What print shows instead of the controls (the map: which scenario is shown).
          if (child.matches('.controls')) {
            for (const note of root.querySelectorAll('.print-only')) {
              const ns = getComputedStyle(note);
              const t = norm(note.textContent);
              if (!t) continue;
              add(
                'text',
                {
                  x: px(r.left - host.left),
                  y: px(r.top - host.top + r.height / 2 + parseFloat(ns.fontSize) * 0.35),
                  'font-size': ns.fontSize,
                  'font-weight': ns.fontWeight === '400' ? undefined : ns.fontWeight,
                  fill: ns.color,
                },
                t,
              );
            }
          }
          continue;
        }
        if (child.localName === 'svg') {
          if (cs.visibility === 'hidden' || r.width === 0) continue;
          const baked = bakeSvg(child);
          baked.removeAttribute('xmlns');
          baked.setAttribute('x', String(px(r.left - host.left)));
          baked.setAttribute('y', String(px(r.top - host.top)));
          baked.setAttribute('width', String(px(r.width)));
          baked.setAttribute('height', String(px(r.height)));
          if (!baked.getAttribute('viewBox'))
            baked.setAttribute('viewBox', `0 0 ${px(r.width)} ${px(r.height)}`);
          baked.removeAttribute('role');
          baked.removeAttribute('aria-label');
          baked.removeAttribute('aria-hidden');
          out.append(baked);
          continue;
        }
        if (cs.visibility !== 'hidden') box(child, cs, r);
        if (child.localName === 'select') {
          // Its text lives in the browser's own shadow tree: draw the chosen option.
          const chosen = child.selectedOptions[0]?.textContent.trim() ?? '';
          if (chosen) {
            add(
              'text',
              {
                x: px(r.left - host.left + parseFloat(cs.paddingLeft) + 4),
                y: px(r.top - host.top + r.height / 2 + parseFloat(cs.fontSize) * 0.35),
                'font-size': cs.fontSize,
                fill: cs.color,
              },
              chosen,
            );
          }
          continue;
        }
        if (child.localName === 'slot') {
          const assigned = child.assignedNodes({ flatten: true });
          if (assigned.length) {
            walk({ childNodes: assigned });
            continue;
          }
        }
        walk(child.shadowRoot ?? child);
      }
    }
    walk(root);
    // Ids from several nested SVGs must not collide inside one picture: rename them all, then
    // point every reference at the new name: url(#id) in any quoting (computed styles give
    // url("#id"), baked as url('#id')) in fill, stroke, marker, clip-path, mask…, and href="#id".
    const ids = new Map();
    let n = 0;
    for (const withId of out.querySelectorAll('[id]')) {
      const id = `nv${n++}`;
      if (!ids.has(withId.id)) ids.set(withId.id, id);
      withId.id = id;
    }
    const rename = (old) => ids.get(old) ?? old;
    for (const ref of out.querySelectorAll('*')) {
      for (const a of [...ref.attributes]) {
        if (a.name === 'id') continue;
        let v = a.value.replace(
          /url\(\s*(['"]?)[^'")#]*#([^'")\s]+)\1\s*\)/g,
          (_m, _q, id) => `url(#${rename(id)})`,
        );
        if (/^(href|xlink:href)$/.test(a.name) && v.startsWith('#')) v = `#${rename(v.slice(1))}`;
        if (v !== a.value) ref.setAttribute(a.name, v);
      }
    }
    return { svg: new XMLSerializer().serializeToString(out), width: W, height: H };
  }

  /**
   * Generated content (::before/::after: the matrix draws its glyphs and basis letters so) is no
   * node a DOM walk sees. For the bake only, each visible pseudo-element becomes a span with the
   * pseudo's computed style and text, and the pseudo is switched off, so the box lays out the
   * same and the walk draws it (background, border, radius, text). Undone right after.
   */
  function materializePseudos() {
    const made = [];
    const marked = [];
    const contentText = (c) => {
      if (!c || c === 'none' || c === 'normal') return null;
      const main = c.split(/\s\/\s(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0];
      const parts = [...main.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
        m[1].replace(/\\(.)/g, '$1'),
      );
      return parts.length || /^\s*$/.test(main) ? parts.join('') : null;
    };
    for (const node of root.querySelectorAll('*')) {
      if (
        node.closest('svg') ||
        /^(STYLE|SCRIPT|TEMPLATE|SLOT)$/.test(node.tagName) ||
        node.matches(CONTROLS)
      )
        continue;
      for (const which of ['before', 'after']) {
        const ps = getComputedStyle(node, `::${which}`);
        if (ps.display === 'none') continue;
        const t = contentText(ps.content);
        if (t === null) continue;
        const span = document.createElement('span');
        for (const prop of ps) {
          if (prop.startsWith('--') || prop === 'content') continue;
          span.style.setProperty(prop, ps.getPropertyValue(prop));
        }
        span.textContent = t;
        span.setAttribute('aria-hidden', 'true');
        if (which === 'before') node.prepend(span);
        else node.append(span);
        node.setAttribute(`data-nv-bake-${which}`, '');
        made.push(span);
        marked.push([node, `data-nv-bake-${which}`]);
      }
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '[data-nv-bake-before]::before, [data-nv-bake-after]::after { content: none !important; display: none !important }',
    );
    const sheets = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...sheets, sheet];
    return () => {
      made.forEach((s) => s.remove());
      marked.forEach(([node, a]) => node.removeAttribute(a));
      root.adoptedStyleSheets = sheets;
    };
  }

  const restore = materializePseudos();
  await frame();
  let shot;
  try {
    shot = snapshot();
  } finally {
    restore();
  }
  await frame();

  /** Inert HTML: an allow-list of elements and attributes; everything else is unwrapped or dropped. */
  const KEEP = new Set([
    'TABLE',
    'CAPTION',
    'THEAD',
    'TBODY',
    'TFOOT',
    'TR',
    'TH',
    'TD',
    'COLGROUP',
    'COL',
    'Q',
    'P',
    'UL',
    'OL',
    'LI',
    'STRONG',
    'EM',
    'B',
    'I',
    'SMALL',
    'ABBR',
    'TIME',
    'CITE',
    'BR',
    'A',
    'SUP',
    'SUB',
    'DL',
    'DT',
    'DD',
    'SPAN',
  ]);
  const DROP = new Set([
    'SCRIPT',
    'STYLE',
    'TEMPLATE',
    'INPUT',
    'SELECT',
    'TEXTAREA',
    'LINK',
    'IFRAME',
    'OBJECT',
    'EMBED',
    'IMG',
    'svg',
    'SVG',
    'CANVAS',
    'VIDEO',
    'AUDIO',
    'FORM',
    'DIALOG',
  ]);
  const ATTRS = {
    '*': ['lang', 'dir'],
    TH: ['scope', 'colspan', 'rowspan', 'abbr'],
    TD: ['colspan', 'rowspan'],
    A: ['href'],
    ABBR: ['title'],
    TIME: ['datetime'],
    OL: ['start'],
  };
  function sanitize(node) {
    const out = document.createDocumentFragment();
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.append(child.textContent);
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const name = child.tagName;
      if (DROP.has(name)) {
        // An icon may carry the only text of its cell.
        const label = child.getAttribute('aria-label');
        if (label && child.getAttribute('aria-hidden') !== 'true') out.append(label);
        continue;
      }
      const inner =
        child.tagName === 'SLOT' && child.assignedNodes().length === 0
          ? sanitize(child)
          : sanitize(child);
      if (!KEEP.has(name) || name === 'SPAN') {
        out.append(inner);
        continue;
      }
      const copy = document.createElement(name.toLowerCase());
      for (const a of [...(ATTRS['*'] ?? []), ...(ATTRS[name] ?? [])]) {
        const v = child.getAttribute(a);
        if (v === null) continue;
        if (a === 'href' && !/^https?:\/\//i.test(v)) continue;
        copy.setAttribute(a, v);
      }
      copy.append(inner);
      out.append(copy);
    }
    return out;
  }
  const html = (node) => {
    if (!node) return '';
    const div = document.createElement('div');
    div.append(sanitize({ childNodes: [node] }));
    return div.innerHTML.replace(/\n\s*\n/g, '\n').trim();
  };

  const slotText = (name) => {
    const slot = root.querySelector(`slot[name="${name}"]`);
    return slot ? norm(slot.textContent) : '';
  };
  const caption =
    slotText('caption') ||
    slotText('title') ||
    norm(root.querySelector('figcaption, [part~="caption"], h2, h3')?.textContent);
  const source = slotText('source') || norm(root.querySelector('[part~="source"]')?.textContent);
  const legendNode = root.querySelector('[part~="legend"]');
  const legend = legendNode ? html(legendNode) : '';
  const summary = norm(root.querySelector('[part~="summary"]')?.textContent);
  const svgLabel = norm(
    [...root.querySelectorAll('svg[aria-label]')].map((s) => s.getAttribute('aria-label'))[0],
  );
  const alt = [caption, summary || svgLabel, source]
    .filter(Boolean)
    .map((t) => t.replace(/[.\s]+$/, ''))
    .join('. ');
  const height = el.getBoundingClientRect().height;

  // The data table: the one the element's "show as table" toggle adds, else the first there is.
  const before = [...root.querySelectorAll('table')];
  let table = before[0];
  const toggle = [...root.querySelectorAll('button')].find((b) =>
    /tabel|table/i.test(b.textContent + (b.getAttribute('aria-label') ?? '')),
  );
  if (toggle) {
    toggle.click();
    await el.updateComplete;
    await frame();
    table = [...root.querySelectorAll('table')].find((t) => !before.includes(t)) ?? table;
  }
  return {
    svg: shot.svg,
    width: shot.width,
    svgHeight: shot.height,
    caption,
    source,
    legend,
    alt,
    table: html(table),
    height,
  };
}

// `node scripts/fallback.mjs` renders again from an existing build.
if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const dist = join(dirname(new URL(import.meta.url).pathname), '..', 'dist');
  readFileSync(join(dist, 'nato-viz.js'));
  await renderFallbacks({ bundle: join(dist, 'nato-viz.js'), outDir: join(dist, 'fallback') });
}
