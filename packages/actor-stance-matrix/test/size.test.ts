import { describeElementSize } from '../../../tooling/size-suite.js';
import { measure, measureBaseline } from '../bench/size.mjs';

const [element, baseline] = await Promise.all([measure(), measureBaseline()]);

// 7.72 KB measured on 2026-12-03 before the move onto core's controllers, rounded up to the
// next 0.25 KB. After it, the share as tooling/size.mjs measures it is 9.80 KB: 1.91 KB of that is
// core's WidthController (with @lit-labs/observers), RovingFocusController, PopoverController,
// renderCitations and renderTableToggle, which the bare baseline leaves out; the element's own
// code beyond them is 7.90 KB. Left failing on purpose until the measure or the budget is
// settled (docs/decisions/actor-stance-matrix-size.md); not raised to pass.
describeElementSize('actor-stance-matrix', 8, { element, baseline });
