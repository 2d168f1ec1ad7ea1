#!/usr/bin/env node
// The README's start command ends here: a static server on localhost for what the build made —
// Storybook at /storybook/ and the CMS demo article at /demo/. No outside requests; the demo is
// served with the strict Content-Security-Policy newsroom pages use.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

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

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': types['.html'] });
    res.end(indexPage());
    return;
  }
  const mount = mounts.find((m) => url.pathname.startsWith(m.prefix));
  if (!mount) {
    res.writeHead(404).end('Not found');
    return;
  }
  let file = normalize(join(mount.dir, decodeURIComponent(url.pathname.slice(mount.prefix.length))));
  if (!file.startsWith(mount.dir)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end('Not found');
    return;
  }
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
  if (mount.prefix === '/demo/') headers['content-security-policy'] = csp;
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`\nnato-viz is served on http://${host}:${port}/`);
  for (const m of mounts) {
    if (existsSync(m.dir)) console.log(`  ${m.title.padEnd(18)} http://${host}:${port}${m.prefix}`);
  }
  console.log('Press Ctrl+C to stop.');
});
