#!/usr/bin/env node
// The README's start command ends here: a static server on localhost for what the build made —
// Storybook at /storybook/ and the CMS demo article at /demo/. No outside requests; the demo is
// served with the strict Content-Security-Policy newsroom pages use. Responses are compressed
// (brotli or gzip, as the browser accepts) and carry cache headers and ETags, as a CDN would.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib, { brotliCompressSync, gzipSync } from 'node:zlib';

const root = resolve(new URL('../..', import.meta.url).pathname);
const port = Number(process.env.PORT || 4173);
const host = process.env.HOST || '127.0.0.1';

/** URL prefix → directory, in the order they are listed on the index page. */
export const mounts = [
  { prefix: '/storybook/', dir: join(root, 'apps/storybook/storybook-static'), title: 'Storybook' },
  { prefix: '/demo/', dir: join(root, 'apps/cms-demo/dist'), title: 'CMS demo article' },
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

function indexPage() {
  const links = mounts
    .filter((m) => existsSync(m.dir))
    .map((m) => `<li><a href="${m.prefix}">${m.title}</a></li>`)
    .join('');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>nato-viz</title>
<h1>nato-viz</h1><ul>${links || '<li>Nothing built yet.</li>'}</ul></html>`;
}

/** Types worth compressing (images and fonts are compressed already). */
const compressible = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.map',
  '.txt',
  '.md',
]);
/** Compressed bodies, by file, encoding and modification time: each file is compressed once. */
const compressed = new Map();

/** `br`, `gzip` or undefined: what the request accepts, brotli first (as CDNs prefer it). */
export function pickEncoding(acceptEncoding = '') {
  const accepted = new Map(
    acceptEncoding.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name, q ? Number(q.slice(2)) : 1];
    }),
  );
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : undefined;
}

function compress(file, encoding, mtimeMs) {
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const raw = readFileSync(file);
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        })
      : gzipSync(raw, { level: 9 });
  compressed.set(key, { mtimeMs, body });
  return body;
}

/**
 * How long a browser may keep a response, as a CDN would send it: Storybook's hashed assets
 * never change (a year, immutable); pages are revalidated on every visit (their ETag makes that
 * a 304); everything else — nato-viz.js and its neighbours, which keep their names across
 * builds — for ten minutes, then revalidated.
 */
export function cacheControl(prefix, relativePath, ext) {
  if (ext === '.html') return 'no-cache';
  if (prefix === '/storybook/' && /^assets\/.+-[\w-]{8,}\.\w+$/.test(relativePath))
    return 'public, max-age=31536000, immutable';
  return 'public, max-age=600, must-revalidate';
}

/** The server for `mounts`: compressed, cacheable responses with ETags and 304s. */
export function createDemoServer() {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-cache' });
      res.end(indexPage());
      return;
    }
    const mount = mounts.find((m) => url.pathname.startsWith(m.prefix));
    if (!mount) {
      res.writeHead(404).end('Not found');
      return;
    }
    let file = normalize(
      join(mount.dir, decodeURIComponent(url.pathname.slice(mount.prefix.length))),
    );
    if (!file.startsWith(mount.dir)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('Not found');
      return;
    }
    const stat = statSync(file);
    const ext = extname(file);
    const encoding = compressible.has(ext)
      ? pickEncoding(String(req.headers['accept-encoding'] ?? ''))
      : undefined;
    const tag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
    const headers = {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl(mount.prefix, file.slice(mount.dir.length + 1), ext),
      etag: tag,
      'last-modified': stat.mtime.toUTCString(),
    };
    if (compressible.has(ext)) headers.vary = 'Accept-Encoding';
    if (mount.prefix === '/demo/') headers['content-security-policy'] = csp;
    const match = String(req.headers['if-none-match'] ?? '')
      .split(',')
      .map((t) => t.trim());
    if (match.includes(tag) || match.includes('*')) {
      res.writeHead(304, headers).end();
      return;
    }
    if (encoding) {
      const body = compress(file, encoding, stat.mtimeMs);
      res.writeHead(200, {
        ...headers,
        'content-encoding': encoding,
        'content-length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': stat.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = createDemoServer();
  server.listen(port, host, () => {
    console.log(
      `\nnato-viz is served on http://${host}:${port}/ (brotli/gzip, with cache headers)`,
    );
    for (const m of mounts) {
      if (existsSync(m.dir))
        console.log(`  ${m.title.padEnd(18)} http://${host}:${port}${m.prefix}`);
    }
    console.log('Press Ctrl+C to stop.');
  });
}
