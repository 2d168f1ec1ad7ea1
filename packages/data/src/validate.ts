import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema.js';

/** One reason a dataset was rejected, with the JSON path of the offending value. */
export interface DatasetIssue {
  /** JSONPath-style location, e.g. `$.rungs[3].status`. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; issues: DatasetIssue[] };

/** `['rungs', 3, 'status']` → `$.rungs[3].status`. */
export function formatPath(keys: readonly (string | number)[]): string {
  return (
    '$' +
    keys
      .map((k) =>
        typeof k === 'number'
          ? `[${k}]`
          : /^[A-Za-z_$][\w$]*$/.test(k)
            ? `.${k}`
            : `[${JSON.stringify(k)}]`,
      )
      .join('')
  );
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return formatPath(keysOf(issue));
}

const keysOf = (issue: v.BaseIssue<unknown>) =>
  (issue.path ?? []).map((item) => item.key as string | number);

/** At most this many problems are listed; one more entry says how many were left out. */
export const MAX_ISSUES = 50;

/** Keys that could change the prototype of objects built from the data. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  pipe?: readonly AnySchema[];
};

/** The object schema at `keys` inside `schema` (through optional, pipe and array), if any. */
function objectSchemaAt(
  schema: AnySchema,
  keys: readonly (string | number)[],
): Record<string, AnySchema> | undefined {
  let s: AnySchema | undefined = schema;
  const unwrap = () => {
    while (s && (s.wrapped || ((s.type === 'pipe' || s.pipe) && !s.entries && !s.item)))
      s = s.wrapped ?? s.pipe?.[0];
  };
  for (const key of keys) {
    unwrap();
    s = typeof key === 'number' ? s?.item : s?.entries?.[key];
  }
  unwrap();
  return s?.entries;
}

/** A value as a reader would name it: `"maybe"`, `3`, `an object`, `a list`, `nothing`. */
function describeReceived(issue: v.BaseIssue<unknown>): string {
  const { received, input } = issue;
  if (received === 'undefined') return 'nothing';
  // A length or a value, for the checks in a pipe (max_length: "5001").
  if (issue.kind !== 'schema') return received;
  if (Array.isArray(input)) return 'a list';
  // Objects are validated as copies without a prototype (see ownData), which valibot names "null".
  if (typeof input === 'object' && input !== null) return 'an object';
  return received;
}

/** What a schema expected, in words: `text`, `a number`, `one of "a", "b"`. */
function describeExpected(expected: string | null): string {
  if (!expected) return 'something else';
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    Array: 'a list',
    Object: 'an object',
  };
  if (names[expected]) return names[expected];
  const choices = expected.match(/^\((.*)\)$/);
  if (choices) return `one of ${choices[1]!.split(' | ').join(', ')}`;
  return expected;
}

/** Why a field that the schema does not have is refused. */
function unknownField(key: string): string {
  return PROTOTYPE_KEYS.has(key)
    ? `"${key}" is not allowed as a field name: it could change the prototype of objects built from the data`
    : `Unknown field "${key}": there is no field of that name here`;
}

/** A valibot issue in plain words. */
function plainMessage(issue: v.BaseIssue<unknown>): string {
  const key = keysOf(issue).at(-1);
  const got = describeReceived(issue);
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return unknownField(String(key));
  if (issue.type === 'strict_object' && got === 'nothing' && issue.expected) {
    return keysOf(issue).length === 1 && key === 'version'
      ? 'Missing required field "version": a dataset starts with "version": 1'
      : `Missing required field ${issue.expected}`;
  }
  if (issue.kind === 'schema') {
    if (got === 'nothing') return `Missing: expected ${describeExpected(issue.expected)}`;
    return `Expected ${describeExpected(issue.expected)}, got ${got}`;
  }
  const requirement = (issue as { requirement?: unknown }).requirement;
  const unit = Array.isArray(issue.input) ? 'items' : 'characters';
  switch (issue.type) {
    case 'min_length':
      return issue.input === '' || (typeof issue.input === 'string' && issue.input.trim() === '')
        ? 'Must not be empty'
        : `Too short: at least ${String(requirement)} ${unit}, got ${got}`;
    case 'max_length':
      return Array.isArray(issue.input)
        ? `Too many: at most ${String(requirement)} items, got ${got}`
        : `Too long: at most ${String(requirement)} ${unit}, got ${got}`;
    case 'min_value':
      return `Too small: at least ${String(requirement)}, got ${got}`;
    case 'max_value':
      return `Too large: at most ${String(requirement)}, got ${got}`;
    case 'integer':
      return `Expected a whole number, got ${got}`;
    case 'iso_date':
      return `Expected a date as YYYY-MM-DD, got ${got}`;
    case 'url':
      return `Expected a URL, got ${got}`;
  }
  // Custom messages (regex, check) are written in plain words already.
  const custom = issue.message.replace(/^Invalid [a-z ]+: /i, '');
  return issue.type === 'check' || got === '' ? custom : `${custom}, got ${got}`;
}

