// What the end-to-end tests, the packed-tarball test and the start command's test share: a static
// server for a directory on 127.0.0.1 (random port) with the demo's Content-Security-Policy, a
// headless Debian Chromium, and the set-up that starts both for a test file and closes them after.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_CSP } from '../../../tooling/scripts/serve.mjs';

/**
 * The policy tooling/scripts/serve.mjs sends with the demo: what strict newsroom pages use. No
 * `data:` in img-src: the demo's fallbacks point at hosted .svg files, its icon is a file.
 */
export const CSP = DEMO_CSP;

export const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'] as const;

export { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';

export type { Served } from '../../../tooling/static-server.mjs';
import { serveStatic, type Served } from '../../../tooling/static-server.mjs';

interface ServeOptions {
  /** Path → HTML made by the test, served before the files. */
  routes?: Record<string, string>;
  /** Sent with every response; by default the demo's CSP. */
  headers?: Record<string, string>;
}

/** Serves `routes` and `dir`, every response with `headers` (by default the demo's CSP). */
export function serve(
  dir: string,
  { routes = {}, headers = { 'content-security-policy': CSP } }: ServeOptions = {},
): Promise<Served> {
  return serveStatic({ dir, routes, headers });
}

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...extraArgs],
    headless: true,
  });
}

/** A served directory and a browser, ready once the file's `beforeAll` hooks have run. */
export interface ServerAndBrowser {
  readonly server: Served;
  readonly browser: Browser;
}

/**
 * Call at the top of a test file (or a `describe`): before its tests, serves `dir` (see `serve`)
 * and starts Chromium; after them, closes both. `dir` may be a function, for a directory that an
 * earlier `beforeAll` makes. Read `server` and `browser` inside the tests, not before.
 */
export function useServerAndBrowser(
  dir: string | (() => string),
  options: ServeOptions = {},
): ServerAndBrowser {
  const started: { server?: Served; browser?: Browser } = {};
  beforeAll(async () => {
    started.server = await serve(typeof dir === 'function' ? dir() : dir, options);
    started.browser = await launch();
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
  return {
    get server() {
      if (!started.server)
        throw new Error('The server starts in beforeAll: read it inside a test.');
      return started.server;
    },
    get browser() {
      if (!started.browser)
        throw new Error('The browser starts in beforeAll: read it inside a test.');
      return started.browser;
    },
  };
}

/**
 * Runs before any page script: records CSP violations and layout shifts from the very start.
 * (Injected by the browser driver, so the page's CSP does not apply to it.)
 */
export const OBSERVE = `
  window.__nv = { violations: [], shifts: [], longest: 0 };
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__nv.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '').split('/').pop() + ':' + e.lineNumber);
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.__nv.shifts.push({ value: e.value, sources: (e.sources || []).map((s) => s.node ? (s.node.localName || s.node.nodeName) : '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__nv.longest = Math.max(window.__nv.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * In the page (a string, so no transpiler helper leaks into it): resolves with
 * `performance.now()` once every tag on the page is defined, updated and has drawn its SVG or
 * table.
 */
export const drawn = (tags: readonly string[] = TAGS): string => `(async () => {
  const tags = ${JSON.stringify(tags)};
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const els = tags.flatMap((t) => [...document.querySelectorAll(t)]);
  for (;;) {
    await Promise.all(els.map((el) => el.updateComplete));
    if (els.every((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="base"][data-state="ready"]') && el.shadowRoot.querySelector('svg, table, ul, ol'))) break;
    await frame();
  }
  await frame();
  return performance.now();
})()`;
