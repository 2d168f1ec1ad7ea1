export * from './schema.js';
export { validateDataset, formatPath, type DatasetIssue, type ValidationResult } from './validate.js';
export { byId, countPositions, presenceIn, rungsOnPath, stanceMatrix, stanceOf } from './queries.js';
