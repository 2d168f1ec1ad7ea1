import type { Stance } from '@nato-viz/data';
import type { Layout } from './layout.js';

/** A cell of the grid: `row` is an actor index, `col` an issue index; row −1 is the column headers. */
export interface CellPos {
  row: number;
  col: number;
}

/** The keys that move between cells. */
export const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** Whether two positions name the same cell. */
export function sameCell(a: CellPos | undefined, b: CellPos | undefined): boolean {
  return a !== undefined && b !== undefined && a.row === b.row && a.col === b.col;
}

/**
 * `pos` moved inside a grid of `rows` × `cols` (it may have shrunk); cards have no header row.
 * `pos` itself when it already fits.
 */
export function clampCell(pos: CellPos, rows: number, cols: number, layout: Layout): CellPos {
  const row = clamp(pos.row, layout === 'grid' ? -1 : 0, Math.max(0, rows - 1));
  const col = clamp(pos.col, 0, Math.max(0, cols - 1));
  return row === pos.row && col === pos.col ? pos : { row, col };
}

/**
 * Where focus goes from `from` on `key` in a grid of `rows` actors × `cols` issues, or
 * `undefined` for a key that does not move. In the grid, arrows move one cell and stop at the
 * edges, Up from the first row reaches the column headers, Home/End go to the row's first/last
 * cell and Ctrl+Home/End to the grid's. In cards (one actor per card, issues listed down),
 * Up/Down step through the issues in issue order across cards, Left/Right jump to the same
 * issue on the previous/next actor.
 */
export function moveCell(
  from: CellPos,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
  layout: Layout,
): CellPos | undefined {
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
 * The order cells are read in a card: the stated positions first, then the issues the
 * article is silent on (collapsed into one line), row by row.
 */
export function cardOrder(cells: readonly (readonly Pick<Stance, 'position'>[])[]): CellPos[] {
  return cells.flatMap((row, r) => {
    const stated: CellPos[] = [];
    const silent: CellPos[] = [];
    row.forEach((s, c) => (s.position === 'not-stated' ? silent : stated).push({ row: r, col: c }));
    return [...stated, ...silent];
  });
}

/**
 * Where focus goes from `from` on `key` in the matrix drawn as `layout`: {@link moveCell},
 * except that Up/Down in cards follow the cards' reading order ({@link cardOrder}): a card lists
 * its stated positions first, then one line of the issues the article is silent on.
 */
export function nextCell(
  from: CellPos,
  key: string,
  ctrl: boolean,
  cells: readonly (readonly Pick<Stance, 'position'>[])[],
  layout: Layout,
): CellPos | undefined {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  if (layout === 'cards' && (key === 'ArrowUp' || key === 'ArrowDown') && rows > 0 && cols > 0) {
    const order = cardOrder(cells);
    const at = order.findIndex((p) => sameCell(p, from));
    const step = key === 'ArrowDown' ? 1 : -1;
    return order[clamp(at + step, 0, order.length - 1)];
  }
  return moveCell(from, key, ctrl, rows, cols, layout);
}
