#!/usr/bin/env node
// The README's start command ends here: a static server on localhost for what the build made —
// Storybook at /storybook/ and the CMS demo article at /demo/. No outside requests; the demo is
// served with the strict Content-Security-Policy newsroom pages use. Responses are compressed
// (brotli or gzip, as the browser accepts) and carry cache headers and ETags, as a CDN would.
// The server itself is tooling/static-server.mjs; this file says what it serves and how long a
// browser may keep it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../static-server.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);

/** The policy strict newsroom pages use; the demo is served with it. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** URL prefix → directory, in the order they are listed on the index page. */
export const mounts = [
  { prefix: '/storybook/', dir: join(root, 'apps/storybook/storybook-static'), title: 'Storybook' },
  {
    prefix: '/demo/',
    dir: join(root, 'apps/cms-demo/dist'),
    title: 'CMS demo article',
    headers: { 'content-security-policy': DEMO_CSP },
  },
];

function indexPage() {
  const links = mounts
    .filter((m) => existsSync(m.dir))
    .map((m) => `<li><a href="${m.prefix}">${m.title}</a></li>`)
    .join('');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>nato-viz</title>
<h1>nato-viz</h1><ul>${links || '<li>Nothing built yet.</li>'}</ul></html>`;
}

/**
 * How long a browser may keep a response, as a CDN would send it: Storybook's hashed assets
 * never change (a year, immutable); pages are revalidated on every visit (their ETag makes that
 * a 304); everything else — nato-viz.js and its neighbours, which keep their names across
 * builds — for ten minutes, then revalidated.
 */
export function cacheControl(path, ext) {
  if (ext === '.html') return 'no-cache';
  if (/^\/storybook\/assets\/.+-[\w-]{8,}\.\w+$/.test(path))
    return 'public, max-age=31536000, immutable';
  return 'public, max-age=600, must-revalidate';
}

/** Starts the server for `mounts`, with the index page at `/`; resolves with `{ url, close }`. */
export function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  return serveStatic({
    mounts,
    routes: { '/': indexPage() },
    compress: true,
    cacheControl,
    port,
    host,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startDemoServer({
    port: Number(process.env.PORT || 4173),
    host: process.env.HOST || '127.0.0.1',
  });
  console.log(`\nnato-viz is served on ${server.url}/ (brotli/gzip, with cache headers)`);
  for (const m of mounts) {
    if (existsSync(m.dir)) console.log(`  ${m.title.padEnd(18)} ${server.url}${m.prefix}`);
  }
  console.log('Press Ctrl+C to stop.');
}
