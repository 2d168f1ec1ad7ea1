import { define } from '@nato-viz/core';
import { ActorStanceMatrix } from './actor-stance-matrix.js';

/** The tag name. */
export const TAG = 'actor-stance-matrix';

define(TAG, ActorStanceMatrix);

export { ActorStanceMatrix };
