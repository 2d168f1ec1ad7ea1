import { countPositions, POSITIONS, type Actor, type Issue, type Position, type Stance } from '@nato-viz/data';

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
  const ids = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
  return ids.length ? ids : undefined;
}

/** The outcome of {@link pickSubset}. */
export type Subset<T> = { ok: true; items: T[] } | { ok: false; unknown: string[]; valid: string[] };

/**
 * The records named by `ids`, in the order the ids are written (an editor who writes
 * `issues="nato-air-policing,ceasefire"` wants that order); all records when `ids` is
 * `undefined`. Unknown ids make the whole subset fail, naming them and the valid ids.
 */
export function pickSubset<T extends { id: string }>(records: readonly T[], ids: readonly string[] | undefined): Subset<T> {
  if (!ids) return { ok: true, items: [...records] };
  const byId = new Map(records.map((r) => [r.id, r]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) return { ok: false, unknown, valid: records.map((r) => r.id) };
  return { ok: true, items: ids.map((id) => byId.get(id)!) };
}

/** `unknown id "x"; valid ids: a, b` — the console detail of a bad `actors`/`issues` attribute. */
export function unknownIdDetail(subset: { unknown: string[]; valid: string[] }): string {
  const names = subset.unknown.map((id) => JSON.stringify(id)).join(', ');
  return `unknown id${subset.unknown.length > 1 ? 's' : ''} ${names}; valid ids: ${subset.valid.join(', ') || '(none)'}`;
}

/** A lookup of stances by actor and issue. */
export type StanceIndex = Map<string, Stance>;

const key = (actor: string, issue: string) => `${actor}\u0000${issue}`;

/** Indexes stances by actor × issue, so a 50 × 40 grid does not scan every stance per cell. */
export function indexStances(stances: readonly Stance[]): StanceIndex {
  return new Map(stances.map((s) => [key(s.actor, s.issue), s]));
}

/** The stance of `actor` on `issue` — `not-stated` without citations when the dataset is silent (as `stanceOf`). */
export function cellStance(index: StanceIndex, actor: string, issue: string): Stance {
  return index.get(key(actor, issue)) ?? { actor, issue, position: 'not-stated', citations: [] };
}

/** How many of `issues` the actor supports (`countPositions` restricted to the issues shown). */
export function agreement(stances: readonly Stance[], actor: string, issues: readonly Issue[]): number {
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
export function nextIssueSort(current: IssueSort | undefined, issue: string): IssueSort | undefined {
  if (current?.issue !== issue) return { issue, direction: 'ascending' };
  return current.direction === 'ascending' ? { issue, direction: 'descending' } : undefined;
}

/** How many cells take each position. */
export function tally(cells: readonly Stance[]): Record<Position, number> {
  const counts = Object.fromEntries(POSITIONS.map((p) => [p, 0])) as Record<Position, number>;
  for (const c of cells) counts[c.position] += 1;
  return counts;
}

/** A cell of the grid: `row` is an actor index, `col` an issue index; row −1 is the column headers. */
export interface CellPos {
  row: number;
  col: number;
}

/** The two drawings: a table, or (narrow) a list of actor cards. */
export const LAYOUTS = ['grid', 'cards'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The keys that move between cells. */
export const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * Where focus goes from `from` on `key` in a grid of `rows` actors × `cols` issues, or
 * `undefined` for a key that does not move. In the grid, arrows move one cell and stop at the
 * edges, Up from the first row reaches the column headers, Home/End go to the row's first/last
 * cell and Ctrl+Home/End to the grid's. In cards (one actor per card, issues listed down),
 * Up/Down step through the issues in reading order across cards, Left/Right jump to the same
 * issue on the previous/next actor.
 */
export function moveCell(from: CellPos, key: string, ctrl: boolean, rows: number, cols: number, layout: Layout): CellPos | undefined {
  if (rows < 1 || cols < 1) return undefined;
  const grid = layout === 'grid';
  const row = clamp(from.row, grid ? -1 : 0, rows - 1);
  const col = clamp(from.col, 0, cols - 1);
  if (key === 'Home') return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
  if (key === 'End') return ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
  const down = key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
  const right = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (!down && !right) return undefined;
  if (grid) return { row: clamp(row + down, -1, rows - 1), col: clamp(col + right, 0, cols - 1) };
  if (right) return { row: clamp(row + right, 0, rows - 1), col };
  const n = clamp(row * cols + col + down, 0, rows * cols - 1);
  return { row: Math.floor(n / cols), col: n % cols };
}

/**
 * The narrowest width (px) at which the table still fits without horizontal scrolling: an
 * actor column (`actor` ems, 9 by default) plus a minimum per issue, in ems; and never below
 * `breakpoint` (560 px).
 */
export function gridMinWidth(cols: number, em: number, breakpoint = 560, actor = 9): number {
  return Math.max(breakpoint, Math.round((actor + 6.5 * cols) * em));
}

/**
 * The narrowest width (px) of the compact table: a 6 em actor column, 4 em per issue (cells
 * show the glyph over a short word) and the figure's padding; never below `breakpoint`. Eight
 * issues fit a 640 px article column.
 */
export function compactMinWidth(cols: number, em: number, breakpoint = 560): number {
  return Math.max(breakpoint, Math.round((7 + 4 * cols) * em));
}

/**
 * The actor column's width in ems for the wide table: room for the longest word of any actor
 * name (≈ 0.62 em per bold character), between 9 and 14 em, so names break between words.
 */
export function actorWidth(names: readonly string[]): number {
  const longest = Math.max(0, ...names.flatMap((n) => n.split(/\s+/).map((w) => w.length)));
  return Math.min(14, Math.max(9, Math.ceil(longest * 0.62 + 1.2)));
}

/**
 * Which drawing fits `width`; `undefined` while the element has no width yet (keep the last).
 * The grid whenever its compact form fits; cards below that.
 */
export function layoutFor(width: number, cols: number, em: number): Layout | undefined {
  if (!(width > 0)) return undefined;
  return width < compactMinWidth(cols, em) ? 'cards' : 'grid';
}

/** Whether the grid at `width` needs its compact form (short words, narrow columns). */
export function isCompact(width: number, cols: number, em: number, actor = 9): boolean {
  return width < gridMinWidth(cols, em, 560, actor);
}

/**
 * The order cells are read in a card: the stated positions first, then the issues the
 * article is silent on (collapsed into one line), row by row.
 */
export function cardOrder(cells: readonly (readonly Pick<Stance, 'position'>[])[]): CellPos[] {
  return cells.flatMap((row, r) => {
    const pos = row.map((s, c) => ({ row: r, col: c, silent: s.position === 'not-stated' }));
    return [...pos.filter((p) => !p.silent), ...pos.filter((p) => p.silent)].map(({ row, col }) => ({ row, col }));
  });
}
