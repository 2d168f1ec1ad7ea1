// The synthetic 50 actors × 40 issues dataset both benchmarks draw: the test fixture
// (test/fixtures/synthetic.ts, also the stress story's data), bundled into a script that puts it
// on `window.synthetic`, so the benchmarks, the browser tests and the story draw the same cells.
import { build } from 'esbuild';

export const ACTORS = 50;
export const ISSUES = 40;

/** The script (text) that sets `window.synthetic` to `syntheticMatrix(ACTORS, ISSUES)`. */
export async function syntheticScript() {
  const out = await build({
    stdin: {
      contents: `import { syntheticMatrix } from '../test/fixtures/synthetic.ts';
window.synthetic = syntheticMatrix(${ACTORS}, ${ISSUES});`,
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  return out.outputFiles[0].text;
}