/** Every unknown field of the objects where valibot stopped at the first one. */
function unknownFields(
  issues: readonly v.BaseIssue<unknown>[],
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const issue of issues) {
    if (issue.type !== 'strict_object' || issue.expected !== 'never') continue;
    const keys = keysOf(issue);
    const parent = issue.path?.at(-1)?.input;
    const entries = objectSchemaAt(DatasetSchema as AnySchema, keys.slice(0, -1));
    if (!parent || typeof parent !== 'object' || !entries) continue;
    for (const key of Object.keys(parent)) {
      if (key === keys.at(-1) || Object.hasOwn(entries, key)) continue;
      out.push({ path: formatPath([...keys.slice(0, -1), key]), message: unknownField(key) });
    }
  }
  return out;
}

const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const record = (x: unknown): Record<string, unknown> =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/**
 * What a schema cannot check: ids are unique within each collection and every reference
 * (stance → actor/issue, rung → actors, presence → actor/regions, actor → partOf) names a record
 * that exists. Reads the input defensively, so it runs even where the schema found problems.
 */
function crossRecordIssues(input: unknown): DatasetIssue[] {
  const data = record(input);
  const issues: DatasetIssue[] = [];
  const ids = (name: 'actors' | 'issues' | 'rungs' | 'presence' | 'regions' | 'context') => {
    const seen = new Map<string, number>();
    list(data[name]).forEach((item, i) => {
      const id = str(record(item).id);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined)
        issues.push({
          path: `$.${name}[${i}].id`,
          message: `Duplicate id "${id}" (first at $.${name}[${first}])`,
        });
      else seen.set(id, i);
    });
    return seen;
  };
  const actors = ids('actors');
  const topics = ids('issues');
  ids('rungs');
  ids('presence');
  const regions = ids('regions');
  ids('context');
  const check = (known: Map<string, number>, value: unknown, path: string, kind: string) => {
    const id = str(value);
    if (id !== undefined && !known.has(id))
      issues.push({ path, message: `Unknown ${kind} id "${id}"` });
  };
  const pairs = new Set<string>();
  list(data.stances).forEach((item, i) => {
    const s = record(item);
    check(actors, s.actor, `$.stances[${i}].actor`, 'actor');
    check(topics, s.issue, `$.stances[${i}].issue`, 'issue');
    if (typeof s.actor !== 'string' || typeof s.issue !== 'string') return;
    const key = `${s.actor}\u0000${s.issue}`;
    if (pairs.has(key))
      issues.push({
        path: `$.stances[${i}]`,
        message: `Duplicate stance for actor "${s.actor}" on issue "${s.issue}"`,
      });
    pairs.add(key);
  });
  list(data.rungs).forEach((r, i) =>
    list(record(r).actors).forEach((a, j) =>
      check(actors, a, `$.rungs[${i}].actors[${j}]`, 'actor'),
    ),
  );
  list(data.presence).forEach((item, i) => {
    const p = record(item);
    check(actors, p.actor, `$.presence[${i}].actor`, 'actor');
    list(p.regions).forEach((r, j) =>
      check(regions, r, `$.presence[${i}].regions[${j}]`, 'region'),
    );
  });
  list(data.actors).forEach((a, i) =>
    list(record(a).partOf).forEach((p, j) =>
      check(actors, p, `$.actors[${i}].partOf[${j}]`, 'actor'),
    ),
  );
  return issues;
}

/** Deeper than any dataset nests: below this, values are passed on as they are (and refused by the schema). */
const MAX_COPY_DEPTH = 16;

/**
 * A copy of `value` in which every object has only its own enumerable properties and no
 * prototype, so that what a page added to `Object.prototype` (`url`, `__proto__` tricks, an
 * enumerable `x`) can neither be read as a field nor be reported as an unknown one.
 */
function ownData(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_COPY_DEPTH) return value;
  if (Array.isArray(value)) return Array.from(value, (item: unknown) => ownData(item, depth + 1));
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value))
    copy[key] = ownData((value as Record<string, unknown>)[key], depth + 1);
  return copy;
}

/**
 * Validates `input` against the dataset schema and checks what a schema cannot (unique ids,
 * references between records), in one pass: every problem is reported, each with its JSON path
 * and a message in plain words (up to {@link MAX_ISSUES}, then how many more). Throws only when
 * reading `value` throws (a hostile proxy or getter).
 */
export function validateDataset(value: unknown): ValidationResult {
  const input = ownData(value);
  const result = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  const issues: DatasetIssue[] = [];
  if (!result.success) {
    for (const issue of result.issues)
      issues.push({ path: issuePath(issue), message: plainMessage(issue) });
    issues.push(...unknownFields(result.issues));
  }
  issues.push(...crossRecordIssues(input));
  if (!issues.length && result.success) return { ok: true, data: result.output };
  if (issues.length > MAX_ISSUES) {
    const more = issues.length - MAX_ISSUES;
    return {
      ok: false,
      issues: [
        ...issues.slice(0, MAX_ISSUES),
        { path: '$', message: `…and ${more} more problem${more === 1 ? '' : 's'}` },
      ],
    };
  }
  return { ok: false, issues };
}
