import {
  countPositions,
  POSITIONS,
  type Actor,
  type Dataset,
  type Issue,
  type Position,
  type Stance,
} from '@nato-viz/data';

/** How actors are ordered: as in the dataset, or by how many of the shown issues they support. */
export const SORTS = ['data', 'agreement'] as const;
export type Sort = (typeof SORTS)[number];

/** The directions a column (issue) sort can take, as `aria-sort` names them. */
export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** A sort by one issue, chosen by the reader. */
export interface IssueSort {
  issue: string;
  direction: SortDirection;
}

/**
 * The order of positions when a column is sorted ascending: support first, silence last.
 * Descending reverses the stated positions; silence stays last either way, because "the
 * article says nothing" is not the opposite of anything.
 */
export const POSITION_RANK: Record<Position, number> = {
  supports: 0,
  conditional: 1,
  opposes: 2,
  'not-stated': 3,
};

/**
 * A comma-separated id list as written in an attribute: trimmed, blanks and repeats dropped.
 * `undefined` when the attribute is absent or blank (show everything).
 */
export function parseIds(value: string | null | undefined): string[] | undefined {
  if (value == null) return undefined;
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return ids.length ? ids : undefined;
}

/** The outcome of {@link pickSubset}. */
export type Subset<T> =
  { ok: true; items: T[] } | { ok: false; unknown: string[]; valid: string[] };

/**
 * The records named by `ids`, in the order the ids are written (an editor who writes
 * `issues="nato-air-policing,ceasefire"` wants that order); all records when `ids` is
 * `undefined`. Unknown ids make the whole subset fail, naming them and the valid ids.
 */
export function pickSubset<T extends { id: string }>(
  records: readonly T[],
  ids: readonly string[] | undefined,
): Subset<T> {
  if (!ids) return { ok: true, items: [...records] };
  const byId = new Map(records.map((r) => [r.id, r]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) return { ok: false, unknown, valid: records.map((r) => r.id) };
  return { ok: true, items: ids.map((id) => byId.get(id)!) };
}

/** `unknown id "x"; valid ids: a, b` — the console detail of a bad `actors`/`issues` attribute. */
export function unknownIdDetail(subset: { unknown: string[]; valid: string[] }): string {
  const names = subset.unknown.map((id) => JSON.stringify(id)).join(', ');
  const noun = subset.unknown.length > 1 ? 'ids' : 'id';
  return `unknown ${noun} ${names}; valid ids: ${subset.valid.join(', ') || '(none)'}`;
}

/** A lookup of stances by actor and issue. */
export type StanceIndex = Map<string, Stance>;

const stanceKey = (actor: string, issue: string) => `${actor}\u0000${issue}`;

/** Indexes stances by actor × issue, so a 50 × 40 grid does not scan every stance per cell. */
export function indexStances(stances: readonly Stance[]): StanceIndex {
  return new Map(stances.map((s) => [stanceKey(s.actor, s.issue), s]));
}

/** The stance of `actor` on `issue` — `not-stated` without citations when the dataset is silent (as `stanceOf`). */
export function cellStance(index: StanceIndex, actor: string, issue: string): Stance {
  return (
    index.get(stanceKey(actor, issue)) ?? { actor, issue, position: 'not-stated', citations: [] }
  );
}

/** How many of `issues` the actor supports (`countPositions` restricted to the issues shown). */
export function agreement(
  stances: readonly Stance[],
  actor: string,
  issues: readonly Issue[],
): number {
  const shown = new Set(issues.map((i) => i.id));
  return countPositions({ stances: stances.filter((s) => shown.has(s.issue)) }, actor, 'supports');
}

/**
 * The actors in the order to draw them: `sort="data"` keeps the given order, `"agreement"`
 * puts the actors that support the most of the shown issues first. A reader's column sort then
 * orders by the position on that issue, silence last either way. Ties keep the order they had
 * (`Array.prototype.sort` is stable).
 */
export function orderActors(
  actors: readonly Actor[],
  issues: readonly Issue[],
  stances: readonly Stance[],
  sort: Sort,
  bySort?: IssueSort,
): Actor[] {
  const rows = [...actors];
  if (sort === 'agreement') {
    const counts = new Map(actors.map((a) => [a.id, agreement(stances, a.id, issues)]));
    rows.sort((a, b) => counts.get(b.id)! - counts.get(a.id)!);
  }
  if (bySort && issues.some((i) => i.id === bySort.issue)) {
    const index = indexStances(stances);
    const sign = bySort.direction === 'ascending' ? 1 : -1;
    const rank = (a: Actor) => {
      const r = POSITION_RANK[cellStance(index, a.id, bySort.issue).position];
      // Silence keeps its rank (3), after every signed stated rank (−2 … 2).
      return r === POSITION_RANK['not-stated'] ? r : sign * r;
    };
    rows.sort((a, b) => rank(a) - rank(b));
  }
  return rows;
}

/** The next state of a column header click: ascending → descending → off (back to `sort`). */
export function nextIssueSort(
  current: IssueSort | undefined,
  issue: string,
): IssueSort | undefined {
  if (current?.issue !== issue) return { issue, direction: 'ascending' };
  return current.direction === 'ascending' ? { issue, direction: 'descending' } : undefined;
}

/** How many cells take each position. */
export function tally(cells: readonly Stance[]): Record<Position, number> {
  const counts = Object.fromEntries(POSITIONS.map((p) => [p, 0])) as Record<Position, number>;
  for (const c of cells) counts[c.position] += 1;
  return counts;
}

/** What the matrix draws: the actors and issues shown, in drawing order, and their stances. */
export interface Matrix {
  data: Dataset;
  actors: Actor[];
  issues: Issue[];
  /** `cells[row][col]`: the stance of `actors[row]` on `issues[col]`. */
  cells: Stance[][];
}

/** What the reader and the page chose to show: the `actors`, `issues` and `sort` attributes and a column sort. */
export interface MatrixOptions {
  actors: string | null;
  issues: string | null;
  sort: Sort;
  issueSort?: IssueSort;
}

/** The outcome of {@link buildMatrix}: the matrix, or the attribute that names an unknown id. */
export type MatrixResult =
  { ok: true; matrix: Matrix } | { ok: false; attribute: 'actors' | 'issues'; detail: string };

/** The subset of `data` the options name, ordered, with a stance in every cell. */
export function buildMatrix(data: Dataset, options: MatrixOptions): MatrixResult {
  const actors = pickSubset(data.actors, parseIds(options.actors));
  if (!actors.ok) return { ok: false, attribute: 'actors', detail: unknownIdDetail(actors) };
  const issues = pickSubset(data.issues, parseIds(options.issues));
  if (!issues.ok) return { ok: false, attribute: 'issues', detail: unknownIdDetail(issues) };
  const rows = orderActors(
    actors.items,
    issues.items,
    data.stances,
    options.sort,
    options.issueSort,
  );
  const index = indexStances(data.stances);
  const cells = rows.map((a) => issues.items.map((i) => cellStance(index, a.id, i.id)));
  return { ok: true, matrix: { data, actors: rows, issues: issues.items, cells } };
}
