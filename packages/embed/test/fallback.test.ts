// The static fallbacks are built in Chromium (the test command installs it before the build).
// They go inside the tags on pages with a strict CSP and into feeds and newsletters, so they
// must be inert: no script, no event handler, no style attribute. Two snippets per tag and
// language: the hosted one (<tag>.<lang>.html: a lazy <img> of the .svg next to it, inside a
// <canvas> that holds its place where scripts run, so a page with JavaScript never fetches it)
// and the self-contained one (<tag>.<lang>.inline.html: the SVG itself as a data: URL, for feeds).
// apps/cms-demo's end-to-end test loads both in Chromium.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];
const LANGS = ['nl', 'en'];
const dir = new URL('../dist/fallback/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const cases = TAGS.flatMap((tag) => LANGS.map((lang) => [tag, lang] as const));

const ALLOWED_HTML = new Set(['div', 'img', 'noscript', 'details', 'summary', 'table', 'caption', 'thead', 'tbody', 'tfoot',
  'tr', 'th', 'td', 'colgroup', 'col', 'q', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'small', 'abbr', 'time',
  'cite', 'br', 'a', 'sup', 'sub', 'dl', 'dt', 'dd']);
/** The hosted snippet adds one element: the canvas that holds the picture's place. */
const ALLOWED_HOSTED = new Set([...ALLOWED_HTML, 'canvas']);

const tagsIn = (html: string) => [...html.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((m) => m[1]!.toLowerCase());
/** What follows the picture: the `<noscript>` with the data table and the source line. */
const afterPicture = (html: string) => html.slice(html.indexOf('<noscript>'));
const svgSize = (svg: string) => {
  const m = svg.match(/^<svg [^>]*?width="(\d+)" height="(\d+)"/);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : null;
};

describe.each(cases)('dist/fallback/%s.%s', (tag, lang) => {
  const hosted = `${tag}.${lang}.html`;
  const inline = `${tag}.${lang}.inline.html`;
  const svgFile = `${tag}.${lang}.svg`;

  it('.html, .inline.html and .svg exist', () => {
    expect(existsSync(new URL(hosted, dir))).toBe(true);
    expect(existsSync(new URL(inline, dir))).toBe(true);
    expect(existsSync(new URL(svgFile, dir))).toBe(true);
  });

  it.each([
    ['.html', hosted, ALLOWED_HOSTED],
    ['.inline.html', inline, ALLOWED_HTML],
  ])('%s uses only inert elements and no script, handler or style attribute', (_name, file, allowed) => {
    const html = read(file);
    expect(tagsIn(html).filter((t) => !allowed.has(t))).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain(`data-nv-fallback="${tag}"`);
    expect(html).toContain(`lang="${lang}"`);
  });

  it('.html holds the hosted .svg as a lazy picture inside a canvas of its size, and a data table', () => {
    const html = read(hosted);
    const size = svgSize(read(svgFile));
    expect(size).not.toBeNull();
    const m = html.match(
      /<canvas width="(\d+)" height="(\d+)"><img src="([^"]+)" loading="lazy" decoding="async" width="(\d+)" height="(\d+)" alt="([^"]{10,})"><\/canvas>/,
    );
    expect(m).not.toBeNull();
    const [, cw, ch, src, iw, ih] = m!;
    // Relative to the snippet: the .svg next to it (a page rewrites it to where it hosts them).
    expect(src).toBe(svgFile);
    // Canvas, picture and SVG the same size, so the canvas holds exactly the picture's place.
    expect([cw, ch, iw, ih].map(Number)).toEqual([size!.width, size!.height, size!.width, size!.height]);
    // Nothing else is fetched and nothing is inlined: no other picture, no data: URL.
    expect(html.match(/<img\s/g)).toHaveLength(1);
    expect(html).not.toContain('data:');
    expect(afterPicture(html)).toMatch(/^<noscript>[\s\S]*<table>[\s\S]*<th[\s>][\s\S]*<\/table>[\s\S]*<\/noscript>/);
  });

  it('.inline.html is self-contained: the same SVG as a data: URL, the same text alternative and table', () => {
    const html = read(inline);
    const svg = read(svgFile).trim();
    const m = html.match(/<img src="data:image\/svg\+xml,([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]{10,})">/);
    expect(m).not.toBeNull();
    const [, encoded, w, h, alt] = m!;
    // The data: URL decodes to the published SVG (whitespace runs folded to one space).
    expect(decodeURIComponent(encoded!)).toBe(svg.replace(/\s+/g, ' '));
    expect({ width: Number(w), height: Number(h) }).toEqual(svgSize(svg));
    // No canvas (where a feed reader runs scripts, a canvas would show an empty box) and no
    // other reference: it needs nothing but itself.
    expect(html).not.toMatch(/<canvas|\ssrc="(?!data:)|\shref="(?!https?:)/);
    const hostedHtml = read(hosted);
    expect(hostedHtml).toContain(`alt="${alt}"`);
    expect(afterPicture(html)).toBe(afterPicture(hostedHtml));
  });

  it('.svg stands alone: no script, no handler, no style, no outside reference', () => {
    const svg = read(svgFile);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|<foreignObject|<style|\sstyle=|\son[a-z]+=|javascript:|href="http/i);
    expect(svg).toMatch(/<text[^>]*>[^<]{3,}<\/text>/);
  });
});

describe('dist/fallback/fallback.css', () => {
  it('lets the picture and the canvas that holds its place scale alike', () => {
    const css = read('fallback.css');
    expect(css).toMatch(/\.nv-fallback canvas,\s*\.nv-fallback img\s*\{[^}]*max-width:\s*100%;[^}]*height:\s*auto;/);
  });
});

describe('dist/fallback/fallbacks.json', () => {
  it('lists every snippet with its picture and size', () => {
    const list = JSON.parse(read('fallbacks.json')) as { tag: string; lang: string; status: string; svg?: string; width?: number; svgHeight?: number }[];
    for (const [tag, lang] of cases) {
      const entry = list.find((e) => e.tag === tag && e.lang === lang);
      expect(entry).toMatchObject({ status: 'ok', svg: `${tag}.${lang}.svg` });
      expect({ width: entry!.width, height: entry!.svgHeight }).toEqual(svgSize(read(`${tag}.${lang}.svg`)));
    }
  });
});
