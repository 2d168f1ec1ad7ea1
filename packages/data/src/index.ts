import raw from '../generated/article.json' with { type: 'json' };
import type { Dataset } from './schema.js';

export * from './constants.js';
export type {
  Actor,
  ActorKind,
  Article,
  Basis,
  Citation,
  ContextFact,
  ContextSource,
  Dataset,
  DatasetInput,
  Domain,
  Issue,
  Localized,
  Path,
  Position,
  Presence,
  PresenceStatus,
  Region,
  RegionKind,
  Rung,
  RungStatus,
  Scenario,
  Stance,
} from './schema.js';
// The validator and the valibot schemas (~4 KB gzip) are a separate entry point,
// `@nato-viz/data/validate`, so elements load them only when a page supplies a dataset.
// Importing them here would put them in every element's bundle, even unused: bundlers
// split code by file, not by export.
export {
  byId,
  countPositions,
  presenceIn,
  rungsOnPath,
  stanceMatrix,
  stanceOf,
} from './queries.js';

/**
 * The article of 2025-12-17 as a cited dataset, with the full actor × issue grid of stances
 * (`not-stated` where the article is silent). Validated when it is generated and by this
 * package's tests, so importing it costs no validation at run time.
 */
export const dataset: Dataset = raw as Dataset;
