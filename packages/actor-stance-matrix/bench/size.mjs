// Bundle size of the element: esbuild bundles dist/define.js with every dependency (lit, core,
// data incl. valibot), minified ESM for the browser, with @nato-viz/data's JSON (the dataset and
// topology) stubbed out; prints raw and gzip bytes. `--own` also measures the element's own code
// with lit and @nato-viz/* left external (what this package adds to a page that already has them).
// Usage: node bench/size.mjs [--own]   (after `pnpm build`)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/define.js', import.meta.url));

/** Resolves every `*.json` imported from @nato-viz/data to `{}`: the dataset is not the element. */
const stubDataJson = {
  name: 'stub-data-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/]generated[\\/].*\.json$/ }, () => ({ contents: '{}', loader: 'json' }));
  },
};

/** Minified, gzipped size of the element bundle. `own`: lit and @nato-viz/* stay external. */
export async function measure({ own = false } = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    plugins: [stubDataJson],
    external: own ? ['lit', 'lit/*', '@nato-viz/*'] : [],
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  const full = await measure();
  const own = await measure({ own: true });
  console.table({
    'define.js + all deps (dataset stubbed)': { raw: kb(full.raw), gzip: kb(full.gzip) },
    'element code only (lit, @nato-viz/* external)': { raw: kb(own.raw), gzip: kb(own.gzip) },
  });
}
