// What the WordPress tests share: the site from the global setup, PHP against it, publishing as
// a role, logging in, and Debian's Chromium with the page observers.
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { PASSWORD, USERS, phpRunner, type Role } from './wordpress.js';

export const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'] as const;

export const site = () => inject('wordpress');
export const php = (code: string) => phpRunner(site().root, site().url)(code);

/** PHP string literal. */
export const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Saves a post as `role` through wp_insert_post after wp_set_current_user, so WordPress's
 * content filter (KSES) runs as it does for that user in the editor. Returns its id and the
 * content as stored.
 */
export function publish(
  role: Role,
  title: string,
  content: string,
  tags: string[] = [],
): { id: number; stored: string; url: string } {
  const out = php(`
    wp_set_current_user(get_user_by('login', ${q(USERS[role])})->ID);
    $id = wp_insert_post(array('post_title' => ${q(title)}, 'post_content' => ${q(content)}, 'post_status' => 'publish', 'tags_input' => array(${tags.map(q).join(',')})), true);
    if (is_wp_error($id)) { echo json_encode(array('error' => $id->get_error_message())); return; }
    echo json_encode(array('id' => $id, 'stored' => get_post($id)->post_content, 'url' => get_permalink($id)));
  `);
  const r = JSON.parse(out) as { id: number; stored: string; url: string; error?: string };
  if (r.error) throw new Error(r.error);
  return r;
}

/** The README's snippet, as a producer pastes it into a Custom HTML block. */
export const README_SNIPPET = `<script type="module" src="https://cdn.jsdelivr.net/npm/@nato-viz/embed@0.1.0/dist/nato-viz.js"></script>

<nato-presence-map lang="nl"></nato-presence-map>
<escalation-ladder lang="en" path="deal"></escalation-ladder>
<actor-stance-matrix issues="ceasefire,leave-donbas,nato-air-policing"></actor-stance-matrix>`;

/** The same three charts in each of the three ways to place them. */
export const CONTENT = {
  block: [
    '<!-- wp:paragraph --><p>Before the charts.</p><!-- /wp:paragraph -->',
    '<!-- wp:nato-viz/chart {"chart":"map","lang":"nl"} /-->',
    '<!-- wp:nato-viz/chart {"chart":"ladder","lang":"en","path":"deal"} /-->',
    '<!-- wp:nato-viz/chart {"chart":"matrix","issues":["ceasefire","leave-donbas","nato-air-policing"]} /-->',
    '<!-- wp:paragraph --><p>After the charts.</p><!-- /wp:paragraph -->',
  ].join('\n\n'),
  shortcode: [
    'Before the charts.',
    '[nato-viz chart="map" lang="nl"]',
    '[nato-viz chart="ladder" lang="en" path="deal"]',
    '[nato-viz chart="matrix" issues="ceasefire,leave-donbas,nato-air-policing"]',
    'After the charts.',
  ].join('\n\n'),
  pasted: [
    '<!-- wp:paragraph --><p>Before the charts.</p><!-- /wp:paragraph -->',
    `<!-- wp:html -->\n${README_SNIPPET}\n<!-- /wp:html -->`,
    '<!-- wp:paragraph --><p>After the charts.</p><!-- /wp:paragraph -->',
  ].join('\n\n'),
} as const;
export type Kind = keyof typeof CONTENT;

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** Logs `role` in through wp-login.php in a new context. */
export async function loginContext(
  browser: Browser,
  role: Role,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${site().url}/wp-login.php`);
  await page.fill('#user_login', USERS[role]);
  await page.fill('#user_pass', PASSWORD);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  await page.close();
  return context;
}

/**
 * Runs before any page script: records layout shifts (buffered, from the very start) and
 * whether any script the tests did not expect ran (a hostile value that executed).
 */
export const OBSERVE = `
  window.__nv = { shifts: [], executed: [] };
  window.alert = window.confirm = window.prompt = (m) => window.__nv.executed.push(String(m));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.__nv.shifts.push({ value: e.value, sources: (e.sources || []).map((s) => s.node ? (s.node.localName || s.node.nodeName) : '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

/**
 * In the page: resolves once every chart on it is defined, updated and has drawn (its base
 * part ready, an SVG or table in it), and two frames have passed.
 */
export const DRAWN = `(async () => {
  const tags = ${JSON.stringify(TAGS)};
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const els = tags.flatMap((t) => [...document.querySelectorAll(t)]);
  await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
  for (;;) {
    await Promise.all(els.map((el) => el.updateComplete));
    const settled = (el) => el.shadowRoot && (el.shadowRoot.querySelector('[data-state="error"]') ||
      (el.shadowRoot.querySelector('[part~="base"][data-state="ready"]') && el.shadowRoot.querySelector('svg, table, ul, ol')));
    if (els.every(settled)) break;
    await frame();
  }
  await frame();
  return els.map((el) => ({ tag: el.localName, height: el.getBoundingClientRect().height, error: !!el.shadowRoot.querySelector('[data-state="error"]') }));
})()`;

export interface Visit {
  page: Page;
  errors: string[];
  outside: string[];
  /** Each chart's height while its script was held back (the reserved box). */
  reserved: { tag: string; height: number }[];
  /** Each chart once drawn. */
  drawn: { tag: string; height: number; error: boolean }[];
  shifts: { value: number; sources: string[] }[];
  overflow: number;
  executed: string[];
}

/**
 * Opens `url` with the charts' script held back until the page has been laid out with the
 * fallbacks (their heights are recorded then), lets it load, waits until every chart has drawn
 * and reports what a reader would notice.
 */
export async function visit(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<Visit> {
  const context = await browser.newContext({ viewport, colorScheme: 'light' });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (/^(https?|wss?):$/.test(u.protocol) && u.hostname !== '127.0.0.1') outside.push(r.url());
  });
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let requested!: () => void;
  const scriptRequested = new Promise<void>((r) => (requested = r));
  await page.route('**/nato-viz/assets/nato-viz.js*', async (route) => {
    requested();
    await held;
    await route.continue();
  });
  // Not 'domcontentloaded': that waits for the module script, which is held back.
  await page.goto(url, { waitUntil: 'commit' });
  // A page without a chart loads no script at all.
  const withScript = await Promise.race([
    scriptRequested.then(() => true),
    page.waitForLoadState('load').then(() => false),
  ]);
  if (withScript)
    await page.waitForSelector('script[src*="nato-viz/assets/nato-viz.js"]', { state: 'attached' });
  // The page is parsed and laid out with the fallbacks: the script has not run.
  const reserved = await page.evaluate(
    (tags) =>
      new Promise<{ tag: string; height: number }[]>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(
              tags.flatMap((t) =>
                [...document.querySelectorAll(t)].map((el) => {
                  if (customElements.get(t))
                    throw new Error(`${t} was defined before its script was released`);
                  return { tag: t, height: el.getBoundingClientRect().height };
                }),
              ),
            ),
          ),
        ),
      ),
    [...TAGS],
  );
  release();
  const drawn = (await page.evaluate(DRAWN)) as Visit['drawn'];
  await page.waitForLoadState('networkidle');
  const observed = await page.evaluate(() => {
    const nv = (
      window as unknown as {
        __nv: { shifts: { value: number; sources: string[] }[]; executed: string[] };
      }
    ).__nv;
    return { ...nv, overflow: document.documentElement.scrollWidth - window.innerWidth };
  });
  return { page, errors, outside, reserved, drawn, ...observed };
}
