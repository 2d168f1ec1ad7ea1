import { define } from '@nato-viz/core';
import { EscalationLadder } from './escalation-ladder.js';

/** Registers `<escalation-ladder>` (guarded: safe to load twice). */
define('escalation-ladder', EscalationLadder);

export { EscalationLadder };
