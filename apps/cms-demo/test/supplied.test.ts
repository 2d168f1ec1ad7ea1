// The embed keeps the README's promise: the code that parses, validates and fetches a dataset a
// page supplies (nato-viz.supplied.js, next to nato-viz.js) is fetched only when a page
// supplies one — never on the demo article, once when a tag has `data` or `src` — and the page
// still has one script tag.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OBSERVE, drawn, useServerAndBrowser } from './harness.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const dataset = readFileSync(
  new URL('../../../packages/data/generated/article.json', import.meta.url),
  'utf8',
);
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const page = (
  body: string,
) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title>
<link rel="icon" href="/favicon.png"><script type="module" src="/nato-viz.js"></script></head><body>${body}</body></html>`;
const routes: Record<string, string> = {
  '/dataset.json': dataset,
  '/with-src.html': page(
    '<escalation-ladder src="/dataset.json"></escalation-ladder><nato-presence-map></nato-presence-map>',
  ),
  '/with-data.html': page(
    `<actor-stance-matrix data="${attr(dataset)}"></actor-stance-matrix><actor-stance-matrix data="${attr(dataset)}"></actor-stance-matrix>`,
  ),
};

const demo = useServerAndBrowser(dist, { routes });

async function load(path: string, tags: string[]) {
  const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.addInitScript(OBSERVE);
  await p.goto(demo.server.url + path, { waitUntil: 'load' });
  await p.evaluate(drawn(tags));
  await p.waitForLoadState('networkidle');
  const scripts = await p.evaluate(() => document.querySelectorAll('script').length);
  await context.close();
  return { requests, errors, scripts };
}

describe('nato-viz.supplied.js', () => {
  it.each(['/index.html', '/en/index.html', '/csp.html'])(
    'is not requested on the demo page %s',
    async (path) => {
      const { requests, errors } = await load(path, [
        'nato-presence-map',
        'escalation-ladder',
        'actor-stance-matrix',
      ]);
      expect(requests.filter((r) => r.endsWith('/nato-viz.js'))).toHaveLength(1);
      expect(requests.filter((r) => r.includes('supplied'))).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it.each([
    ['src', '/with-src.html', ['escalation-ladder', 'nato-presence-map']],
    ['data', '/with-data.html', ['actor-stance-matrix']],
  ])(
    'is requested once, next to nato-viz.js, when a tag has `%s`, and the element draws it',
    async (_attr, path, tags) => {
      const { requests, errors, scripts } = await load(path, tags);
      expect(requests.filter((r) => r.includes('supplied'))).toEqual(['/nato-viz.supplied.js']);
      expect(scripts).toBe(1);
      expect(errors).toEqual([]);
    },
  );
});
