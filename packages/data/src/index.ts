import raw from '../generated/article.json' with { type: 'json' };
import type { Dataset } from './schema.js';

export * from './schema.js';
export {
  validateDataset,
  formatPath,
  type DatasetIssue,
  type ValidationResult,
} from './validate.js';
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
