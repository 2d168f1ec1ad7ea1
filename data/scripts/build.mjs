// build.mjs — regenerates packages/data/generated from the hand-curated dataset and the map
// packages. Deterministic: same inputs, same bytes (no timestamps, no absolute paths).
//
//   node scripts/build.mjs [outDir] [--no-measure]
//
// outDir defaults to ../packages/data/generated. Writes article.json (the dataset, validated,
// with the full actor × issue grid), schema.json (JSON Schema of the dataset), europe.topo.json,
// topology-report.json and article.nl.txt (a copy of the source, for tests).
// Needs packages/data/dist (the compiled schema): `pnpm --filter @nato-viz/data build` first;
// packages/data's `generate` script does that.

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { toJsonSchema } from '@valibot/to-json-schema';
import { dataset } from '../dataset/index.mjs';
import { buildTopology } from './topology.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const outDir = resolve(
  args.find((a) => !a.startsWith('--')) ?? resolve(root, '../packages/data/generated'),
);
const measure = !args.includes('--no-measure');

const distEntry = resolve(root, '../packages/data/dist/index.js');
if (!existsSync(distEntry)) {
  console.error('packages/data/dist is missing: run `pnpm --filter @nato-viz/data build` first.');
  process.exit(1);
}
// The main entry and the validator entry (`@nato-viz/data/validate`: schemas + validateDataset).
const data = {
  ...(await import(distEntry)),
  ...(await import(resolve(root, '../packages/data/dist/validate-entry.js'))),
};

// ---------------------------------------------------------------------------------------------
// The article: paragraphs are its non-empty lines, numbered from 1.

