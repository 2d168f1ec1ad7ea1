import { describe, expect, it } from 'vitest';
import { cardOrder, clampCell, moveCell, nextCell, sameCell } from './keyboard.js';

describe('moveCell in the grid', () => {
  const move = (row: number, col: number, key: string, ctrl = false) =>
    moveCell({ row, col }, key, ctrl, 5, 8, 'grid');
  it('ArrowRight/ArrowLeft move one column and stop at the edges', () => {
    expect(move(2, 3, 'ArrowRight')).toEqual({ row: 2, col: 4 });
    expect(move(2, 7, 'ArrowRight')).toEqual({ row: 2, col: 7 });
    expect(move(2, 0, 'ArrowLeft')).toEqual({ row: 2, col: 0 });
  });
  it('ArrowUp from the first row reaches the column headers (row −1) and stops there', () => {
    expect(move(0, 3, 'ArrowUp')).toEqual({ row: -1, col: 3 });
    expect(move(-1, 3, 'ArrowUp')).toEqual({ row: -1, col: 3 });
  });
  it('ArrowDown stops at the last row', () => {
    expect(move(4, 3, 'ArrowDown')).toEqual({ row: 4, col: 3 });
  });
  it('Home/End go to the row’s ends; Ctrl+Home/End to the grid’s', () => {
    expect(move(2, 3, 'Home')).toEqual({ row: 2, col: 0 });
    expect(move(2, 3, 'End')).toEqual({ row: 2, col: 7 });
    expect(move(2, 3, 'Home', true)).toEqual({ row: 0, col: 0 });
    expect(move(2, 3, 'End', true)).toEqual({ row: 4, col: 7 });
  });
  it('other keys do not move', () => {
    expect(move(2, 3, 'a')).toBeUndefined();
    expect(moveCell({ row: 0, col: 0 }, 'ArrowDown', false, 0, 0, 'grid')).toBeUndefined();
  });
  it('a position outside a shrunken grid is clamped first', () => {
    expect(moveCell({ row: 9, col: 9 }, 'ArrowLeft', false, 2, 3, 'grid')).toEqual({
      row: 1,
      col: 1,
    });
  });
});

describe('moveCell in cards', () => {
  const move = (row: number, col: number, key: string) =>
    moveCell({ row, col }, key, false, 5, 8, 'cards');
  it('ArrowDown steps to the next issue, then to the next card', () => {
    expect(move(0, 3, 'ArrowDown')).toEqual({ row: 0, col: 4 });
    expect(move(0, 7, 'ArrowDown')).toEqual({ row: 1, col: 0 });
    expect(move(4, 7, 'ArrowDown')).toEqual({ row: 4, col: 7 });
  });
  it('ArrowUp steps back across cards and has no header row', () => {
    expect(move(1, 0, 'ArrowUp')).toEqual({ row: 0, col: 7 });
    expect(move(0, 0, 'ArrowUp')).toEqual({ row: 0, col: 0 });
  });
  it('ArrowRight/ArrowLeft jump to the same issue on the next/previous actor', () => {
    expect(move(1, 5, 'ArrowRight')).toEqual({ row: 2, col: 5 });
    expect(move(1, 5, 'ArrowLeft')).toEqual({ row: 0, col: 5 });
  });
});

describe('cardOrder', () => {
  it('cardOrder(cells) reads stated positions first, then the silent ones, row by row', () => {
    const p = (...ps: string[]) => ps.map((position) => ({ position }) as { position: 'supports' });
    expect(
      cardOrder([
        p('not-stated', 'supports', 'not-stated'),
        p('opposes', 'not-stated', 'supports'),
      ]),
    ).toEqual([
      { row: 0, col: 1 },
      { row: 0, col: 0 },
      { row: 0, col: 2 },
      { row: 1, col: 0 },
      { row: 1, col: 2 },
      { row: 1, col: 1 },
    ]);
  });
});

describe('nextCell', () => {
  const p = (...ps: string[]) => ps.map((position) => ({ position }) as { position: 'supports' });
  const cells = [p('not-stated', 'supports', 'not-stated'), p('opposes', 'not-stated', 'supports')];
  it('nextCell in cards steps Down/Up in reading order: stated positions, then the silent line, across cards', () => {
    expect(nextCell({ row: 0, col: 1 }, 'ArrowDown', false, cells, 'cards')).toEqual({
      row: 0,
      col: 0,
    });
    expect(nextCell({ row: 0, col: 2 }, 'ArrowDown', false, cells, 'cards')).toEqual({
      row: 1,
      col: 0,
    });
    expect(nextCell({ row: 1, col: 0 }, 'ArrowUp', false, cells, 'cards')).toEqual({
      row: 0,
      col: 2,
    });
    expect(nextCell({ row: 1, col: 1 }, 'ArrowDown', false, cells, 'cards')).toEqual({
      row: 1,
      col: 1,
    });
    expect(nextCell({ row: 0, col: 1 }, 'ArrowUp', false, cells, 'cards')).toEqual({
      row: 0,
      col: 1,
    });
  });
  it('nextCell in cards moves Left/Right and Home/End as moveCell does', () => {
    expect(nextCell({ row: 0, col: 2 }, 'ArrowRight', false, cells, 'cards')).toEqual({
      row: 1,
      col: 2,
    });
    expect(nextCell({ row: 1, col: 1 }, 'Home', false, cells, 'cards')).toEqual({ row: 1, col: 0 });
  });
  it('nextCell in the grid is moveCell over the matrix’s size', () => {
    expect(nextCell({ row: 0, col: 1 }, 'ArrowDown', false, cells, 'grid')).toEqual({
      row: 1,
      col: 1,
    });
    expect(nextCell({ row: 0, col: 1 }, 'ArrowUp', false, cells, 'grid')).toEqual({
      row: -1,
      col: 1,
    });
    expect(nextCell({ row: 0, col: 0 }, 'ArrowDown', false, [], 'grid')).toBeUndefined();
  });
});

describe('clampCell', () => {
  it('clampCell(pos inside) is pos itself', () => {
    const pos = { row: 1, col: 2 };
    expect(clampCell(pos, 5, 8, 'grid')).toBe(pos);
  });
  it('clampCell moves a position outside a shrunken matrix onto its last row and column', () => {
    expect(clampCell({ row: 9, col: 9 }, 2, 3, 'grid')).toEqual({ row: 1, col: 2 });
  });
  it('clampCell keeps a column header in the grid, not in cards (they have no header row)', () => {
    expect(clampCell({ row: -1, col: 3 }, 5, 8, 'grid')).toEqual({ row: -1, col: 3 });
    expect(clampCell({ row: -1, col: 3 }, 5, 8, 'cards')).toEqual({ row: 0, col: 3 });
  });
});

describe('sameCell', () => {
  it('sameCell compares rows and columns, and is false for a missing cell', () => {
    expect(sameCell({ row: 1, col: 2 }, { row: 1, col: 2 })).toBe(true);
    expect(sameCell({ row: 1, col: 2 }, { row: 2, col: 1 })).toBe(false);
    expect(sameCell(undefined, { row: 0, col: 0 })).toBe(false);
  });
});
