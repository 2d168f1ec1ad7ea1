// The block editor, as an Author: a new post, the block from the inserter, its language and
// path changed in the inspector (the live chart in the canvas follows), published, viewed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DRAWN, launch, loginContext, site } from './harness.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  context = await loginContext(browser, 'author', { width: 1400, height: 1000 });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  // WordPress 6.1's welcome guide shows pictures from w.org, which this machine cannot reach:
  // those failed requests are WordPress's own, not the plugin's; every other error counts.
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const at = m.location()?.url ?? '';
    if (
      m.text().startsWith('Failed to load resource') &&
      at &&
      new URL(at).hostname !== '127.0.0.1'
    )
      return;
    // …and an Author may not read the theme's templates, all categories or the site settings,
    // which the editor asks for anyway (403).
    if (
      /status of 403/.test(m.text()) &&
      /rest_route=%2Fwp%2Fv2%2F(templates|categories|settings)/.test(at)
    )
      return;
    errors.push(`${m.text()} (${at})`);
  });
});
afterAll(async () => {
  await browser?.close();
});

/** The live ladder in the editor canvas: its attributes and its drawn caption. */
const preview = () =>
  page.evaluate(async () => {
    const el = document.querySelector('.editor-styles-wrapper escalation-ladder') as
      (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    if (!el) return null;
    await customElements.whenDefined('escalation-ladder');
    await el.updateComplete;
    return {
      lang: el.getAttribute('lang'),
      path: el.getAttribute('path'),
      caption: el.shadowRoot?.querySelector('[part~="caption"]')?.textContent?.trim() ?? '',
    };
  });

describe('the block editor as an Author', () => {
  it('inserts the block from the inserter', async () => {
    await page.goto(`${site().url}/wp-admin/post-new.php`);
    await page.waitForFunction(
      () => (window as unknown as { wp?: { data?: unknown } }).wp?.data !== undefined,
    );
    // WordPress 6.1 greets a new user with its welcome guide: close it as a reader would.
    const guide = page.locator('.edit-post-welcome-guide');
    await guide.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await guide.waitFor({ state: 'detached' });
    await page
      .locator('.editor-post-title__input, [aria-label="Add title"]')
      .first()
      .fill('Made in the block editor');
    await page
      .getByRole('button', { name: /Toggle block inserter|Add block/ })
      .first()
      .click();
    await page.getByPlaceholder('Search').fill('nato-viz');
    await page.getByRole('option', { name: /nato-viz chart/ }).click();
    await page.locator('.editor-styles-wrapper nato-presence-map').waitFor({ state: 'attached' });
    expect(
      await page.evaluate(() =>
        document.querySelector('.editor-styles-wrapper nato-presence-map')?.getAttribute('lang'),
      ),
    ).toBe('en');
  });

  it('changes chart, lang and path in the inspector, and the preview follows', async () => {
    // The block's settings are in the editor's Settings sidebar: open it if it is closed.
    const settings = page.getByRole('button', { name: 'Settings', exact: true });
    if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
    const inspector = page.locator('.block-editor-block-inspector');
    await inspector.getByLabel('Chart', { exact: true }).selectOption('ladder');
    await page.locator('.editor-styles-wrapper escalation-ladder').waitFor({ state: 'attached' });
    const before = await preview();
    // The element reflects its path (both, by default).
    expect(before).toMatchObject({ lang: 'en', path: 'both' });
    await inspector.getByLabel('Language', { exact: true }).selectOption('nl');
    await inspector.getByLabel('Path', { exact: true }).selectOption('deal');
    await page.waitForFunction(
      () =>
        document.querySelector('.editor-styles-wrapper escalation-ladder')?.getAttribute('path') ===
        'deal',
    );
    const after = await preview();
    expect(after).toMatchObject({ lang: 'nl', path: 'deal' });
    // Drawn anew in Dutch: the caption is the Dutch one.
    expect(after!.caption).not.toBe(before!.caption);
    expect(after!.caption).toContain('escalatieladder');
  });

  it('publishes, and the post shows the chart as set', async () => {
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .locator('.editor-post-publish-panel')
      .getByRole('button', { name: 'Publish', exact: true })
      .click();
    await page.locator('.post-publish-panel__postpublish').waitFor();
    const url = await page.evaluate(() =>
      (
        window as unknown as { wp: { data: { select(s: string): { getPermalink(): string } } } }
      ).wp.data
        .select('core/editor')
        .getPermalink(),
    );
    const view = await context.newPage();
    await view.goto(url);
    const drawn = (await view.evaluate(DRAWN)) as { tag: string; error: boolean }[];
    const attrs = await view.evaluate(() => {
      const el = document.querySelector('escalation-ladder')!;
      return { lang: el.getAttribute('lang'), path: el.getAttribute('path') };
    });
    await view.close();
    expect(drawn).toEqual([{ tag: 'escalation-ladder', height: expect.any(Number), error: false }]);
    expect(attrs).toEqual({ lang: 'nl', path: 'deal' });
    // The saved block carries its static picture for a site without the plugin.
    const stored = await page.evaluate(() =>
      (
        window as unknown as {
          wp: { data: { select(s: string): { getEditedPostContent(): string } } };
        }
      ).wp.data
        .select('core/editor')
        .getEditedPostContent(),
    );
    expect(stored).toMatch(
      /<figure class="wp-block-nato-viz-chart nv-wp-saved"><img src="[^"]+escalation-ladder\.nl\.svg" alt="De escalatieladder/,
    );
  });

  it('logged no error', () => {
    expect(errors).toEqual([]);
  });
});
