import type { Metafile } from 'esbuild';

type Bytes = { raw: number; gzip: number };
type Measured = { initial: Bytes; lazy: Bytes; metafile: Metafile };

/** The budget from issue 6, gzip bytes of the initial load. */
export const BUDGET_GZIP: number;
/** `{ initial, lazy, metafile }` of dist/define.js (see tooling/size.mjs). */
export function measure(): Promise<Measured>;
/** The same for an empty `NvDataElement`: lit + core alone. */
export function measureBaseline(): Promise<Measured>;
