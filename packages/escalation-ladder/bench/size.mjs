// Size of the element bundle, measured with the shared tool (tooling/size.mjs): dist/define.js
// with every dependency (lit, core, data), minified ESM for browsers, code splitting on — what
// loads only when a page supplies its own dataset (the validator) counts as `lazy` — and the
// dataset and topology JSON of @nato-viz/data stubbed out (a page pays for them once, whichever
// elements it uses). test/size.test.ts checks the same figures against the budgets.
// Usage: node bench/size.mjs   (after `pnpm build`)
import { fileURLToPath } from 'node:url';
import { elementSize } from '../../../tooling/size.mjs';

const tools = elementSize(fileURLToPath(new URL('..', import.meta.url)), 'escalation-ladder');

/** `{ initial, lazy, initialInputs, lazyInputs, metafile }` of dist/define.js (see tooling/size.mjs). */
export const measure = tools.measure;

/** The same for the smallest element on core's `NvDataElement`: what lit + core cost. */
export const measureBaseline = tools.measureBaseline;

if (process.argv[1] === fileURLToPath(import.meta.url)) await tools.print();
