// The built Storybook (storybook-static, made by this app's `build`, which Turbo runs before
// `test`) in headless Chromium: the docs pages render their Markdown (tables, inline code), the
// embed snippets are the README's, the toolbar's Language reaches the elements, the horizontal
// ladder is horizontal on its docs page, and the API tables list the elements' public API only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { serveStatic, type Served } from '../../../tooling/static-server.mjs';

const staticDir = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const embedVersion = (
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../../packages/embed/package.json', import.meta.url)),
      'utf8',
    ),
  ) as { version: string }
).version;
const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'] as const;
/** Internal state the manifests used to list as public (issue 19). */
const INTERNAL = [
  'width',
  'activeKey',
  'pinned',
  'focusIndex',
  'tableOpen',
  'active',
  'open',
  'layout',
  'compact',
];

let served: Served;
let browser: Browser;
let docsIds: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${staticDir}index.json`))
    throw new Error('No storybook-static/index.json: run the app’s `build` first.');
  const index = JSON.parse(readFileSync(`${staticDir}index.json`, 'utf8')) as {
    entries: Record<string, { id: string; type: string }>;
  };
  docsIds = Object.values(index.entries)
    .filter((e) => e.type === 'docs')
    .map((e) => e.id);
  served = await serveStatic({ dir: staticDir });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** A docs page of the preview iframe (what the manager shows at ?path=/docs/<id>), rendered. */
async function docsPage(id: string, width = 1050): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${served.url}/iframe.html?id=${id}&viewMode=docs`);
  await page.waitForSelector('#storybook-docs h1', { timeout: 60_000 });
  // Blocks and live stories render after the title: wait until the elements have drawn.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('#storybook-docs *')]
        .filter((e) => e.localName.includes('-') && customElements.get(e.localName))
        .every((e) => (e as HTMLElement & { hasUpdated?: boolean }).hasUpdated !== false),
    undefined,
    { timeout: 60_000 },
  );
  return page;
}

/** A story alone, with the toolbar's globals set as the manager's URL sets them. */
async function storyPage(id: string, globals: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${served.url}/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
  await page.waitForSelector('#storybook-root > *', { timeout: 60_000 });
  return page;
}

/** Text shown outside code (`pre`, `code`) that contains a backtick or a Markdown table rule. */
function rawMarkdown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(
      document.querySelector('#storybook-docs') as Node,
      NodeFilter.SHOW_TEXT,
    );
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n as Text).data;
      if (
        (text.includes('`') || /\|\s*-{3,}\s*\|/.test(text)) &&
        !n.parentElement?.closest('pre, code, textarea')
      )
        found.push(text.trim());
    }
    return found;
  });
}

describe('the built Storybook', () => {
  it('has the docs pages', () => {
    expect(docsIds).toEqual(
      expect.arrayContaining([
        'docs-introduction--docs',
        'docs-embedding-in-a-cms--docs',
        'docs-theming--docs',
        'docs-changelog--docs',
      ]),
    );
  });

  it('Introduction renders its Markdown table as a table', async () => {
    const page = await docsPage('docs-introduction--docs');
    const table = await page.evaluate(() => {
      const t = [...document.querySelectorAll('#storybook-docs table')].find(
        (x) => x.querySelector('th')?.textContent?.trim() === 'Element',
      );
      return t
        ? {
            head: [...t.querySelectorAll('thead th')].map((c) => c.textContent?.trim()),
            tags: [...t.querySelectorAll('tbody tr td:first-child code')].map((c) => c.textContent),
          }
        : null;
    });
    expect(table).toEqual({
      head: ['Element', 'Shows'],
      tags: ['<nato-presence-map>', '<escalation-ladder>', '<actor-stance-matrix>'],
    });
    expect(await rawMarkdown(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('no docs page shows raw backticks or table pipes as text (Markdown from the READMEs, manifests and changesets is rendered)', async () => {
    const raw: string[] = [];
    for (const id of docsIds) {
      const page = await docsPage(id);
      raw.push(...(await rawMarkdown(page)).map((t) => `${id}: ${t}`));
      await page.close();
    }
    expect(raw).toEqual([]);
  }, 600_000);

  it('Theming renders the inline code of the parts and custom properties the manifests describe', async () => {
    const page = await docsPage('docs-theming--docs');
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-docs table')]
        .filter((t) => t.caption?.textContent?.startsWith('Styling API'))
        .flatMap((t) => [...t.querySelectorAll('tbody td:nth-child(2)')])
        .map((td) => ({
          text: td.textContent ?? '',
          code: [...td.querySelectorAll('code')].map((c) => c.textContent),
        })),
    );
    // Issue 19 counted 21 cells with literal backticks here; each is now code, e.g. the defaults.
    expect(cells.filter((c) => c.code.length > 0).length).toBeGreaterThanOrEqual(21);
    for (const c of cells.filter((x) => /\(default --nv-/.test(x.text)))
      expect(c.code[0], c.text).toMatch(/^--nv-/);
    expect(cells.filter((c) => c.text.includes('`'))).toEqual([]);
    await page.close();
  }, 120_000);

  it('Embedding shows the package version and snippets with the stylesheet the README has', async () => {
    const page = await docsPage('docs-embedding-in-a-cms--docs');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#storybook-docs pre')].some((p) =>
          p.textContent?.includes('<noscript>'),
        ),
      undefined,
      {
        timeout: 60_000,
      },
    );
    const text = await page.evaluate(
      () => document.querySelector('#storybook-docs')?.textContent ?? '',
    );
    expect(text).not.toContain('{EMBED_VERSION}');
    expect(text).toContain(`@nato-viz/embed@${embedVersion}`);
    const snippets = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-docs pre')]
        .map((p) => p.textContent ?? '')
        .filter((t) => t.includes('cdn.jsdelivr.net')),
    );
    expect(snippets.length).toBe(4); // the page's two tags, then one snippet per element
    const css = `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@nato-viz/embed@${embedVersion}/dist/nato-viz.css">`;
    const js = `<script type="module" src="https://cdn.jsdelivr.net/npm/@nato-viz/embed@${embedVersion}/dist/nato-viz.js"></script>`;
    for (const s of snippets) expect(s.startsWith(`${css}\n${js}`), s).toBe(true);
    await page.close();
  }, 120_000);

  it.each(TAGS)(
    'the embed code on the <%s> page has the stylesheet too',
    async (tag) => {
      const page = await docsPage(`elements-${tag}--docs`);
      const snippets = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-docs pre')]
          .map((p) => p.textContent ?? '')
          .filter((t) => t.includes('cdn.jsdelivr.net')),
      );
      expect(snippets).toEqual([
        `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@nato-viz/embed@${embedVersion}/dist/nato-viz.css">\n` +
          `<script type="module" src="https://cdn.jsdelivr.net/npm/@nato-viz/embed@${embedVersion}/dist/nato-viz.js"></script>\n` +
          `<${tag} lang="nl"></${tag}>`,
      ]);
      await page.close();
    },
    120_000,
  );
});

