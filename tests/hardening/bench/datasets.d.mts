import type { Dataset } from '@nato-viz/data';
export function withRungs(base: Dataset, n: number): Dataset;
export function withPresence(base: Dataset, n: number, regions?: number, context?: number): Dataset;
export function withGrid(base: Dataset, actors: number, issues: number, stated?: number): Dataset;
