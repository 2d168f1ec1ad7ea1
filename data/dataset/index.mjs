// @ts-check
/**
 * The hand-curated dataset, as written (stances only where the article says something or
 * where a note helps). data/scripts/build.mjs validates it, fills the actor × issue grid and
 * writes packages/data/generated/article.json.
 */
import { actors } from './actors.mjs';
import { article } from './article.mjs';
import { context, presence, regions } from './geo.mjs';
import { issues } from './issues.mjs';
import { rungs } from './rungs.mjs';
import { stances } from './stances.mjs';

/** @type {import('../../packages/data/src/schema.js').DatasetInput} */
export const dataset = {
  $schema: './schema.json',
  version: 1,
  article,
  actors,
  issues,
  stances,
  rungs,
  presence,
  regions,
  context,
};
