import { define } from '@nato-viz/core';
import { NatoPresenceMap } from './nato-presence-map.js';

/** Registers `<nato-presence-map>` (guarded: loading the bundle twice is harmless). */
define('nato-presence-map', NatoPresenceMap);

export { NatoPresenceMap };
