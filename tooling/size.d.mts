import type { Metafile } from 'esbuild';

export interface Sizes {
  raw: number;
  gzip: number;
}
export interface Measured {
  initial: Sizes;
  lazy: Sizes;
  /** The source files bundled into the initial load, as absolute paths. */
  initialInputs: string[];
  /** The source files bundled into the chunks loaded on demand. */
  lazyInputs: string[];
  metafile: Metafile;
}
export declare const BASELINE: string;
export declare function measureBundle(
  entry: string | { contents: string; resolveDir: string },
  options?: { stubData?: boolean },
): Promise<Measured>;
export declare function bytesByPackage(metafile: Metafile): [string, number][];
export declare function breakdown(
  metafile: Metafile,
  own: string,
): { packages: [string, number][]; files: [string, number][] };
export declare const kb: (n: number) => string;
export declare function elementSize(
  packageDir: string,
  packageName: string,
): {
  measure(): Promise<Measured>;
  measureBaseline(): Promise<Measured>;
  print(): Promise<void>;
  shareBudgetKB: number;
};
