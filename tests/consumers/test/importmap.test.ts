// The README's no-bundler example, as written: its import map and module script in a page,
// every CDN URL answered from the files installed in this workspace (nothing leaves the
// machine), each third-party version checked against the one installed. All three elements
// must draw from the single packages, with no error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { blocks, readme, root } from './readme.js';

const html = readmeImportMap();
/** The html block that starts with `<!-- import map -->`. */
function readmeImportMap(): string {
  const found = blocks(readme(), 'html').filter((b) => b.startsWith('<!-- import map -->'));
  if (found.length !== 1)
    throw new Error(
      `expected one html block starting "<!-- import map -->", found ${found.length}`,
    );
  return found[0]!;
}
const CDN = /^https:\/\/cdn\.jsdelivr\.net\/npm\/((?:@[^/]+\/)?[^@/]+)@([^/]+)\/(.*)$/;
/** Where the packages are installed: the workspace's own, and their dependencies'. */
const BASES = [
  'tests/consumers',
  'packages/nato-presence-map',
  'packages/data',
  'packages/core',
].map((d) => join(root, d));

/** The node_modules folders to look in: the workspace's, and (pnpm's store) those that hold the packages' own dependencies. */
const MODULE_DIRS = (() => {
  const dirs = BASES.map((b) => join(b, 'node_modules'));
  for (const dep of ['lit', 'lit-element', 'lit-html', 'd3-geo']) {
    for (const d of [...dirs]) {
      const found = join(d, dep);
      if (existsSync(found)) dirs.push(join(realpathSync(found), '..'));
    }
  }
  return [...new Set(dirs)];
})();

function packageDir(name: string): string | undefined {
  for (const d of MODULE_DIRS) {
    if (existsSync(join(d, name, 'package.json'))) return realpathSync(join(d, name));
  }
  return undefined;
}

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

describe('the README’s import map (no bundler)', () => {
  it('has an entry for every bare import of the published code', () => {
    const map = JSON.parse(html.match(/<script type="importmap">([\s\S]*?)<\/script>/)![1]!) as {
      imports: Record<string, string>;
    };
    expect(Object.keys(map.imports)).toEqual(
      expect.arrayContaining([
        'lit',
        'd3-geo',
        'valibot',
        '@nato-viz/core',
        '@nato-viz/data',
        '@nato-viz/data/validate',
      ]),
    );
  });

  it('loads the three single packages from it, and they draw', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const versions: string[] = [];
    const missing: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === 'http://page.test/')
        return route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"></head><body>${html}</body></html>`,
        });
      const m = url.match(CDN);
      if (!m) {
        missing.push(url);
        return route.abort();
      }
      const [, name, version, path] = m;
      const dir = packageDir(name!);
      if (!dir) {
        missing.push(url);
        return route.fulfill({ status: 404, body: '' });
      }
      const installed = (
        JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }
      ).version;
      // The nato-viz pins name the coming release (release.test.ts checks them); the rest must be what is installed.
      if (!name!.startsWith('@nato-viz/') && installed !== version)
        versions.push(`${name}@${version} (installed: ${installed})`);
      const file = join(dir, path!);
      if (!existsSync(file)) {
        missing.push(url);
        return route.fulfill({ status: 404, body: '' });
      }
      return route.fulfill({
        body: readFileSync(file),
        contentType: file.endsWith('.json') ? 'application/json' : 'text/javascript',
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('http://page.test/', { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'].every((t) =>
          document
            .querySelector(t)
            ?.shadowRoot?.querySelector(
              '[part~="base"][data-state="ready"] svg, [part~="base"][data-state="ready"] table, [part~="base"][data-state="ready"] ul',
            ),
        ),
      undefined,
      { timeout: 30_000 },
    );
    await context.close();
    expect(missing).toEqual([]);
    expect(versions).toEqual([]);
    expect(errors).toEqual([]);
  });
});
