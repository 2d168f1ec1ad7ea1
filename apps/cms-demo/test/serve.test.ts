// The start command's server (tooling/scripts/serve.mjs) answers as a CDN would: compressed
// (brotli, else gzip, as the request accepts), with cache headers and ETags, the demo under its
// CSP; and the demo article page has what readers and search engines look for first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launch } from './harness.js';
import { pickEncoding, type Served } from '../../../tooling/static-server.mjs';
import { startDemoServer } from '../../../tooling/scripts/serve.mjs';

const demo = (file: string) => readFileSync(new URL(`../dist/${file}`, import.meta.url));
let server: Served;
let base: string;
beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
  base = server.url;
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

/**
 * A GET by node:http: the path is sent as it is (fetch would resolve `..` first) and the body
 * arrives as sent (fetch would decode it).
 */
const rawGet = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    const { hostname, port } = new URL(base);
    httpGet({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', fail);
  });

describe('the start command’s server', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ])('pickEncoding(%j) is %s', (accept, expected) => {
    expect(pickEncoding(accept)).toBe(expected);
  });

  it('sends nato-viz.js brotli-compressed to a browser that accepts br, byte-identical once decoded', async () => {
    const res = await get('/demo/nato-viz.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    // fetch decodes the body; compare with the file and check the wire size was smaller.
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(demo('nato-viz.js'))).toBe(true);
    expect(Number(res.headers.get('content-length'))).toBeLessThan(demo('nato-viz.js').length / 3);
  });

  it('sends gzip where brotli is not accepted, and the file as it is where nothing is', async () => {
    const gz = await rawGet('/demo/nato-viz.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(demo('nato-viz.js'))).toBe(true);
    const plain = await get('/demo/nato-viz.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(demo('nato-viz.js'))).toBe(true);
  });

  it('decodes brotli as brotli (the stored body is real brotli)', async () => {
    const { body } = await rawGet('/demo/theme.css', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(body).equals(demo('theme.css'))).toBe(true);
  });

  it('does not compress what is compressed already (the icon)', async () => {
    const res = await get('/demo/favicon.png', { 'accept-encoding': 'br, gzip' });
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('lets the browser keep scripts and styles, revalidates pages, and answers a matching ETag with 304', async () => {
    const js = await get('/demo/nato-viz.js', { 'accept-encoding': 'br' });
    expect(js.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const page = await get('/demo/', { 'accept-encoding': 'br' });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const etag = js.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await get('/demo/nato-viz.js', {
      'accept-encoding': 'br',
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
  });
});

describe('the start command’s server: its index page, missing files, paths out of a folder, HEAD', () => {
  it('lists what was built at / (a page, revalidated, without the demo’s policy)', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(await res.text()).toContain('<a href="/demo/">CMS demo article</a>');
  });

  it('answers 404 outside its mounts and for a file that is not there', async () => {
    expect((await get('/nothing-here.js')).status).toBe(404);
    expect((await get('/demo/nothing-here.js')).status).toBe(404);
  });

  it('answers 403 for a path that climbs out of the demo’s folder', async () => {
    // The URL parser resolves `..` and `%2e%2e` itself; an encoded slash reaches the file system.
    expect((await rawGet('/demo/..%2fpackage.json')).status).toBe(403);
    expect((await rawGet('/demo/..%2f..%2f..%2fpackage.json')).status).toBe(403);
  });

  it('answers HEAD with the headers of a GET and no body', async () => {
    const head = await fetch(base + '/demo/theme.css', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(Number(head.headers.get('content-length'))).toBe(demo('theme.css').length);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });
});

describe('the demo article page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['/demo/', 'nl', 'Naar de inhoud'],
    ['/demo/en/', 'en', 'Skip to content'],
  ])(
    '%s has a skip link as its first Tab stop that moves focus to the content',
    async (path, _lang, label) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(base + path, { waitUntil: 'load' });
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const a = document.activeElement as HTMLAnchorElement;
        const r = a.getBoundingClientRect();
        return {
          text: a.textContent,
          href: a.getAttribute('href'),
          visible: r.top >= 0 && r.height > 0,
        };
      });
      expect(first).toEqual({ text: label, href: '#content', visible: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
      await page.close();
    },
  );

  it.each(['/demo/', '/demo/en/'])(
    '%s has a meta description and absolute hreflang alternates for both languages',
    async (path) => {
      const page = await browser.newPage();
      await page.goto(base + path, { waitUntil: 'load' });
      const head = await page.evaluate(() => ({
        description:
          document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute('hreflang'),
          l.getAttribute('href'),
        ]),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      }));
      await page.close();
      expect(head.description.length).toBeGreaterThan(50);
      expect(head.description.length).toBeLessThan(400);
      expect(Object.fromEntries(head.alternates)).toEqual({
        nl: 'http://127.0.0.1:4173/demo/',
        en: 'http://127.0.0.1:4173/demo/en/',
        'x-default': 'http://127.0.0.1:4173/demo/',
      });
      for (const [, href] of head.alternates) expect(new URL(href!).href).toBe(href);
      expect(head.canonical).toBe(
        path === '/demo/' ? 'http://127.0.0.1:4173/demo/' : 'http://127.0.0.1:4173/demo/en/',
      );
    },
  );

  it('the Dutch description is the article’s own first sentence', () => {
    const html = demo('index.html').toString('utf8');
    const description = html.match(/<meta name="description" content="([^"]+)">/)![1]!;
    expect(
      readFileSync(new URL('../../../data/source/article.nl.txt', import.meta.url), 'utf8'),
    ).toContain(description);
  });

  it('csp.html lays out at the phone’s width (viewport meta), not at 980 px', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(base + '/demo/csp.html', { waitUntil: 'load' });
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    await context.close();
    expect(width).toBe(390);
  });
});
