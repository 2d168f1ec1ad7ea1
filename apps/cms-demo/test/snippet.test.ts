// The README's CMS snippet, taken from README.md as it is, pasted into a plain page and into a
// themed page (a WordPress-like theme: serif body font, the column set on the content's
// children), with the module's response held back so the page is laid out and painted before
// the elements exist. The snippet's CDN URLs are answered from this build (no request leaves
// the machine). What a reader must get: no layout shift at 390 and 1280 px — the box each tag
// holds before the script runs is the box its element draws — and, without JavaScript, the
// fallback content in the page's column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OBSERVE, TAGS, drawn, launch } from './harness.js';
import { contentTypes } from '../../../tooling/static-server.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const embedDist = join(
  dirname(createRequire(import.meta.url).resolve('@nato-viz/embed/package.json')),
  'dist',
);
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The first ```html block under "## Using the components": the CMS snippet. */
export function readmeSnippet(text: string): string {
  const section = text.slice(text.indexOf('## Using the components'));
  const m = section.match(/```html\n([\s\S]*?)```/);
  if (!m) throw new Error('README.md has no html snippet under "## Using the components"');
  return m[1]!;
}
const snippet = readmeSnippet(readme);
const CDN = /^https:\/\/cdn\.jsdelivr\.net\/npm\/@nato-viz\/embed@[^/]+\/dist\/(.+)$/;

const text = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the article. ${'Body copy that wraps over several lines in the column. '.repeat(4)}</p>`,
  ).join('\n');

/** A page with nothing but the snippet in the body copy. */
const plain = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>plain</title><link rel="icon" href="data:,"></head><body>
<h1>Een artikel</h1>${text(1)}
${snippet}
${text(6)}
</body></html>`;

/** A theme like WordPress's: the column is a max-width on each child of the content, which an inline tag ignores. */
const themeCss = `*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:1.125rem/1.6 Georgia,'DejaVu Serif',serif;color:#1b1b1f}
.site-header{padding:1rem 2rem;border-bottom:4px solid;font-family:system-ui,sans-serif}
.entry-content{padding:0 1.25rem}
.entry-content > *{max-width:650px;margin:0 auto 1.5rem}
h1{font-size:clamp(1.6rem,4vw,2.3rem);line-height:1.15}`;
const themed = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>themed</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/theme.css"></head><body>
<header class="site-header">De Dagkrant</header>
<main><article class="entry-content"><h1>Een artikel</h1>${text(1)}
${snippet}
${text(6)}</article></main></body></html>`;

/** The themed page as it is without JavaScript: the embed's hosted fallback inside each tag. */
const fallbackOf = (tag: string, lang: string) =>
  readFileSync(join(embedDist, 'fallback', `${tag}.${lang}.html`), 'utf8').replace(
    `src="${tag}.${lang}.svg"`,
    `src="/fallback/${tag}.${lang}.svg"`,
  );
const withFallbacks = themed.replace(
  /<(nato-presence-map|escalation-ladder|actor-stance-matrix)([^>]*)><\/\1>/g,
  (_m, tag: string, attrs: string) => {
    const lang = /lang="en"/.test(attrs) ? 'en' : 'nl';
    return `<${tag}${attrs}>${fallbackOf(tag, lang)}</${tag}>`;
  },
);

const PAGES: Record<string, string> = {
  '/plain.html': plain,
  '/themed.html': themed,
  '/no-js.html': withFallbacks,
  '/theme.css': themeCss,
};
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A context where the page and the CDN are answered locally, nato-viz.js after `delay` ms. */
async function open(
  viewport: { width: number; height: number },
  { javaScript = true, delay = 1500 } = {},
) {
  const context = await browser.newContext({
    viewport,
    colorScheme: 'light',
    javaScriptEnabled: javaScript,
  });
  const outside: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const cdn = url.match(CDN);
    const local = new URL(url);
    if (cdn) {
      if (cdn[1] === 'nato-viz.js') await new Promise((r) => setTimeout(r, delay));
      return route.fulfill({
        body: readFileSync(join(embedDist, cdn[1]!)),
        contentType: contentTypes[extname(cdn[1]!) as keyof typeof contentTypes],
      });
    }
    if (local.hostname === 'page.test' && PAGES[local.pathname] !== undefined) {
      return route.fulfill({
        body: PAGES[local.pathname],
        contentType: contentTypes[extname(local.pathname) as keyof typeof contentTypes],
      });
    }
    if (local.hostname === 'page.test' && local.pathname.startsWith('/fallback/')) {
      return route.fulfill({
        body: readFileSync(join(embedDist, local.pathname)),
        contentType: 'image/svg+xml',
      });
    }
    outside.push(url);
    return route.abort();
  });
  return { context, outside };
}

