import * as v from 'valibot';
import {
  ACTOR_KINDS,
  POSITIONS,
  BASES,
  RUNG_STATUSES,
  PATHS,
  DOMAINS,
  PRESENCE_STATUSES,
  SCENARIOS,
  REGION_KINDS,
} from './constants.js';

/**
 * The dataset schema, written with valibot: it validates without `eval` or `new Function`, so
 * it runs under a strict Content-Security-Policy, and every issue carries a JSON path.
 * `generated/schema.json` is the same schema as JSON Schema, for newsrooms that supply their
 * own dataset.
 */

/**
 * `v.strictObject` over entries without a prototype. valibot walks an object schema's entries
 * with `for … in`, which also visits enumerable properties a page added to
 * `Object.prototype`; without a prototype there are none to visit.
 */
function strictObject<const Entries extends v.ObjectEntries>(entries: Entries) {
  return v.strictObject(Object.assign(Object.create(null) as Entries, entries));
}

const MAX_TEXT = 10_000;
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const nonEmptyText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TEXT));

/** Whether `text` (YYYY-MM-DD) names a day that exists: 2024-02-29 does, 2025-02-31 does not. */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** A date as YYYY-MM-DD (ISO 8601) that is on the calendar. */
const calendarDate = v.pipe(
  v.string(),
  v.isoDate(),
  v.check(isCalendarDate, 'Expected a date that is on the calendar: that month has no such day'),
  v.description('A calendar date, YYYY-MM-DD, that exists (not 2025-02-31).'),
);

/** An id: lower-case letters, digits and hyphens (also used in CSS classes and DOM ids). */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Expected an id of lower-case letters, digits and hyphens'),
);

/**
 * Text in Dutch and English. Labels and names may contain soft hyphens (U+00AD) at the places a
 * long word may break across lines (“veilig\u00ADheids\u00ADgaranties”): the elements draw
 * headers with `hyphens: manual`, so a word breaks only there. Never in a citation's `quote`,
 * which is verbatim article text.
 */
export const LocalizedSchema = strictObject({ nl: nonEmptyText, en: nonEmptyText });

/** A sentence of the article: `quote` is a verbatim substring of paragraph `paragraph`. */
export const CitationSchema = strictObject({
  /** 1-based index among the article's non-empty lines. */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  /** Verbatim substring of that paragraph (exact Unicode). */
  quote: nonEmptyText,
  /** Its English rendering. */
  translation: nonEmptyText,
});

/** A fact from outside the article, with its own source and date. */
export const ContextSourceSchema = strictObject({
  /** Who says so, e.g. "NATO, Member countries". */
  source: nonEmptyText,
  /** Where, as an http(s) URL. */
  url: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'Expected an http(s) URL'))),
  /** As of which date (ISO 8601). */
  date: calendarDate,
  /** What the context says, in both languages. */
  note: LocalizedSchema,
});

const citations = v.pipe(
  v.array(CitationSchema),
  v.minLength(1, 'Every fact needs at least one citation'),
  v.maxLength(50),
);

export const ActorSchema = strictObject({
  id: IdSchema,
  kind: v.picklist(ACTOR_KINDS),
  name: LocalizedSchema,
  /** Other names the article uses for the same actor (Russia: "het Kremlin", "Moskou"). */
  aliases: v.optional(v.array(LocalizedSchema)),
  description: v.optional(LocalizedSchema),
  /** ISO 3166-1 alpha-3, for states. */
  iso3: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Expected an ISO 3166-1 alpha-3 code')),
  ),
  /** Other actor ids this actor speaks for or belongs to (Putin → Russia). */
  partOf: v.optional(v.array(IdSchema)),
  citations,
});

export const IssueSchema = strictObject({
  id: IdSchema,
  label: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  citations,
});

export const StanceSchema = v.pipe(
  strictObject({
    actor: IdSchema,
    issue: IdSchema,
    position: v.picklist(POSITIONS),
    /** How the article knows it; absent when the article is silent. */
    basis: v.optional(v.picklist(BASES)),
    note: v.optional(LocalizedSchema),
    citations: v.pipe(v.array(CitationSchema), v.maxLength(50)),
  }),
  v.check(
    (s) => s.position === 'not-stated' || (s.citations.length > 0 && s.basis !== undefined),
    'A stated position needs a basis and at least one citation',
  ),
);

export const RungSchema = strictObject({
  id: IdSchema,
  /** Escalation level: 0 is where things began; higher is closer to a permanent NATO presence. */
  level: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  path: v.picklist(PATHS),
  status: v.picklist(RUNG_STATUSES),
  label: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  actors: v.array(IdSchema),
  /** A date the article fixes, ISO 8601; `derived` when computed (e.g. "Monday" → 2025-12-15). */
  date: v.optional(
    strictObject({ value: calendarDate, derived: v.boolean(), note: v.optional(LocalizedSchema) }),
  ),
  citations,
});

