// Bundles dist/define.js with all its dependencies (lit, core, data), minified ESM for the
// browser, with the dataset and topology JSON of @nato-viz/data stubbed out, and prints the
// raw and gzip sizes. test/size.test.ts runs the same function against the budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The element's size budget, gzip bytes (issue 5). */
export const BUDGET_GZIP = 14 * 1024;
/** What the element may add to the lit + core + data baseline, gzip bytes: a guard against growth (measured 9.1 KB). */
export const OWN_BUDGET_GZIP = 9.5 * 1024;

const stubJson = {
  name: 'stub-data-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/]data[\\/]generated[\\/].*\.json$/ }, () => ({ contents: '{}', loader: 'json' }));
  },
};

const options = {
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    plugins: [stubJson],
};

function sizes(out) {
  const code = out.outputFiles[0].contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/** `{ raw, gzip }` bytes of the minified bundle of `dist/define.js`. */
export async function measure() {
  return sizes(await build({ ...options, entryPoints: [fileURLToPath(new URL('../dist/define.js', import.meta.url))] }));
}

/**
 * The same for the smallest possible element on core's `NvDataElement` (lit + core + the data
 * package's validation): what every data element pays before drawing anything.
 */
export async function measureBaseline() {
  const contents = `import { NvDataElement, define } from '@nato-viz/core';
    class Empty extends NvDataElement { get defaultData() { return { version: 1 }; } renderData() { return null; } }
    define('nv-size-baseline', Empty);`;
  const resolveDir = fileURLToPath(new URL('..', import.meta.url));
  return sizes(await build({ ...options, stdin: { contents, resolveDir, loader: 'js' } }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => (n / 1024).toFixed(2);
  const el = await measure();
  const base = await measureBaseline();
  console.log(`escalation-ladder bundle:          ${kb(el.raw)} KB raw, ${kb(el.gzip)} KB gzip (budget ${kb(BUDGET_GZIP)} KB gzip)`);
  console.log(`baseline (lit + core + data):      ${kb(base.raw)} KB raw, ${kb(base.gzip)} KB gzip`);
  console.log(`the element's own share:           ${kb(el.raw - base.raw)} KB raw, ${kb(el.gzip - base.gzip)} KB gzip`);
}
