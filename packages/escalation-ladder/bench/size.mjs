// Bundles dist/define.js with all its dependencies (lit, core, data), minified ESM for the
// browser, with the dataset and topology JSON of @nato-viz/data stubbed out, and prints the
// raw and gzip sizes. test/size.test.ts runs the same function against the budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The element's size budget, gzip bytes (issue 5). */
export const BUDGET_GZIP = 14 * 1024;

const stubJson = {
  name: 'stub-data-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/]data[\\/]generated[\\/].*\.json$/ }, () => ({ contents: '{}', loader: 'json' }));
  },
};

/** `{ raw, gzip }` bytes of the minified bundle of `dist/define.js`. */
export async function measure() {
  const entry = fileURLToPath(new URL('../dist/define.js', import.meta.url));
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    plugins: [stubJson],
  });
  const code = out.outputFiles[0].contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, gzip } = await measure();
  const kb = (n) => (n / 1024).toFixed(2);
  console.log(`escalation-ladder bundle: ${kb(raw)} KB raw, ${kb(gzip)} KB gzip (budget ${kb(BUDGET_GZIP)} KB gzip)`);
}
