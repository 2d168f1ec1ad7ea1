// Which drawing fits the element's width: the wide table, its compact form, or actor cards.

/** The two drawings: a table, or (narrow) a list of actor cards. */
export const LAYOUTS = ['grid', 'cards'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Below this width (px) the matrix is always cards. */
const BREAKPOINT = 560;

/**
 * The narrowest width (px) at which the table still fits without horizontal scrolling: an
 * actor column (`actor` ems, 9 by default) plus a minimum per issue, in ems; and never below
 * `breakpoint` (560 px).
 */
export function gridMinWidth(cols: number, em: number, breakpoint = BREAKPOINT, actor = 9): number {
  return Math.max(breakpoint, Math.round((actor + 6.5 * cols) * em));
}

/**
 * The narrowest width (px) of the compact table: a 6 em actor column, 4 em per issue (cells
 * show the glyph over a short word) and the figure's padding; never below `breakpoint`. Eight
 * issues fit a 640 px article column.
 */
export function compactMinWidth(cols: number, em: number, breakpoint = BREAKPOINT): number {
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
  return width < gridMinWidth(cols, em, BREAKPOINT, actor);
}

/** The drawing chosen by {@link fitLayout}. */
export interface Fit {
  layout: Layout;
  /** Narrow columns and short words; only ever in the grid. */
  compact: boolean;
  /** Width of the actor column, px. */
  actorPx: number;
}

/**
 * The drawing for an element `width` px wide at `em` px per em, showing `cols` issues and the
 * actors `names`; `undefined` while it has no width (keep the last). The wide grid's actor
 * column fits the longest word of a name; the compact grid's takes what 4 em per issue and
 * the padding leave, between 6 em and that width.
 */
export function fitLayout(
  width: number,
  em: number,
  cols: number,
  names: readonly string[],
): Fit | undefined {
  const layout = layoutFor(width, cols, em);
  if (!layout) return undefined;
  const actorEm = actorWidth(names);
  const compact = layout === 'grid' && isCompact(width, cols, em, actorEm);
  const wide = actorEm * em;
  const actorPx = compact ? Math.max(6 * em, Math.min(wide, width - (1 + 4 * cols) * em)) : wide;
  return { layout, compact, actorPx: Math.round(actorPx) };
}
