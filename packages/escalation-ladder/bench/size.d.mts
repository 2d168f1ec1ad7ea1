import type { Metafile } from 'esbuild';

interface Sizes {
  raw: number;
  gzip: number;
}
interface Measured {
  initial: Sizes;
  lazy: Sizes;
  metafile: Metafile;
}
export declare const BUDGET_GZIP: number;
export declare function measure(): Promise<Measured>;
export declare function measureBaseline(): Promise<Measured>;