const boxes = (page: Page) =>
  page.evaluate(
    (tags) =>
      tags.map((t) => {
        const r = document.querySelector(t)!.getBoundingClientRect();
        return { x: r.x, width: r.width, height: r.height };
      }),
    [...TAGS],
  );

describe('the README snippet', () => {
  it('links nato-viz.css and nato-viz.js and has the three tags', () => {
    expect(snippet).toMatch(/<link rel="stylesheet" href="[^"]+\/nato-viz\.css">/);
    expect(snippet).toMatch(/<script type="module" src="[^"]+\/nato-viz\.js"><\/script>/);
    for (const t of TAGS) expect(snippet).toContain(`<${t}`);
  });
});

describe.each(['/plain.html', '/themed.html'])(
  'the README snippet in %s, the script held back 1.5 s',
  (path) => {
    describe.each(VIEWPORTS)('at $width px', (viewport) => {
      let result: {
        cls: number;
        shifts: unknown[];
        before: Awaited<ReturnType<typeof boxes>>;
        after: Awaited<ReturnType<typeof boxes>>;
        defined: boolean;
        errors: string[];
        outside: string[];
      };
      let context: BrowserContext;
      beforeAll(async () => {
        const opened = await open(viewport);
        context = opened.context;
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.addInitScript(OBSERVE);
        await page.goto(`http://page.test${path}`, { waitUntil: 'commit' });
        // Laid out and painted, the module not yet run.
        await page.waitForFunction(
          () => document.querySelectorAll('p').length >= 7 && document.readyState !== 'loading',
        );
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        const defined = await page.evaluate(() => !!customElements.get('nato-presence-map'));
        const before = await boxes(page);
        await page.evaluate(drawn());
        await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        const after = await boxes(page);
        const shifts = await page.evaluate(
          () => (window as unknown as { __nv: { shifts: { value: number }[] } }).__nv.shifts,
        );
        result = {
          cls: shifts.reduce((a, s) => a + s.value, 0),
          shifts,
          before,
          after,
          defined,
          errors,
          outside: opened.outside,
        };
      });
      afterAll(async () => {
        await context?.close();
      });

      it('was measured before the module ran', () => {
        expect(result.defined).toBe(false);
      });

      it('has a cumulative layout shift of 0', () => {
        expect(result.shifts).toEqual([]);
        expect(result.cls).toBe(0);
      });

      it.each(TAGS.map((t, i) => [t, i] as const))(
        '<%s> holds the box its element draws',
        (tag, i) => {
          const { before, after } = result;
          expect(before[i]!.height, `${tag} reserved`).toBeGreaterThan(300);
          expect(
            Math.abs(after[i]!.height - before[i]!.height),
            `${tag}: reserved ${before[i]!.height}, drawn ${after[i]!.height}`,
          ).toBeLessThan(0.5);
          expect(after[i]!.x).toBe(before[i]!.x);
          expect(after[i]!.width).toBe(before[i]!.width);
        },
      );

      it('logs no error and asks no other host', () => {
        expect(result.errors).toEqual([]);
        expect(result.outside).toEqual([]);
      });
    });
  },
);

describe.each(VIEWPORTS)('without JavaScript, at $width px, in the themed page', (viewport) => {
  it('every tag and its fallback content sit in the column', async () => {
    const { context } = await open(viewport, { javaScript: false });
    const page = await context.newPage();
    await page.goto('http://page.test/no-js.html', { waitUntil: 'load' });
    const geometry = await page.evaluate(
      (tags) => {
        const column = document.querySelector('article > p')!.getBoundingClientRect();
        return {
          column: { x: column.x, width: column.width },
          tags: tags.map((t) => {
            const el = document.querySelector(t)!;
            const r = el.getBoundingClientRect();
            const fb = el.querySelector('.nv-fallback')!.getBoundingClientRect();
            return {
              tag: t,
              x: r.x,
              width: r.width,
              fbX: fb.x,
              fbWidth: fb.width,
              fbHeight: fb.height,
            };
          }),
        };
      },
      [...TAGS],
    );
    await context.close();
    for (const t of geometry.tags) {
      expect(t.x, t.tag).toBeCloseTo(geometry.column.x, 1);
      expect(t.width, t.tag).toBeCloseTo(geometry.column.width, 1);
      expect(t.fbX, t.tag).toBeCloseTo(geometry.column.x, 1);
      expect(t.fbWidth, t.tag).toBeLessThanOrEqual(geometry.column.width + 0.5);
      expect(t.fbHeight, t.tag).toBeGreaterThan(100);
    }
  });
});
