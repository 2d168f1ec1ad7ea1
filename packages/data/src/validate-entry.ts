/**
 * `@nato-viz/data/validate`: the dataset validator and the valibot schemas. Kept out of the
 * main entry so that elements load them only when a page supplies its own dataset.
 */
export {
  validateDataset,
  formatPath,
  type DatasetIssue,
  type ValidationResult,
} from './validate.js';
export {
  ActorSchema,
  ArticleSchema,
  CitationSchema,
  ContextFactSchema,
  ContextSourceSchema,
  DatasetSchema,
  IdSchema,
  IssueSchema,
  LIMITS,
  LocalizedSchema,
  PresenceSchema,
  RegionSchema,
  RungSchema,
  StanceSchema,
} from './schema.js';
