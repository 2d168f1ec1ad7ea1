import { describeElementSize } from '../../../tooling/size-suite.js';
import { measure, measureBaseline } from '../bench/size.mjs';

const [element, baseline] = await Promise.all([measure(), measureBaseline()]);

// 7.72 KB measured on 2026-12-03, rounded up to the next 0.25 KB.
describeElementSize('actor-stance-matrix', 8, { element, baseline });