export const PresenceSchema = strictObject({
  id: IdSchema,
  /** Who is (or would be) there. */
  actor: IdSchema,
  domain: v.picklist(DOMAINS),
  status: v.picklist(PRESENCE_STATUSES),
  /** In which scenarios the presence is shown. */
  scenarios: v.pipe(v.array(v.picklist(SCENARIOS)), v.minLength(1)),
  label: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  /** Where: countries as ISO 3166-1 alpha-3 codes and/or region ids. */
  countries: v.array(
    v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Expected an ISO 3166-1 alpha-3 code')),
  ),
  regions: v.array(IdSchema),
  citations,
  /** Facts about the place that come from outside the article (e.g. which states are "the Baltic states"). */
  context: v.optional(v.array(ContextSourceSchema)),
});

export const RegionSchema = v.pipe(
  strictObject({
    id: IdSchema,
    kind: v.picklist(REGION_KINDS),
    label: LocalizedSchema,
    description: v.optional(LocalizedSchema),
    /** The topology feature that draws it (`regions` object of europe.topo.json), if any. */
    feature: v.optional(IdSchema),
    /** Countries it consists of or borders, ISO 3166-1 alpha-3. */
    countries: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)))),
    /** Sentences of the article about it (may be empty when the region is context only). */
    citations: v.pipe(v.array(CitationSchema), v.maxLength(50)),
    context: v.optional(v.array(ContextSourceSchema)),
  }),
  v.check(
    (r) => r.citations.length > 0 || (r.context?.length ?? 0) > 0,
    'A region needs a citation or a context source',
  ),
);

export const ContextFactSchema = strictObject({
  id: IdSchema,
  label: LocalizedSchema,
  /** ISO 3166-1 alpha-3 codes the fact is about (e.g. NATO members). */
  countries: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)))),
  context: v.pipe(v.array(ContextSourceSchema), v.minLength(1)),
});

export const ArticleSchema = strictObject({
  title: LocalizedSchema,
  date: calendarDate,
  language: v.picklist(['nl', 'en']),
  /** Publisher, author and URL are not in the source file: `not-stated`. */
  publisher: v.optional(text),
  url: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'Expected an http(s) URL'))),
  paragraphs: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/**
 * How many records of each kind a dataset may have: several times the article (13 actors,
 * 8 issues, 104 stances, 10 rungs, 6 presence records, 5 regions, 1 context fact) and still a
 * chart a reader can take in, and what the elements draw without a task over 200 ms on a 2-core
 * machine (tables fill in slices; tests/hardening/bench/largest.mjs measures the largest
 * dataset; docs/decisions/schema-limits.md has the figures). A full grid of `actors` × `issues`
 * fits in `stances`.
 */
export const LIMITS = {
  actors: 40,
  issues: 20,
  stances: 800,
  rungs: 200,
  presence: 200,
  regions: 50,
  context: 50,
} as const;

/** A list of at most `LIMITS[name]` records. */
function records<const T extends v.GenericSchema>(name: keyof typeof LIMITS, item: T) {
  return v.optional(v.pipe(v.array(item), v.maxLength(LIMITS[name])), []);
}

export const DatasetSchema = strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(1),
  article: v.optional(ArticleSchema),
  actors: records('actors', ActorSchema),
  issues: records('issues', IssueSchema),
  stances: records('stances', StanceSchema),
  rungs: records('rungs', RungSchema),
  presence: records('presence', PresenceSchema),
  regions: records('regions', RegionSchema),
  context: records('context', ContextFactSchema),
});

export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Citation = v.InferOutput<typeof CitationSchema>;
export type ContextSource = v.InferOutput<typeof ContextSourceSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Issue = v.InferOutput<typeof IssueSchema>;
export type Position = (typeof POSITIONS)[number];
export type Basis = (typeof BASES)[number];
export type Stance = v.InferOutput<typeof StanceSchema>;
export type RungStatus = (typeof RUNG_STATUSES)[number];
export type Path = (typeof PATHS)[number];
export type Rung = v.InferOutput<typeof RungSchema>;
export type Domain = (typeof DOMAINS)[number];
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];
export type Scenario = (typeof SCENARIOS)[number];
export type Presence = v.InferOutput<typeof PresenceSchema>;
export type RegionKind = (typeof REGION_KINDS)[number];
export type Region = v.InferOutput<typeof RegionSchema>;
export type ContextFact = v.InferOutput<typeof ContextFactSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
/** A dataset after validation (missing collections filled with `[]`). */
export type Dataset = v.InferOutput<typeof DatasetSchema>;
/** A dataset as written (collections optional). */
export type DatasetInput = v.InferInput<typeof DatasetSchema>;
