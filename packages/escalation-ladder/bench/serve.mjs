// Bundles bench/page.ts and serves it on 127.0.0.1 (random port) for the benchmark, with the
// repository's static server (tooling/static-server.mjs).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../../tooling/static-server.mjs';

/** Starts the server; resolves to `{ url, close }`, `url` ending in `/` (the bench page). */
export async function serve() {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>escalation-ladder bench</title>
<style>body{margin:0;font-family:system-ui}#host{width:var(--w,960px)}</style></head>
<body><div id="host"></div><script type="module" src="/page.js"></script></body></html>`;
  const server = await serveStatic({ routes: { '/': page, '/page.js': out.outputFiles[0].text } });
  return { url: `${server.url}/`, close: server.close };
}
