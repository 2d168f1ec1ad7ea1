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
        typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`,
      )
      .join('')
  );
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return formatPath((issue.path ?? []).map((item) => item.key as string | number));
}

/**
 * Validates `input` against the dataset schema, then checks what a schema cannot: ids are
 * unique within each collection and every reference (stance → actor/issue, rung → actors,
 * presence → actor/regions) names a record that exists. Never throws.
 */
export function validateDataset(input: unknown): ValidationResult {
  const result = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  if (!result.success) {
    return {
      ok: false,
      issues: result.issues.slice(0, 20).map((issue) => ({ path: issuePath(issue), message: issue.message })),
    };
  }
  const data = result.output;
  const issues: DatasetIssue[] = [];
  const ids = (name: 'actors' | 'issues' | 'rungs' | 'presence' | 'regions' | 'context') => {
    const seen = new Map<string, number>();
    data[name].forEach((record, i) => {
      const first = seen.get(record.id);
      if (first !== undefined)
        issues.push({ path: `$.${name}[${i}].id`, message: `Duplicate id "${record.id}" (first at $.${name}[${first}])` });
      else seen.set(record.id, i);
    });
    return seen;
  };
  const actors = ids('actors');
  const topics = ids('issues');
  ids('rungs');
  ids('presence');
  const regions = ids('regions');
  ids('context');
  const unknown = (path: string, kind: string, id: string) =>
    issues.push({ path, message: `Unknown ${kind} id "${id}"` });
  const pairs = new Set<string>();
  data.stances.forEach((s, i) => {
    if (!actors.has(s.actor)) unknown(`$.stances[${i}].actor`, 'actor', s.actor);
    if (!topics.has(s.issue)) unknown(`$.stances[${i}].issue`, 'issue', s.issue);
    const key = `${s.actor}\u0000${s.issue}`;
    if (pairs.has(key)) issues.push({ path: `$.stances[${i}]`, message: `Duplicate stance for actor "${s.actor}" on issue "${s.issue}"` });
    pairs.add(key);
  });
  data.rungs.forEach((r, i) =>
    r.actors.forEach((a, j) => actors.has(a) || unknown(`$.rungs[${i}].actors[${j}]`, 'actor', a)),
  );
  data.presence.forEach((p, i) => {
    if (!actors.has(p.actor)) unknown(`$.presence[${i}].actor`, 'actor', p.actor);
    p.regions.forEach((r, j) => regions.has(r) || unknown(`$.presence[${i}].regions[${j}]`, 'region', r));
  });
  data.actors.forEach((a, i) =>
    a.partOf?.forEach((p, j) => actors.has(p) || unknown(`$.actors[${i}].partOf[${j}]`, 'actor', p)),
  );
  return issues.length ? { ok: false, issues: issues.slice(0, 20) } : { ok: true, data };
}
