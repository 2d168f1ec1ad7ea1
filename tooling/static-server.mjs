// The one static file server of the repository: the README's start command
// (tooling/scripts/serve.mjs), the embed build's fallback renderer, the end-to-end tests and the
// benchmarks all use it. It answers, in this order:
//   1. `routes` (path → text made in memory: a benchmark page, a bundle), looked up at each
//      request, so a caller may add routes while the server runs;
//   2. files of the first mount whose prefix the path starts with (`index.html` for a
//      directory), 403 for a path that climbs out of it, 404 for anything else.
// Every response carries `headers`, a file also its mount's `headers` (the demo's CSP, say).
// Two opt-ins make it answer as a CDN would (the start command uses both): `compress` (files of
// text types in brotli or gzip, as the request accepts; routes are sent as they are) and
// `cacheControl` (a Cache-Control value per path; files then carry an ETag and Last-Modified,
// and a matching If-None-Match is answered with 304).
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

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

/** `br`, `gzip` or undefined: what an Accept-Encoding header accepts, brotli first (as CDNs prefer it). */
export function pickEncoding(acceptEncoding = '') {
  const accepted = new Map(
    acceptEncoding.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name, q ? Number(q.slice(2)) : 1];
    }),
  );
  const isAccepted = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (isAccepted('br')) return 'br';
  if (isAccepted('gzip')) return 'gzip';
  return undefined;
}

function compressBody(raw, encoding) {
  if (encoding === 'gzip') return gzipSync(raw, { level: 9 });
  return brotliCompressSync(raw, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
}

/** The type for a path's extension; a path without one (`/`, `/bench`) is a page. */
function contentTypeOf(path) {
  return contentTypes[extname(path) || '.html'] ?? 'application/octet-stream';
}

/**
 * Starts the server; resolves with its base URL (no trailing slash) and `close()`.
 * `dir` is shorthand for one mount at `/`. `port` 0 (the default) picks a free port.
 */
export async function serveStatic({
  dir,
  mounts = [],
  routes = {},
  headers = {},
  compress = false,
  cacheControl,
  port = 0,
  host = '127.0.0.1',
}) {
  const roots = [...mounts, ...(dir === undefined ? [] : [{ prefix: '/', dir }])].map((mount) => ({
    prefix: mount.prefix,
    root: resolve(mount.dir),
    headers: mount.headers ?? {},
  }));
  /** Compressed bodies by encoding and file, with the modification time they were made from. */
  const compressed = new Map();

  function compressedFile(file, encoding, mtimeMs) {
    const key = `${encoding}:${file}`;
    const cached = compressed.get(key);
    if (cached && cached.mtimeMs === mtimeMs) return cached.body;
    const body = compressBody(readFileSync(file), encoding);
    compressed.set(key, { mtimeMs, body });
    return body;
  }

  /** The encoding to send `file` in, or undefined to send it as it is. */
  function encodingFor(req, file) {
    if (!compress || !compressible.has(extname(file))) return undefined;
    return pickEncoding(String(req.headers['accept-encoding'] ?? ''));
  }

  /** Sends `body` (a Buffer, already compressed if it is to be) whole; only the headers for HEAD. */
  function send(req, res, status, responseHeaders, body) {
    res.writeHead(status, { ...responseHeaders, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** A route is small and made in memory: sent as it is, never compressed. */
  function serveRoute(req, res, path, text) {
    const routeHeaders = { 'content-type': contentTypeOf(path), ...headers };
    if (cacheControl) routeHeaders['cache-control'] = cacheControl(path, extname(path) || '.html');
    send(req, res, 200, routeHeaders, Buffer.from(text));
  }

  function serveFile(req, res, path, file, mount) {
    const stat = statSync(file);
    const ext = extname(file);
    const encoding = encodingFor(req, file);
    const fileHeaders = { 'content-type': contentTypeOf(file), ...headers, ...mount.headers };
    if (compress && compressible.has(ext)) fileHeaders.vary = 'Accept-Encoding';
    if (cacheControl) {
      // The ETag names the encoding too: a gzip body and a brotli body are different bytes.
      const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
      Object.assign(fileHeaders, {
        'cache-control': cacheControl(path, ext),
        etag,
        'last-modified': stat.mtime.toUTCString(),
      });
      const ifNoneMatch = String(req.headers['if-none-match'] ?? '')
        .split(',')
        .map((tag) => tag.trim());
      if (ifNoneMatch.includes(etag) || ifNoneMatch.includes('*'))
        return void res.writeHead(304, fileHeaders).end();
    }
    if (encoding) {
      return send(
        req,
        res,
        200,
        { ...fileHeaders, 'content-encoding': encoding },
        compressedFile(file, encoding, stat.mtimeMs),
      );
    }
    res.writeHead(200, { ...fileHeaders, 'content-length': stat.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return void res.writeHead(400, headers).end('Bad request');
    }
    if (routes[path] !== undefined) return serveRoute(req, res, path, routes[path]);
    const mount = roots.find((m) => path.startsWith(m.prefix));
    if (!mount) return void res.writeHead(404, headers).end('Not found');
    let file = normalize(join(mount.root, path.slice(mount.prefix.length)));
    if (file !== mount.root && !file.startsWith(mount.root + sep))
      return void res.writeHead(403, headers).end('Forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, headers).end('Not found');
    serveFile(req, res, path, file, mount);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