describe('the toolbar’s Language', () => {
  const defaults = {
    'nato-presence-map': 'deal',
    'escalation-ladder': 'default',
    'actor-stance-matrix': 'default',
  } as const;

  /** The element's language and the text it shows, once drawn. */
  async function shown(page: Page, tag: string): Promise<{ lang: string; text: string }> {
    await page.waitForFunction(
      (t) =>
        (document.querySelector(t) as (HTMLElement & { hasUpdated?: boolean }) | null)
          ?.hasUpdated === true,
      tag,
      {
        timeout: 60_000,
      },
    );
    return page.evaluate(async (t) => {
      const el = document.querySelector(t) as HTMLElement & {
        resolvedLang: string;
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      await new Promise((done) => setTimeout(done, 500));
      await el.updateComplete;
      return {
        lang: el.resolvedLang,
        text:
          el.shadowRoot?.querySelector('figcaption, caption, h2, h3')?.textContent?.trim() ?? '',
      };
    }, tag);
  }

  it.each(TAGS)(
    'sets the language of <%s> in a story that sets none',
    async (tag) => {
      const story = `elements-${tag}--${defaults[tag]}`;
      const en = await storyPage(story, 'lang:en');
      const nl = await storyPage(story, 'lang:nl');
      const english = await storyPage(`elements-${tag}--english`, 'lang:nl');
      const [inEn, inNl, englishStory] = await Promise.all([
        shown(en, tag),
        shown(nl, tag),
        shown(english, tag),
      ]);
      expect(inEn.lang).toBe('en');
      expect(inNl.lang).toBe('nl');
      expect(inEn.text).not.toBe('');
      expect(inEn.text).not.toBe(inNl.text);
      // The "English" story sets lang="en" on purpose: English on a Dutch page, the same text.
      expect(englishStory.lang).toBe('en');
      expect(englishStory.text).toBe(inEn.text);
      await Promise.all([en.close(), nl.close(), english.close()]);
    },
    180_000,
  );
});

describe('element docs pages', () => {
  it('draw the "Horizontal" ladder story horizontally, without widening the page', async () => {
    const page = await docsPage('elements-escalation-ladder--docs');
    const drawn = await page.evaluate(() => {
      const at = (id: string) =>
        (
          document.querySelector(`#anchor--elements-escalation-ladder--${id} escalation-ladder`) as
            (HTMLElement & { drawnOrientation: string }) | null
        )?.drawnOrientation;
      return {
        horizontal: at('horizontal'),
        default: at('default'),
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(drawn).toEqual({ horizontal: 'horizontal', default: 'vertical', pageOverflow: 0 });
    await page.close();
  }, 120_000);

  it.each(TAGS)(
    '<%s>: the API table lists its observed attributes as attributes, and no internal state',
    async (tag) => {
      const page = await docsPage(`elements-${tag}--docs`);
      const { sections, observed } = await page.evaluate((t) => {
        const table = document.querySelector('#storybook-docs table.docblock-argstable');
        const out: Record<string, string[]> = {};
        let section = '';
        for (const row of table?.querySelectorAll('tbody tr') ?? []) {
          // A section's row is its toggle ("Hide attributes items"); then a row per arg.
          const name = row.querySelector('td:first-child span')?.textContent?.trim() ?? '';
          if (/^(Hide|Show) .+ items$/.test(row.getAttribute('title') ?? ''))
            section = name.toLowerCase();
          else (out[section] ??= []).push(name);
        }
        const ctor = customElements.get(t) as unknown as { observedAttributes: string[] };
        return { sections: out, observed: [...ctor.observedAttributes] };
      }, tag);
      expect([...(sections.attributes ?? [])].sort()).toEqual([...observed].sort());
      const everything = Object.values(sections).flat();
      for (const name of INTERNAL) expect(everything, name).not.toContain(name);
      await page.close();
    },
    120_000,
  );
});
