import type { Measured } from '../../../tooling/size.mjs';

export declare function measure(): Promise<Measured>;
export declare function measureBaseline(): Promise<Measured>;
