export interface ElementEntry {
  readonly tag: string;
  readonly className: string;
  readonly packageName: string;
  readonly dir: string;
  readonly enums: Readonly<Record<string, string>>;
  readonly shareBudgetKB: number;
}
export declare const ELEMENTS: readonly ElementEntry[];
export declare const TAGS: readonly string[];
export declare const CORE_BUDGET_KB: number;
export declare const EMBED_BUDGET_KB: { readonly gzip: number; readonly brotli: number };
export declare function elementByTag(tag: string): ElementEntry;