const articlePath = resolve(root, 'source/article.nl.txt');
const paragraphs = readFileSync(articlePath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

/** Every citation in a record tree, with its JSON path. */
function* citationsIn(value, path = '$') {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* citationsIn(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    if ('paragraph' in value && 'quote' in value) yield { path, citation: value };
    else for (const [k, v] of Object.entries(value)) yield* citationsIn(v, `${path}.${k}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The dataset: fill the actor × issue grid, validate, check the quotes.

const stances = [];
const given = new Map(dataset.stances.map((s) => [`${s.actor}\u0000${s.issue}`, s]));
for (const actor of dataset.actors) {
  for (const issue of dataset.issues) {
    const key = `${actor.id}\u0000${issue.id}`;
    stances.push(
      given.get(key) ?? { actor: actor.id, issue: issue.id, position: 'not-stated', citations: [] },
    );
    given.delete(key);
  }
}
const full = { ...dataset, stances: [...stances, ...given.values()] }; // leftovers fail validation below

const problems = [];
const result = data.validateDataset(full);
if (!result.ok) problems.push(...result.issues.map((i) => `${i.path}: ${i.message}`));
for (const { path, citation } of citationsIn(full)) {
  const paragraph = paragraphs[citation.paragraph - 1];
  if (paragraph === undefined)
    problems.push(`${path}.paragraph: the article has ${paragraphs.length} paragraphs`);
  else if (!paragraph.includes(citation.quote))
    problems.push(
      `${path}.quote: not verbatim in paragraph ${citation.paragraph}: ${citation.quote}`,
    );
}
if (full.article && full.article.paragraphs !== paragraphs.length)
  problems.push(
    `$.article.paragraphs: ${full.article.paragraphs}, but the article has ${paragraphs.length}`,
  );
if (problems.length) {
  console.error(`The dataset is invalid:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
// The validated output has the schema's key order, whatever order the records were written in.
const articleJson = JSON.stringify(result.data, null, 2) + '\n';

// ---------------------------------------------------------------------------------------------
// JSON Schema of the dataset as a newsroom writes it (collections optional).

const definitions = {
  Localized: data.LocalizedSchema,
  Citation: data.CitationSchema,
  ContextSource: data.ContextSourceSchema,
  Actor: data.ActorSchema,
  Issue: data.IssueSchema,
  Stance: data.StanceSchema,
  Rung: data.RungSchema,
  Presence: data.PresenceSchema,
  Region: data.RegionSchema,
  ContextFact: data.ContextFactSchema,
  Article: data.ArticleSchema,
};
const converted = toJsonSchema(data.DatasetSchema, {
  target: 'draft-07',
  typeMode: 'input',
  // `trim` and valibot's `check` actions have no JSON Schema form; the two checks are added
  // below by hand. validateDataset() also checks unique ids and references between records.
  errorMode: 'ignore',
  definitions,
});
// The two cross-field rules that JSON Schema can express, added by hand. Each subschema names
// the type of what it constrains and defines what it requires, so the schema compiles under
// Ajv's strict mode (strictTypes, strictRequired).
converted.$defs.Stance.if = { properties: { position: { type: 'string', const: 'not-stated' } } };
converted.$defs.Stance.else = {
  required: ['basis'],
  properties: {
    basis: converted.$defs.Stance.properties.basis,
    citations: { type: 'array', minItems: 1 },
  },
};
converted.$defs.Region.anyOf = [
  { properties: { citations: { type: 'array', minItems: 1 } } },
  { required: ['context'], properties: { context: { type: 'array', minItems: 1 } } },
];
const { $schema, ...rest } = converted;
const schema = {
  $schema,
  $id: 'urn:nato-viz:data:dataset:1',
  title: 'nato-viz dataset',
  description:
    'A cited dataset for the nato-viz elements: actors, issues, stances, escalation rungs, presence, regions and context facts. ' +
    'Every fact cites the article (paragraph = 1-based index among its non-empty lines, quote = verbatim substring). ' +
    'Unique ids, references between records and cross-field rules are checked by validateDataset() from @nato-viz/data.',
  ...rest,
};
const schemaJson = JSON.stringify(schema, null, 2) + '\n';

// ---------------------------------------------------------------------------------------------
// Topology.

const topo = await buildTopology({ measure });
if (topo.report.gzipBytes > 12 * 1024)
  problems.push(`europe.topo.json: ${topo.report.gzipBytes} B gzip > 12 KB`);
if (topo.report.fidelity && topo.report.fidelity.diffPercent > 0.5)
  problems.push(`europe.topo.json: ${topo.report.fidelity.diffPercent} % of pixels differ > 0.5 %`);
const regionFeatures = new Set(topo.report.regions.map((r) => r.id));
for (const [i, r] of result.data.regions.entries())
  if (r.feature && !regionFeatures.has(r.feature))
    problems.push(`$.regions[${i}].feature: no feature "${r.feature}" in europe.topo.json`);
if (problems.length) {
  console.error(`The topology is out of budget:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Write.

mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'article.json'), articleJson);
writeFileSync(resolve(outDir, 'schema.json'), schemaJson);
writeFileSync(resolve(outDir, 'europe.topo.json'), topo.json);
writeFileSync(resolve(outDir, 'topology-report.json'), JSON.stringify(topo.report, null, 2) + '\n');
copyFileSync(articlePath, resolve(outDir, 'article.nl.txt'));

const kb = (s) =>
  `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB (${(gzipSync(s, { level: 9 }).length / 1024).toFixed(1)} KB gzip)`;
const { fidelity } = topo.report;
console.log(
  [
    `article.json      ${kb(articleJson)}: ${result.data.actors.length} actors, ${result.data.issues.length} issues, ` +
      `${result.data.stances.length} stances, ${result.data.rungs.length} rungs, ${result.data.presence.length} presence, ` +
      `${result.data.regions.length} regions, ${result.data.context.length} context facts`,
    `schema.json       ${kb(schemaJson)}`,
    `europe.topo.json  ${kb(topo.json)}; pixel diff ${fidelity ? `${fidelity.diffPercent} %` : 'not measured'}`,
  ].join('\n'),
);
