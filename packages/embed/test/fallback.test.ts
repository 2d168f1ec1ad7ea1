// The static fallbacks are built in Chromium (the test command installs it before the build).
// They go inside the tags on pages with a strict CSP and into feeds and newsletters, so they
// must be inert: no script, no event handler, no style attribute. Two snippets per tag and
// language: the hosted one (<tag>.<lang>.html: a lazy <img> of the .svg next to it, inside a
// <canvas> that holds its place where scripts run, so a page with JavaScript never fetches it)
// and the self-contained one (<tag>.<lang>.inline.html: the SVG itself as a data: URL, for feeds).
// apps/cms-demo's end-to-end test loads both in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';

const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];
const LANGS = ['nl', 'en'];
const dir = new URL('../dist/fallback/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const cases = TAGS.flatMap((tag) => LANGS.map((lang) => [tag, lang] as const));

const ALLOWED_HTML = new Set([
  'div',
  'img',
  'noscript',
  'details',
  'summary',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
  'q',
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'small',
  'abbr',
  'time',
  'cite',
  'br',
  'a',
  'sup',
  'sub',
  'dl',
  'dt',
  'dd',
]);
/** The hosted snippet adds one element: the canvas that holds the picture's place. */
const ALLOWED_HOSTED = new Set([...ALLOWED_HTML, 'canvas']);

const tagsIn = (html: string) =>
  [...html.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((m) => m[1]!.toLowerCase());
/** What follows the picture: the `<noscript>` with the data table and the source line. */
const afterPicture = (html: string) => html.slice(html.indexOf('<noscript>'));
/** The text of each <text> element, entities decoded. */
const textsOf = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
const count = <T>(list: T[], value: T) => list.filter((v) => v === value).length;
const article = JSON.parse(
  readFileSync(new URL('../../data/generated/article.json', import.meta.url), 'utf8'),
) as {
  stances: { position: string; basis?: string }[];
  rungs: { status: string }[];
};
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
  ])(
    '%s uses only inert elements and no script, handler or style attribute',
    (_name, file, allowed) => {
      const html = read(file);
      expect(tagsIn(html).filter((t) => !allowed.has(t))).toEqual([]);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/\sstyle\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).toContain(`data-nv-fallback="${tag}"`);
      expect(html).toContain(`lang="${lang}"`);
    },
  );

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
    expect([cw, ch, iw, ih].map(Number)).toEqual([
      size!.width,
      size!.height,
      size!.width,
      size!.height,
    ]);
    // Nothing else is fetched and nothing is inlined: no other picture, no data: URL.
    expect(html.match(/<img\s/g)).toHaveLength(1);
    expect(html).not.toContain('data:');
    expect(afterPicture(html)).toMatch(
      /^<noscript>[\s\S]*<table>[\s\S]*<th[\s>][\s\S]*<\/table>[\s\S]*<\/noscript>/,
    );
  });

  it('.inline.html is self-contained: the same SVG as a data: URL, the same text alternative and table', () => {
    const html = read(inline);
    const svg = read(svgFile).trim();
    const m = html.match(
      /<img src="data:image\/svg\+xml,([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]{10,})">/,
    );
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

  it('.svg: every url(#id) and href="#id" reference points at an element with that id', () => {
    const svg = read(svgFile);
    const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const refs = [
      ...[...svg.matchAll(/url\(\s*['"]?([^)'"]*)['"]?\s*\)/g)].map((m) => m[1]!),
      ...[...svg.matchAll(/\shref="(#[^"]*)"/g)].map((m) => m[1]!),
    ];
    // Every reference is local (#id) and resolves: a dangling one leaves a shape without fill.
    expect(refs.filter((r) => !r.startsWith('#') || !ids.has(r.slice(1)))).toEqual([]);
  });

  it('.svg draws no control that does nothing in a picture (the "show as table" button, toggles)', () => {
    const texts = textsOf(read(svgFile));
    expect(texts).not.toContain(lang === 'nl' ? 'Toon als tabel' : 'Show as table');
    expect(texts).not.toContain(lang === 'nl' ? 'Verberg tabel' : 'Hide table');
  });

  it('the source line is shown once: in the picture and its alternative text, not again under it', () => {
    const texts = textsOf(read(svgFile)).join(' ');
    const html = read(hosted);
    const alt = html.match(/alt="([^"]+)"/)![1]!;
    const word = lang === 'nl' ? 'Bron:' : 'Source:';
    expect(texts).toContain(word);
    expect(alt).toContain(word);
    expect(afterPicture(html)).not.toContain(word);
    expect(afterPicture(read(inline))).not.toContain(word);
  });

  it('.svg stands alone: no script, no handler, no style, no outside reference', () => {
    const svg = read(svgFile);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(
      /<script|<foreignObject|<style|\sstyle=|\son[a-z]+=|javascript:|href="http/i,
    );
    expect(svg).toMatch(/<text[^>]*>[^<]{3,}<\/text>/);
  });
});

