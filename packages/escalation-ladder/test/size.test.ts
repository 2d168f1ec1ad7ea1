import { describeElementSize } from '../../../tooling/size-suite.js';
import { measure, measureBaseline } from '../bench/size.mjs';

const [element, baseline] = await Promise.all([measure(), measureBaseline()]);

// 8.90 KB measured on 2026-12-03 with core's WidthController on a plain ResizeObserver (9.73 KB
// while it was on @lit-labs/observers), rounded up: docs/decisions/escalation-ladder-size.md.
describeElementSize('escalation-ladder', 9, { element, baseline });
