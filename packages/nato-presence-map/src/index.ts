export { NatoPresenceMap, type NvScenarioChangeDetail } from './nato-presence-map.js';
export {
  VIEWS,
  PARALLELS,
  CENTRAL_MERIDIAN,
  aspectRatio,
  fitProjection,
  type View,
  type Fit,
} from './projection.js';
export { SCENARIOS, COUNTRY_ROLES, type CountryRole, type MapTopology } from './layers.js';
export { messages } from './messages.js';