describe('dist/fallback/fallback.css', () => {
  it('lets the picture and the canvas that holds its place scale alike', () => {
    const css = read('fallback.css');
    expect(css).toMatch(
      /\.nv-fallback canvas,\s*\.nv-fallback img\s*\{[^}]*max-width:\s*100%;[^}]*height:\s*auto;/,
    );
  });

  it('keeps the no-script table within the column: it scrolls in its <details>, long words break, cells have rules', () => {
    const css = read('fallback.css');
    expect(css).toMatch(
      /\.nv-fallback details\s*\{[^}]*max-width:\s*100%;[^}]*overflow-x:\s*auto;/,
    );
    expect(css).toMatch(
      /\.nv-fallback th,\s*\.nv-fallback td\s*\{[^}]*overflow-wrap:\s*anywhere;[^}]*border:\s*1px solid/,
    );
  });
});

describe('dist/fallback/fallbacks.json', () => {
  it('lists every snippet with its picture and size', () => {
    const list = JSON.parse(read('fallbacks.json')) as {
      tag: string;
      lang: string;
      status: string;
      svg?: string;
      width?: number;
      svgHeight?: number;
    }[];
    for (const [tag, lang] of cases) {
      const entry = list.find((e) => e.tag === tag && e.lang === lang);
      expect(entry).toMatchObject({ status: 'ok', svg: `${tag}.${lang}.svg` });
      expect({ width: entry!.width, height: entry!.svgHeight }).toEqual(
        svgSize(read(`${tag}.${lang}.svg`)),
      );
    }
  });
});

