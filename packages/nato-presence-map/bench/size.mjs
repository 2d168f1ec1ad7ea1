// Size of the element bundle: dist/define.js with all its dependencies (lit, d3-geo,
// topojson-client, core, data's schema), minified ESM for browsers — the dataset and topology
// JSON stubbed out, since a page pays for those once whichever element it uses.
// Usage: node bench/size.mjs [--metafile]   (after `pnpm build`)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The budget from issue 4, in bytes of gzip. */
export const BUDGET_GZIP = 20 * 1024;

/** Stubs the data: the dataset and topology JSON of @nato-viz/data resolve to `{}`. */
const stubData = {
  name: 'stub-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/]generated[\\/].*\.json$/ }, () => ({ contents: '{}', loader: 'json' }));
  },
};

/** Bundles `entry` (default dist/define.js) and returns its sizes and esbuild's metafile. */
export async function measure(entry = path.join(here, '../dist/define.js')) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    plugins: [stubData],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, code, metafile: result.metafile };
}

/** Bytes of output per package, largest first. */
export function byPackage(metafile) {
  const sizes = {};
  for (const out of Object.values(metafile.outputs)) {
    for (const [file, info] of Object.entries(out.inputs)) {
      const m = file.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
      const key = m ? m[1] : /(^|\/)core\//.test(file) ? '@nato-viz/core' : /(^|\/)data\//.test(file) ? '@nato-viz/data' : 'element';
      sizes[key] = (sizes[key] ?? 0) + info.bytesInOutput;
    }
  }
  return Object.entries(sizes).sort((a, b) => b[1] - a[1]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { raw, gzip, metafile } = await measure();
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`nato-presence-map bundle: ${kb(raw)} KB minified, ${kb(gzip)} KB gzip (budget ${kb(BUDGET_GZIP)} KB gzip)`);
  console.log('minified bytes by package:');
  for (const [name, bytes] of byPackage(metafile)) console.log(`  ${name.padEnd(28)} ${String(bytes).padStart(7)}`);
  if (gzip > BUDGET_GZIP) process.exitCode = 1;
}
