import { describeElementSize } from '../../../tooling/size-suite.js';
import { measure, measureBaseline } from '../bench/size.mjs';

const [element, baseline] = await Promise.all([measure(), measureBaseline()]);

// Issue 17 (information design) raised the share to 10.22 KB and the ratchet to 10.25 KB: see the
// decision record, open for the lead. Before it: 9.05 KB measured on 2026-12-03 after the move onto core's controllers, with main's core of
// that day (its WidthController on a plain ResizeObserver), rounded up to the next 0.25 KB; on
// this branch's older core it is 9.83 KB. That is over the 8.5 KB budget: about 1.2 KB of the
// share is core code the matrix now uses (WidthController, RovingFocusController,
// PopoverController, renderCitations, renderTableToggle), which the Lit + core baseline (an
// empty NvDataElement) does not count. See docs/decisions/actor-stance-matrix-size.md.
// 10.44 KB measured on 2026-12-03 after the hardening round (schema limits, tables filled in
// slices, reference checks) and the design pass, rounded up: over the budget, which shows as a
// todo until it is met (docs/decisions/).
describeElementSize('actor-stance-matrix', 10.5, { element, baseline });
