export declare const BUDGET_GZIP: number;
export declare const OWN_BUDGET_GZIP: number;
export declare function measure(): Promise<{ raw: number; gzip: number }>;
export declare function measureBaseline(): Promise<{ raw: number; gzip: number }>;
