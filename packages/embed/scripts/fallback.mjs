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
export async function renderFallbacks({ bundle, outDir, tags = ELEMENTS.map((e) => e.tag), base = '' }) {
  const { chromium } = await import('playwright-core');
  mkdirSync(outDir, { recursive: true });
  const routes = { '/harness.css': harnessCss };
  for (const tag of tags) for (const lang of LANGS) routes[`/${tag}.${lang}.html`] = page(tag, lang, basename(bundle));
  const server = await serveStatic({ dir: dirname(bundle), routes });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const report = [];
  try {
    const context = await browser.newContext({ viewport: { width: FALLBACK_WIDTH + 40, height: 900 }, colorScheme: 'light' });
    for (const tag of tags) {
      for (const lang of LANGS) {
        const p = await context.newPage();
        const errors = [];
        p.on('pageerror', (e) => errors.push(String(e)));
        p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await p.goto(`${server.url}/${tag}.${lang}.html`, { waitUntil: 'load', timeout: 60_000 });
        const defined = await p.evaluate(
          (t) => Promise.race([customElements.whenDefined(t).then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]),
          tag,
        );
        if (!defined) {
          console.warn(`[embed] <${tag}> is not in the bundle yet: no fallback for it (${lang}).`);
          report.push({ tag, lang, status: 'missing' });
          await p.close();
          continue;
        }
        const out = await p.evaluate(extractInPage, { tag, lang });
        if (errors.length) throw new Error(`<${tag} lang=${lang}> logged errors while rendering its fallback:\n${errors.join('\n')}`);
        if (!out.svg) throw new Error(`<${tag} lang=${lang}> drew no SVG to make a fallback from.`);
        const svg = `${tag}.${lang}.svg`;
        writeFileSync(join(outDir, svg), out.svg + '\n');
        writeFileSync(join(outDir, `${tag}.${lang}.html`), fallbackHtml(tag, lang, out, { src: base + svg }) + '\n');
        writeFileSync(join(outDir, `${tag}.${lang}.inline.html`), fallbackHtml(tag, lang, out) + '\n');
        report.push({ tag, lang, status: 'ok', height: out.height, svg, width: out.width, svgHeight: out.svgHeight });
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

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Assembles the inert fallback snippet: the picture, then in a `<noscript>` the data table and
 * the source line (shown only where scripts are off).
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
  const noscript = [
    out.table ? `<details><summary>${label}</summary>\n${out.table}\n</details>` : '',
    out.source ? `<p><small>${esc(out.source)}</small></p>` : '',
  ].filter(Boolean);
  return [
    `<div class="nv-fallback" data-nv-fallback="${tag}" lang="${lang}">`,
    img,
    noscript.length ? `<noscript>\n${noscript.join('\n')}\n</noscript>` : '',
    `</div>`,
  ].filter(Boolean).join('\n');
}

/** Rules a page adds to its stylesheet so the fallback picture scales and sits flush. */
export const FALLBACK_CSS = `/* @nato-viz/embed fallback: the picture scales with the column and sits flush, so the
   element replaces it without a layout shift. Add to the page's own stylesheet. */
.nv-fallback canvas,
.nv-fallback img {
  display: block;
  max-width: 100%;
  height: auto;
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

  const INHERITED = ['fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
    'stroke-linecap', 'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
    'paint-order', 'letter-spacing', 'dominant-baseline'];
  const OWN = { opacity: '1' };
  /** SVG's initial values: the root only states what differs from them. */
  const INITIAL = { fill: 'rgb(0, 0, 0)', 'fill-opacity': '1', 'fill-rule': 'nonzero', stroke: 'none', 'stroke-width': '1px',
    'stroke-opacity': '1', 'stroke-dasharray': 'none', 'stroke-linecap': 'butt', 'stroke-linejoin': 'miter',
    'font-weight': '400', 'font-style': 'normal', 'text-anchor': 'start', 'paint-order': 'normal',
    'letter-spacing': 'normal', 'dominant-baseline': 'auto' };
  const SVG_ATTRS = new Set(['viewBox', 'preserveAspectRatio', 'd', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry',
    'width', 'height', 'points', 'transform', 'dx', 'dy', 'id', 'href', 'patternUnits', 'patternTransform',
    'clip-path', 'mask', 'marker-start', 'marker-mid', 'marker-end', 'markerWidth', 'markerHeight', 'refX', 'refY',
    'orient', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'role', 'aria-label', 'aria-hidden', 'lang',
    'vector-effect', 'xml:space', 'textLength']);

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
      for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) n.setAttribute(k, String(v));
      if (text !== undefined) n.textContent = text;
      out.append(n);
      return n;
    };
    const transparent = (c) => !c || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const hidden = (cs, r) => cs.display === 'none' || (r.width <= 1 && r.height <= 1) || cs.clipPath === 'inset(50%)' || cs.clip === 'rect(0px, 0px, 0px, 0px)';
    const pageBg = getComputedStyle(document.body).backgroundColor;
    add('rect', { width: W, height: H, fill: transparent(pageBg) ? '#fff' : pageBg });

    function box(node, cs, r) {
      const x = px(r.left - host.left);
      const y = px(r.top - host.top);
      const rx = parseFloat(cs.borderTopLeftRadius) || undefined;
      if (!transparent(cs.backgroundColor)) add('rect', { x, y, width: px(r.width), height: px(r.height), rx, fill: cs.backgroundColor });
      const sides = [['Top', x, y, x + r.width, y], ['Bottom', x, y + r.height, x + r.width, y + r.height],
        ['Left', x, y, x, y + r.height], ['Right', x + r.width, y, x + r.width, y + r.height]];
      const widths = sides.map(([s]) => (cs[`border${s}Style`] === 'none' ? 0 : parseFloat(cs[`border${s}Width`]) || 0));
      const uniform = widths.every((w) => w > 0 && w === widths[0]) && sides.every(([s]) => cs[`border${s}Color`] === cs.borderTopColor);
      if (uniform) {
        const w = widths[0];
        add('rect', { x: px(x + w / 2), y: px(y + w / 2), width: px(r.width - w), height: px(r.height - w), rx, fill: 'none',
          stroke: cs.borderTopColor, 'stroke-width': w, 'stroke-dasharray': cs.borderTopStyle === 'dashed' ? `${w * 3} ${w * 2}` : undefined });
        return;
      }
      sides.forEach(([s, x1, y1, x2, y2], i) => {
        if (widths[i] > 0 && !transparent(cs[`border${s}Color`])) {
          add('line', { x1: px(x1), y1: px(y1), x2: px(x2), y2: px(y2), stroke: cs[`border${s}Color`], 'stroke-width': widths[i] });
        }
      });
    }

    function text(node) {
      const parent = node.parentElement;
      const cs = getComputedStyle(parent);
      if (cs.visibility === 'hidden') return;
      const range = document.createRange();
      const words = [];
      const re = /\S+/g;
      let m;
      while ((m = re.exec(node.data))) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((q) => q.width > 0);
        if (rects.length) words.push({ w: m[0], r: rects[0] });
      }
      const lines = [];
      for (const word of words) {
        const line = lines[lines.length - 1];
        if (line && Math.abs(line.top - word.r.top) < 2) {
          line.words.push(word.w);
          line.right = word.r.right;
        } else lines.push({ top: word.r.top, left: word.r.left, right: word.r.right, height: word.r.height, words: [word.w] });
      }
      const size = parseFloat(cs.fontSize);
      for (const line of lines) {
        const content = cs.textTransform === 'uppercase' ? line.words.join(' ').toUpperCase() : line.words.join(' ');
        add('text', {
          x: px(line.left - host.left),
          y: px(line.top - host.top + line.height / 2 + size * 0.35),
          'font-size': cs.fontSize,
          'font-weight': cs.fontWeight === '400' ? undefined : cs.fontWeight,
          'font-style': cs.fontStyle === 'normal' ? undefined : cs.fontStyle,
          fill: cs.color,
          textLength: px(line.right - line.left),
          lengthAdjust: 'spacingAndGlyphs',
        }, content);
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
        if (child.localName === 'svg') {
          if (cs.visibility === 'hidden' || r.width === 0) continue;
          const baked = bakeSvg(child);
          baked.removeAttribute('xmlns');
          baked.setAttribute('x', String(px(r.left - host.left)));
          baked.setAttribute('y', String(px(r.top - host.top)));
          baked.setAttribute('width', String(px(r.width)));
          baked.setAttribute('height', String(px(r.height)));
          if (!baked.getAttribute('viewBox')) baked.setAttribute('viewBox', `0 0 ${px(r.width)} ${px(r.height)}`);
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
            add('text', { x: px(r.left - host.left + parseFloat(cs.paddingLeft) + 4), y: px(r.top - host.top + r.height / 2 + parseFloat(cs.fontSize) * 0.35),
              'font-size': cs.fontSize, fill: cs.color }, chosen);
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
    // Ids from several nested SVGs must not collide inside one picture.
    let n = 0;
    for (const withId of out.querySelectorAll('[id]')) {
      const old = withId.id;
      const id = `nv${n++}`;
      withId.id = id;
      for (const ref of out.querySelectorAll('*')) {
        for (const a of ref.attributes) {
          if (a.value.includes(`#${old}`)) a.value = a.value.split(`url(#${old})`).join(`url(#${id})`).replace(new RegExp(`^#${old}$`), `#${id}`);
        }
      }
    }
    return { svg: new XMLSerializer().serializeToString(out), width: W, height: H };
  }

  const shot = snapshot();

  /** Inert HTML: an allow-list of elements and attributes; everything else is unwrapped or dropped. */
  const KEEP = new Set(['TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'COLGROUP', 'COL', 'Q', 'P', 'UL',
    'OL', 'LI', 'STRONG', 'EM', 'B', 'I', 'SMALL', 'ABBR', 'TIME', 'CITE', 'BR', 'A', 'SUP', 'SUB', 'DL', 'DT', 'DD', 'SPAN']);
  const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'INPUT', 'SELECT', 'TEXTAREA', 'LINK', 'IFRAME', 'OBJECT',
    'EMBED', 'IMG', 'svg', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'FORM', 'DIALOG']);
  const ATTRS = { '*': ['lang', 'dir'], TH: ['scope', 'colspan', 'rowspan', 'abbr'], TD: ['colspan', 'rowspan'],
    A: ['href'], ABBR: ['title'], TIME: ['datetime'], OL: ['start'] };
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
      const inner = child.tagName === 'SLOT' && child.assignedNodes().length === 0 ? sanitize(child) : sanitize(child);
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
  const caption = slotText('caption') || slotText('title') || norm(root.querySelector('figcaption, [part~="caption"], h2, h3')?.textContent);
  const source = slotText('source') || norm(root.querySelector('[part~="source"]')?.textContent);
  const legendNode = root.querySelector('[part~="legend"]');
  const legend = legendNode ? html(legendNode) : '';
  const summary = norm(root.querySelector('[part~="summary"]')?.textContent);
  const svgLabel = norm([...root.querySelectorAll('svg[aria-label]')].map((s) => s.getAttribute('aria-label'))[0]);
  const alt = [caption, summary || svgLabel].filter(Boolean).join('. ');
  const height = el.getBoundingClientRect().height;

  // The data table: the one the element's "show as table" toggle adds, else the first there is.
  const before = [...root.querySelectorAll('table')];
  let table = before[0];
  const toggle = [...root.querySelectorAll('button')].find((b) => /tabel|table/i.test(b.textContent + (b.getAttribute('aria-label') ?? '')));
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
