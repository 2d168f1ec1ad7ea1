// Size of the element bundle, measured with the shared tool (tooling/size.mjs): dist/define.js
// with every dependency (lit, core, data, d3-geo), minified ESM for browsers, code splitting
// on — what loads only when a page supplies its own dataset (the validator) counts as `lazy` —
// and the dataset and topology JSON of @nato-viz/data stubbed out (a page pays for them once,
// whichever elements it uses). test/size.test.ts runs the same functions.
// Usage: node bench/size.mjs   (after `pnpm build`)
import { fileURLToPath } from 'node:url';
import { elementSize } from '../../../tooling/size.mjs';

/** The budget from issue 4, gzip bytes of the initial load. */
export const BUDGET_GZIP = 20 * 1024;

const tools = elementSize(fileURLToPath(new URL('..', import.meta.url)), 'nato-presence-map');

/** `{ initial, lazy, metafile }` of dist/define.js (see tooling/size.mjs). */
export const measure = tools.measure;

/** The same for the smallest element on core's `NvDataElement`: what lit + core cost. */
export const measureBaseline = tools.measureBaseline;

if (process.argv[1] === fileURLToPath(import.meta.url)) await tools.print(BUDGET_GZIP);
