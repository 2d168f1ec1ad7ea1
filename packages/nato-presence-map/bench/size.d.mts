type Sizes = { raw: number; gzip: number };
type Measured = { initial: Sizes; lazy: Sizes; metafile: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> } };
export declare const BUDGET_GZIP: number;
export declare function measure(): Promise<Measured>;
export declare function measureBaseline(): Promise<Measured>;
