// Size of the element bundle, measured with the shared tool (tooling/size.mjs): dist/define.js
// with every dependency (lit, core, d3-geo; TopoJSON is decoded by src/topology.ts), minified ESM for browsers, code
// splitting on — what loads only when a page supplies its own dataset (the validator) counts as
// `lazy` — and the dataset and topology JSON of @nato-viz/data stubbed out (a page pays for them
// once, whichever elements it uses). test/size.test.ts runs the same functions.
// Usage: node bench/size.mjs   (after `pnpm build`)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kb, measureBundle } from '../../../tooling/size.mjs';

/** The budget from issue 4, gzip bytes of the initial load. */
export const BUDGET_GZIP = 20 * 1024;

const entry = fileURLToPath(new URL('../dist/define.js', import.meta.url));
const resolveDir = fileURLToPath(new URL('..', import.meta.url));

/** `{ initial, lazy, metafile }` of dist/define.js (see tooling/size.mjs). */
export const measure = () => measureBundle(entry);

/** The same for the smallest element on core's `NvDataElement`: what lit + core cost before any map code. */
export const measureBaseline = () =>
  measureBundle({
    contents: `import { NvDataElement, define } from '@nato-viz/core';
      class Empty extends NvDataElement { get defaultData() { return { version: 1 }; } renderData() { return null; } }
      define('nv-size-baseline', Empty);`,
    resolveDir,
  });

/**
 * Minified bytes in the initial load by package, and by file of this package. (The metafile's
 * paths are relative to the working directory, so they are resolved before grouping.)
 */
export function breakdown(metafile) {
  const packages = {};
  const files = {};
  for (const out of Object.values(metafile.outputs)) {
    for (const [file, input] of Object.entries(out.inputs)) {
      const abs = path.resolve(file);
      const dep = abs.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/)?.[1];
      const own = abs.match(/packages\/([^/]+)\/(.+)$/);
      const name = dep ?? (own ? `@nato-viz/${own[1]}` : file);
      packages[name] = (packages[name] ?? 0) + input.bytesInOutput;
      if (!dep && own?.[1] === 'nato-presence-map') files[own[2]] = (files[own[2]] ?? 0) + input.bytesInOutput;
    }
  }
  const sorted = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]);
  return { packages: sorted(packages), files: sorted(files) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [el, base] = await Promise.all([measure(), measureBaseline()]);
  const line = (name, s) => `${name.padEnd(34)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`;
  console.log(line('initial (budget 20 KB gzip)', el.initial));
  console.log(line('lazy (only for a supplied dataset)', el.lazy));
  console.log(line('baseline: lit + core (initial)', base.initial));
  console.log(`${'element share (initial − baseline)'.padEnd(34)} ${kb(el.initial.raw - base.initial.raw).padStart(9)} raw ${kb(el.initial.gzip - base.initial.gzip).padStart(9)} gzip`);
  const { packages, files } = breakdown(el.metafile);
  console.log('minified bytes by package (initial and lazy):');
  for (const [name, bytes] of packages) console.log(`  ${name.padEnd(32)} ${String(bytes).padStart(7)}`);
  console.log('minified bytes by file of this package:');
  for (const [name, bytes] of files) console.log(`  ${name.padEnd(32)} ${String(bytes).padStart(7)}`);
  if (el.initial.gzip > BUDGET_GZIP) process.exitCode = 1;
}
