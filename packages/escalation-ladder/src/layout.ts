import { PATHS, type Path, type Rung, type RungStatus } from '@nato-viz/data';

/**
 * The ladder's geometry, as pure functions (tested in Node). The element draws the rungs as
 * HTML in a CSS grid and the rails between them as small SVGs; this module decides which
 * grid cell each rung takes, where the rails run, which orientation fits the width, how
 * tall the ladder will be before it is drawn, and where the arrow keys go.
 *
 * Coordinates: a rung sits on a *track* — `both` (the shared trunk, spanning the width),
 * `deal` or `no-deal` (the two branches) — and a *row* (one step of the ladder, ordered by
 * escalation level). Between row `r` and `r + 1` lies *gap* `r`, where rails run from one
 * track's position to another's. Positions across the ladder are percentages (0–100).
 */

/** The values of the `orientation` attribute. */
export const ORIENTATIONS = ['vertical', 'horizontal'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** The two branches, in the order they are drawn (left/top first). */
export const BRANCHES = ['deal', 'no-deal'] as const;
export type Branch = (typeof BRANCHES)[number];

/** Below this width the ladder is always vertical. */
export const MIN_HORIZONTAL_WIDTH = 480;
/** A horizontal step narrower than this (px) cannot hold a wrapped label: go vertical instead. */
export const MIN_HORIZONTAL_STEP = 150;

/** One rung in its cell. */
export interface PlacedRung {
  rung: Rung;
  /** Position in reading order (shared rungs, then the deal branch, then the no-deal branch). */
  order: number;
  row: number;
  track: Path;
}

/** A rail through gap `gap` from `from` to `to` (percent across the ladder). */
export interface RailSegment {
  gap: number;
  from: number;
  to: number;
  /** The branches this rail belongs to (shared rails belong to both). */
  paths: Branch[];
}

/** A branch rail running through an empty cell (that branch has no rung at that row). */
export interface PassThrough {
  row: number;
  track: Branch;
}

export interface LadderLayout {
  /** Rungs in reading order. */
  rungs: PlacedRung[];
  /** Number of step rows. */
  rows: number;
  /** The branches that have rungs, in drawing order. */
  branches: Branch[];
  rails: RailSegment[];
  passes: PassThrough[];
  /** The branches follow each other in one column (see {@link stackLadder}). */
  stacked?: boolean;
}

/** Where a track runs across the ladder, in percent, given which branches exist. */
export function trackPosition(track: Path, branches: readonly Branch[]): number {
  if (track === 'both' || branches.length < 2) return 50;
  return track === 'deal' ? 25 : 75;
}

/**
 * Places the rungs: ordered by level (dataset order breaks ties); a shared rung takes a row
 * of its own; the branch rungs of one level share rows, each branch in its own column.
 */
export function layoutLadder(input: readonly Rung[]): LadderLayout {
  // Array#sort is stable: dataset order breaks ties.
  const sorted = [...input].sort((a, b) => a.level - b.level);
  const branches = BRANCHES.filter((b) => sorted.some((r) => r.path === b));
  const cells: Omit<PlacedRung, 'order'>[] = [];
  let row = 0;
  for (let i = 0; i < sorted.length;) {
    const level = sorted[i]!.level;
    let j = i;
    while (j < sorted.length && sorted[j]!.level === level) j++;
    const group = sorted.slice(i, j);
    for (const rung of group)
      if (rung.path === 'both') cells.push({ rung, row: row++, track: 'both' });
    let height = 0;
    for (const branch of BRANCHES) {
      const own = group.filter((r) => r.path === branch);
      own.forEach((rung, k) => cells.push({ rung, row: row + k, track: branch }));
      height = Math.max(height, own.length);
    }
    row += height;
    i = j;
  }
  // Reading order: PATHS lists the trunk, then the deal branch, then the no-deal branch.
  const rungs = [...cells]
    .sort((a, b) => PATHS.indexOf(a.track) - PATHS.indexOf(b.track) || a.row - b.row)
    .map((c, order) => ({ ...c, order }));

  // Each branch is the sequence of its own rungs and the shared ones; consecutive members are
  // joined by a rail, which runs through the branch's column where it skips rows.
  const rails = new Map<string, RailSegment>();
  const passes: PassThrough[] = [];
  const pathsOf = branches.length ? branches : (['deal'] as Branch[]);
  for (const branch of pathsOf) {
    const seq = cells
      .filter((c) => c.track === 'both' || c.track === branch)
      .sort((a, b) => a.row - b.row);
    for (let k = 1; k < seq.length; k++) {
      const a = seq[k - 1]!;
      const b = seq[k]!;
      const via = trackPosition(branch, branches);
      for (let gap = a.row; gap < b.row; gap++) {
        const from = gap === a.row ? trackPosition(a.track, branches) : via;
        const to = gap === b.row - 1 ? trackPosition(b.track, branches) : via;
        const key = `${gap}|${from}|${to}`;
        const seg = rails.get(key);
        if (seg) {
          if (!seg.paths.includes(branch)) seg.paths.push(branch);
        } else rails.set(key, { gap, from, to, paths: [branch] });
        if (gap > a.row) passes.push({ row: gap, track: branch });
      }
    }
  }
  return {
    rungs,
    rows: row,
    branches,
    rails: [...rails.values()].sort((a, b) => a.gap - b.gap || a.from - b.from || a.to - b.to),
    passes,
  };
}

/** Below this width (px) a vertical ladder stacks its branches instead of two narrow columns. */
export const MIN_SPLIT_WIDTH = 480;

/**
 * The same ladder in one column, in reading order: the shared rungs, then the deal branch,
 * then the no-deal branch, one rung a row. Rails join consecutive rungs, except where the
 * no-deal branch starts after the deal branch's last rung (it leaves from the trunk).
 */
export const stackLadder = (layout: LadderLayout): LadderLayout => ({
  ...layout,
  rungs: layout.rungs.map((p) => ({ ...p, row: p.order })),
  rows: layout.rungs.length,
  rails: layout.rungs
    .slice(1)
    .flatMap(({ track }, gap) =>
      track === 'no-deal' && layout.rungs[gap]!.track === 'deal'
        ? []
        : [{ gap, from: 50, to: 50, paths: track === 'both' ? [...BRANCHES] : [track] }],
    ),
  passes: [],
  stacked: true,
});

/** The grid columns (vertical) or rows (horizontal) a track spans: `1/-1` is the whole width. */
export function trackSpan(track: Path, layout: LadderLayout): string {
  if (track === 'both' || layout.stacked) return '1/-1';
  return track === 'deal' || layout.branches.length < 2 ? '1' : '2';
}

/**
 * A grid item's placement as CSS text (`grid-row` and `grid-column`): `step` is the grid line
 * along the ladder, `across` the tracks it spans across it. The element sets it through the
 * CSSOM, which a strict `style-src` allows, unlike a `style` attribute in the markup.
 */
export function cellPlacement(vertical: boolean, step: number, across: string): string {
  return vertical
    ? `grid-row:${step};grid-column:${across}`
    : `grid-column:${step};grid-row:${across}`;
}

/**
 * Where the citation pinned on `placed` goes on a vertical ladder, as CSS text: in the gap
 * right under its rung, across the same tracks (the gap grows to hold it, see
 * {@link gridTemplate}). On a horizontal ladder the stylesheet puts it in a row of its own
 * below the lanes.
 */
export function pinnedPlacement(placed: PlacedRung, layout: LadderLayout): string {
  return cellPlacement(true, 2 * placed.row + 2, trackSpan(placed.track, layout));
}

/**
 * The ladder grid's `grid-template` as CSS text. Along the ladder: a track per step with a
 * gap track between two steps, where the rails run (`--nv-ladder-gap`); across it: one track,
 * or two when the branches stand side by side. Rung `row` sits on grid line `2 * row + 1`,
 * gap `g` on line `2 * g + 2`. A gap keeps its size unless a citation pinned in it (under its
 * rung, on a vertical ladder) grows it, so the rungs after it move down instead of being covered.
 */
export function gridTemplate(layout: LadderLayout, vertical: boolean): string {
  const step = vertical ? 'auto' : 'minmax(0,1fr)';
  const gap = 'minmax(var(--nv-ladder-gap,1.75em),auto)';
  const gaps = layout.rows > 1 ? `repeat(${layout.rows - 1},${step} ${gap}) ` : '';
  const along = `${gaps}${step}`;
  const tracks = layout.branches.length > 1 && !layout.stacked ? 2 : 1;
  const across = `repeat(${tracks},${vertical ? 'minmax(0,1fr)' : '1fr'})`;
  return `grid-template:${vertical ? `${along}/${across}` : `${across}/${along}`}`;
}

/**
 * The orientation to draw: vertical below {@link MIN_HORIZONTAL_WIDTH}, or when a horizontal
 * step would be narrower than {@link MIN_HORIZONTAL_STEP}; otherwise what was asked.
 * A width of 0 (not laid out yet, `display: none`) counts as narrow.
 */
export function effectiveOrientation(
  requested: Orientation,
  width: number,
  rows: number,
): Orientation {
  if (requested === 'vertical') return 'vertical';
  if (!(width >= MIN_HORIZONTAL_WIDTH)) return 'vertical';
  return width / Math.max(1, rows) >= MIN_HORIZONTAL_STEP ? 'horizontal' : 'vertical';
}

/**
 * Lines that `text` needs when wrapped greedily at word boundaries into `maxChars` characters
 * per line; a word longer than a line is broken (as `overflow-wrap: anywhere` does).
 */
export function wrapLines(text: string, maxChars: number): number {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const width = Math.max(1, Math.floor(maxChars));
  let lines = 1;
  let used = 0;
  for (const word of words) {
    let len = word.length;
    if (used > 0 && used + 1 + len <= width) {
      used += 1 + len;
      continue;
    }
    if (used > 0) lines++;
    while (len > width) {
      lines++;
      len -= width;
    }
    used = len;
  }
  return lines;
}

/**
 * Typographic assumptions for estimating heights, in px at the default 16 px font size.
 * `chrome` and `chromeText` cover the caption, summary, legend, table button and source line
 * together: a fixed part, and wrapped text whose height grows as the width shrinks
 * (`chromeText / width`; fitted to the drawn element at 390 and 1280 px).
 */
const METRICS = {
  /** Average character width of the body font. */
  charWidth: 8,
  /** Line height of the body font. */
  lineHeight: 23,
  /** Average character width of the small text (actors, date, status). */
  smallCharWidth: 7,
  /** Line height of the small text. */
  smallLineHeight: 20,
  /** Rung box padding and border, top and bottom together. */
  paddingY: 20,
  /** Rung box padding and border, left and right together. */
  paddingX: 28,
  /** A gap row between two steps, where the rails run. */
  gap: 28,
  chrome: 190,
  chromeText: 163000,
} as const;

/** The text a rung box shows, in one language. */
export interface RungText {
  label: string;
  actors: string;
  date: string;
  status: string;
}

/** Estimated height (px) of one rung box `width` px wide. */
export function rungHeight(text: RungText, width: number): number {
  const inner = Math.max(1, width - METRICS.paddingX);
  const small = (s: string) =>
    wrapLines(s, inner / METRICS.smallCharWidth) * METRICS.smallLineHeight;
  const label = wrapLines(text.label, inner / METRICS.charWidth) * METRICS.lineHeight;
  return Math.ceil(
    METRICS.paddingY + small(text.status) + label + small(text.actors) + small(text.date),
  );
}

/**
 * Estimated height (px) of the whole element at `width` — reserved before the first paint so
 * that a loading, error or late dataset does not shift the page.
 */
export function estimateHeight(
  layout: LadderLayout,
  texts: ReadonlyMap<string, RungText>,
  width: number,
  orientation: Orientation,
): number {
  const w = width > 0 ? width : 640;
  const chrome = METRICS.chrome + METRICS.chromeText / w;
  if (layout.rungs.length === 0) return Math.ceil(chrome);
  if (orientation === 'horizontal') {
    const step = (w - (layout.rows - 1) * METRICS.gap) / Math.max(1, layout.rows);
    let tallest = 0;
    for (const p of layout.rungs)
      tallest = Math.max(tallest, rungHeight(texts.get(p.rung.id)!, step));
    const lanes = layout.branches.length > 1 ? 2 : 1;
    return Math.ceil(chrome + tallest * lanes + 8 * lanes);
  }
  const rowHeights = new Array<number>(layout.rows).fill(0);
  const split = layout.branches.length > 1 && !layout.stacked;
  for (const p of layout.rungs) {
    const cell = p.track === 'both' || !split ? w : w / 2 - 6;
    rowHeights[p.row] = Math.max(rowHeights[p.row]!, rungHeight(texts.get(p.rung.id)!, cell));
  }
  return Math.ceil(
    chrome + rowHeights.reduce((s, h) => s + h, 0) + (layout.rows - 1) * METRICS.gap,
  );
}

/** Keys that move the focus between rungs. */
export const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
export type NavKey = (typeof NAV_KEYS)[number];

/** Whether `key` (a `KeyboardEvent.key`) moves the focus between rungs. */
export function isNavKey(key: string): key is NavKey {
  return (NAV_KEYS as readonly string[]).includes(key);
}

/**
 * The rung the focus moves to from `id` on `key`. Along the ladder (Down/Up when vertical,
 * Right/Left when horizontal) it follows the rung's branch — from a shared rung, the branch
 * `prefer` names (the deal branch when both are shown); across it jumps to the other branch's
 * nearest rung. Home and End go to the first and last rung in reading order. Returns `id`
 * when there is nowhere to go.
 */
export function nextRung(
  layout: LadderLayout,
  id: string,
  key: NavKey,
  orientation: Orientation,
  prefer: Path = 'both',
): string {
  const list = layout.rungs;
  const here = list.find((p) => p.rung.id === id);
  if (!here) return list[0]?.rung.id ?? id;
  if (key === 'Home') return list[0]!.rung.id;
  if (key === 'End') return list[list.length - 1]!.rung.id;
  const vertical = orientation === 'vertical';
  const forward = vertical ? 'ArrowDown' : 'ArrowRight';
  const back = vertical ? 'ArrowUp' : 'ArrowLeft';
  if (key === forward || key === back) {
    const branch: Branch | undefined =
      here.track !== 'both'
        ? here.track
        : layout.branches.includes(prefer as Branch)
          ? (prefer as Branch)
          : layout.branches[0];
    const seq = list
      .filter((p) => p.track === 'both' || p.track === branch)
      .sort((a, b) => a.row - b.row || a.order - b.order);
    const i = seq.indexOf(here);
    const next = seq[key === forward ? i + 1 : i - 1];
    return next ? next.rung.id : id;
  }
  // Across: to the other branch, the rung nearest in row (the earlier one on a tie).
  if (here.track === 'both') return id;
  const toFirst = vertical ? key === 'ArrowLeft' : key === 'ArrowUp';
  const target: Branch = toFirst ? 'deal' : 'no-deal';
  if (target === here.track) return id;
  let best: PlacedRung | undefined;
  for (const p of list) {
    if (p.track !== target) continue;
    const d = Math.abs(p.row - here.row);
    if (!best || d < Math.abs(best.row - here.row)) best = p;
  }
  return best ? best.rung.id : id;
}

/** Statuses that describe something that has happened or is happening. */
export const HAPPENED: readonly RungStatus[] = ['ongoing', 'agreed'];

/**
 * Where things stand by default: of the rungs that have happened, the one with the latest
 * date not after `asOf` (the article's date); without dates, the highest such rung.
 */
export function defaultCurrent(rungs: readonly Rung[], asOf?: string): Rung | undefined {
  const happened = rungs.filter((r) => HAPPENED.includes(r.status));
  const dated = happened.filter((r) => r.date && (!asOf || r.date.value <= asOf));
  const pool = dated.length ? dated : happened;
  let best: Rung | undefined;
  for (const r of pool) {
    // Later date, or the same date and a higher level; the first rung beats none.
    const d = best ? (r.date?.value ?? '').localeCompare(best.date?.value ?? '') : 1;
    if (d > 0 || (d === 0 && r.level > best!.level)) best = r;
  }
  return best;
}
