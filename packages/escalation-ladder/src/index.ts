export { EscalationLadder, LADDER_PATHS, type RungSelectDetail } from './escalation-ladder.js';
export {
  BRANCHES,
  MIN_HORIZONTAL_STEP,
  MIN_HORIZONTAL_WIDTH,
  ORIENTATIONS,
  defaultCurrent,
  effectiveOrientation,
  estimateHeight,
  layoutLadder,
  nextRung,
  wrapLines,
  type Branch,
  type LadderLayout,
  type NavKey,
  type Orientation,
  type PassThrough,
  type PlacedRung,
  type RailSegment,
} from './layout.js';
export { summarize } from './summary.js';
export { messages } from './messages.js';
