// The static fallbacks are built in Chromium (the test command installs it before the build).
// They go inside the tags on pages with a strict CSP and into feeds and newsletters, so they
// must be inert: no script, no event handler, no style attribute, nothing fetched.
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

describe.each(cases)('dist/fallback/%s.%s', (tag, lang) => {
  it('.html and .svg exist', () => {
    expect(existsSync(new URL(`${tag}.${lang}.html`, dir))).toBe(true);
    expect(existsSync(new URL(`${tag}.${lang}.svg`, dir))).toBe(true);
  });

  it('.html uses only inert elements and no script, handler or style attribute', () => {
    const html = read(`${tag}.${lang}.html`);
    const tags = [...html.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((m) => m[1]!.toLowerCase());
    expect(tags.filter((t) => !ALLOWED_HTML.has(t))).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain(`data-nv-fallback="${tag}"`);
    expect(html).toContain(`lang="${lang}"`);
  });

  it('.html shows a picture with a text alternative and carries a data table', () => {
    const html = read(`${tag}.${lang}.html`);
    const img = html.match(/<img src="data:image\/svg\+xml,[^"]+" width="(\d+)" height="(\d+)" alt="([^"]{10,})">/);
    expect(img).not.toBeNull();
    expect(html).toMatch(/<table>[\s\S]*<th[\s>][\s\S]*<\/table>/);
  });

  it('.svg stands alone: no script, no handler, no style, no outside reference', () => {
    const svg = read(`${tag}.${lang}.svg`);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|<foreignObject|<style|\sstyle=|\son[a-z]+=|javascript:|href="http/i);
    expect(svg).toMatch(/<text[^>]*>[^<]{3,}<\/text>/);
  });
});
