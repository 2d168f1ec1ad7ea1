// Deactivate, uninstall, and install again through Plugins → Add New → Upload Plugin, as an
// administrator would: the posts stay readable without the plugin, nothing of it is left
// behind, and the uploaded zip works.
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ZIP } from './global-setup.js';
import { DRAWN, README_SNIPPET, launch, loginContext, php, publish, site } from './harness.js';

let browser: Browser;
let blockPost: ReturnType<typeof publish>;
let pastedPost: ReturnType<typeof publish>;

beforeAll(async () => {
  browser = await launch();
  // The block as the editor saves it: the server renders it, the saved figure is the fallback.
  const fb = JSON.parse(readFileSync(join(site().plugins, 'nato-viz/data/fallbacks.json'), 'utf8'))[
    'nato-presence-map'
  ]['nl'];
  const src = `${site().url}/wp-content/plugins/nato-viz/assets/fallback/${fb.svg}`;
  const alt = (fb.alt as string)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  blockPost = publish(
    'author',
    'lifecycle block',
    `<!-- wp:nato-viz/chart {"chart":"map","lang":"nl"} -->\n<figure class="wp-block-nato-viz-chart nv-wp-saved"><img src="${src}" alt="${alt}" width="${fb.width}" height="${fb.height}"/></figure>\n<!-- /wp:nato-viz/chart -->`,
  );
  pastedPost = publish(
    'author',
    'lifecycle pasted',
    `<!-- wp:html -->\n${README_SNIPPET}\n<!-- /wp:html -->`,
  );
});
afterAll(async () => {
  await browser?.close();
});

/** What a reader sees of the post: pictures shown, and charts drawn. */
async function read(url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location()?.url ?? ''})`),
  );
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  const pictures = await page.evaluate(() =>
    [...document.querySelectorAll('.wp-block-post-content img')]
      .filter(
        (i) =>
          (i as HTMLImageElement).complete &&
          (i as HTMLImageElement).naturalWidth > 0 &&
          i.getClientRects().length > 0,
      )
      .map((i) => i.getAttribute('alt')?.slice(0, 40)),
  );
  const defined = await page.evaluate(() => customElements.get('nato-presence-map') !== undefined);
  const drawn = defined ? ((await page.evaluate(DRAWN)) as { tag: string; error: boolean }[]) : [];
  await context.close();
  return { pictures, drawn, errors };
}

describe('deactivated', () => {
  beforeAll(() => {
    php(
      `require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins('nato-viz/nato-viz.php');`,
    );
  });

  it('a block post still shows the chart’s picture and its text alternative', async () => {
    const r = await read(blockPost.url);
    expect(r.drawn).toEqual([]);
    expect(r.pictures).toEqual([expect.stringMatching(/^Wie zou waar staan|^\S/)]);
    expect(r.errors).toEqual([]);
  });

  it('pasted tags keep their place in the post (WordPress prints them as written)', async () => {
    const html = await (await fetch(pastedPost.url)).text();
    expect(html).toContain('<nato-presence-map lang="nl"></nato-presence-map>');
  });
});

describe('uninstalled', () => {
  beforeAll(() => {
    php(`
      update_option('nato_viz_probe', 1); set_transient('nato_viz_probe', 1);
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      require_once ABSPATH . 'wp-admin/includes/file.php';
      $r = delete_plugins(array('nato-viz/nato-viz.php'));
      if (is_wp_error($r)) { echo $r->get_error_message(); }
    `);
  });

  it('leaves no file, option or transient behind', () => {
    expect(existsSync(join(site().plugins, 'nato-viz'))).toBe(false);
    const left = php(
      `global $wpdb; echo $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '%nato_viz%' OR option_value LIKE '%nato-viz/nato-viz.php%'");`,
    );
    expect(left).toBe('0');
  });
});

describe('installed again through Plugins → Add New → Upload Plugin', () => {
  it('installs and activates from the zip', async () => {
    const context = await loginContext(browser, 'administrator');
    const page = await context.newPage();
    await page.goto(`${site().url}/wp-admin/plugin-install.php?tab=upload`);
    await page.setInputFiles('#pluginzip', ZIP);
    await page.click('#install-plugin-submit');
    await page.getByText('Plugin installed successfully.').waitFor();
    await page.getByRole('link', { name: 'Activate Plugin' }).click();
    await page.getByText('Plugin activated.').waitFor();
    await context.close();
    expect(existsSync(join(site().plugins, 'nato-viz', 'nato-viz.php'))).toBe(true);
  });

  it('draws the charts of the posts again', async () => {
    const block = await read(blockPost.url);
    const pasted = await read(pastedPost.url);
    expect(block.drawn.map((d) => [d.tag, d.error])).toEqual([['nato-presence-map', false]]);
    expect(pasted.drawn.map((d) => d.tag)).toEqual([
      'nato-presence-map',
      'escalation-ladder',
      'actor-stance-matrix',
    ]);
    expect([...block.errors, ...pasted.errors]).toEqual([]);
  });
});