describe.each(LANGS)(
  'dist/fallback/actor-stance-matrix.%s.svg: the generated-content glyphs and letters',
  (lang) => {
    const texts = textsOf(read(`actor-stance-matrix.${lang}.svg`));
    const svg = read(`actor-stance-matrix.${lang}.svg`);
    // Issue 17: a silent cell is drawn empty (no glyph), its legend swatch an empty box.
    const GLYPH = { supports: '✓', opposes: '✕', conditional: '◐' } as const;
    const LETTER =
      lang === 'nl'
        ? { stated: 'U', reported: 'B', 'article-analysis': 'A' }
        : { stated: 'S', reported: 'R', 'article-analysis': 'A' };

    it.each(Object.entries(GLYPH))(
      'one %s glyph per cell with that position, plus its legend swatch',
      (position, glyph) => {
        const cells = article.stances.filter((s) => s.position === position).length;
        expect(count(texts, glyph)).toBe(cells + 1);
      },
    );

    it('no glyph for a silent cell, nor for its legend swatch', () => {
      expect(count(texts, '–')).toBe(0);
    });

    it.each(Object.entries(LETTER))(
      'one %s basis letter per cell with that basis, plus its legend key',
      (basis, letter) => {
        const cells = article.stances.filter((s) => s.basis === basis).length;
        expect(count(texts, letter)).toBe(cells + 1);
      },
    );

    it('the glyphs sit on filled circles; a silent cell has none (issue 17)', () => {
      // border-radius: 50% on a square box: rx is half its side.
      const circles = [
        ...svg.matchAll(/<rect [^>]*width="([\d.]+)" height="\1" rx="([\d.]+)"[^>]*>/g),
      ].filter((m) => Math.abs(Number(m[2]) * 2 - Number(m[1])) < 1);
      const stated = article.stances.filter((s) => s.position !== 'not-stated').length;
      expect(circles.filter((m) => /fill="rgb/.test(m[0])).length).toBeGreaterThanOrEqual(
        stated + 3,
      );
      expect(circles.filter((m) => /stroke-dasharray/.test(m[0])).length).toBe(0);
    });
  },
);

describe.each(LANGS)(
  'dist/fallback/escalation-ladder.%s.svg: line styles and the current rung',
  (lang) => {
    const svg = read(`escalation-ladder.${lang}.svg`);
    const rungsWith = (status: string) => article.rungs.filter((r) => r.status === status).length;
    // 2px dashed → dashes of 6, gaps of 4; 3px dotted → round dots every 6.
    const dashedRects = [...svg.matchAll(/<rect [^>]*stroke-width="2" stroke-dasharray="6 4"/g)]
      .length;
    const dottedRects = [
      ...svg.matchAll(/<rect [^>]*stroke-width="3" stroke-dasharray="0 6" stroke-linecap="round"/g),
    ].length;

    it('draws proposed rungs dashed and hypothetical ones dotted, as the element does', () => {
      expect(dashedRects).toBe(rungsWith('proposed'));
      expect(dottedRects).toBe(rungsWith('hypothetical'));
    });

    it('draws a conditional rung with dashed sides and its solid 6px start edge', () => {
      expect([...svg.matchAll(/<line [^>]*stroke-width="2" stroke-dasharray="6 4"/g)].length).toBe(
        3 * rungsWith('conditional'),
      );
      expect([...svg.matchAll(/<line [^>]*stroke-width="6"(?![^>]*dasharray)/g)].length).toBe(
        rungsWith('conditional'),
      );
    });

    it('rings the current rung ("you are here") in the colour of its badge', () => {
      const label = lang === 'nl' ? 'Hier staan we nu' : 'Where things stand';
      const at = svg.indexOf(`>${label}</text>`);
      expect(at).toBeGreaterThan(0);
      // The badge: the last filled rect before its label; the ring: a 3px stroke of its colour
      // around it, around the whole rung (not the legend's small swatch of the same colour).
      const badge = [
        ...svg
          .slice(0, at)
          .matchAll(
            /<rect x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"[^>]*fill="(rgb[^"]+)"[^>]*\/>/g,
          ),
      ].pop()!;
      const [, bx, by, bh, colour] = badge.map(String);
      const rings = [
        ...svg.matchAll(
          /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"(?: rx="[\d.]+")? fill="none" stroke="([^"]+)" stroke-width="3"\/>/g,
        ),
      ].filter(
        (m) =>
          m[5] === colour &&
          Number(m[1]) < Number(bx) &&
          Number(m[2]) < Number(by) &&
          Number(m[4]) > 3 * Number(bh),
      );
      expect(rings).toHaveLength(1);
    });
  },
);

describe.each(LANGS)('dist/fallback/nato-presence-map.%s.svg', (lang) => {
  const svg = read(`nato-presence-map.${lang}.svg`);
  const texts = textsOf(svg);
  it('says which scenario it shows, as print does, instead of drawing the scenario buttons', () => {
    expect(texts).toContain(lang === 'nl' ? 'Getoond: met deal' : 'Shown: with the deal');
    expect(texts).not.toContain(lang === 'nl' ? 'Met deal' : 'With the deal');
  });
  it('fills NATO members, Russia, Donbas and Crimea with the patterns it defines', () => {
    const patterns = [...svg.matchAll(/<pattern [^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(patterns.length).toBeGreaterThanOrEqual(4);
    for (const id of patterns) expect(svg).toContain(`fill="url(#${id})"`);
  });
});

// Measured in Chromium: with its textLength taken away, each <text> that has one is within 10 %
// of that length (a line held to its measured width, never squashed or stretched to fit).
describe('dist/fallback/*.svg: text lines are not squashed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)('%s.%s.svg', async (tag, lang) => {
    const page = await browser.newPage();
    try {
      await page.setContent(`<!doctype html><body>${read(`${tag}.${lang}.svg`)}</body>`);
      const off = await page.evaluate(() =>
        [...document.querySelectorAll('text[textLength]')].flatMap((t) => {
          const held = Number(t.getAttribute('textLength'));
          const free = t.cloneNode(true) as SVGTextElement;
          free.removeAttribute('textLength');
          free.removeAttribute('lengthAdjust');
          t.after(free);
          const natural = free.getComputedTextLength();
          free.remove();
          const ratio = held / natural;
          return ratio < 0.9 || ratio > 1.1 ? [`${t.textContent} ${ratio.toFixed(2)}`] : [];
        }),
      );
      expect(off).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

// A fallback is the element with its default attributes; a tag with `issues=` draws fewer
// columns, so the fallback says in its text alternative what it holds: every actor and issue.
describe.each(LANGS)('the matrix fallback (%s) says what it shows', (lang) => {
  it('its text alternative names the number of actors and of issues, all of the dataset', () => {
    const all = JSON.parse(
      readFileSync(new URL('../../data/generated/article.json', import.meta.url), 'utf8'),
    ) as { actors: unknown[]; issues: unknown[] };
    const alt = read(`actor-stance-matrix.${lang}.html`).match(/alt="([^"]*)"/)![1]!;
    const words = lang === 'nl' ? ['actoren', 'kwesties'] : ['actors', 'issues'];
    expect(alt).toContain(`${all.actors.length} ${words[0]} × ${all.issues.length} ${words[1]}`);
  });
});
