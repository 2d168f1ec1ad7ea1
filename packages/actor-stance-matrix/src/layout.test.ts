import { describe, expect, it } from 'vitest';
import { type Dataset } from '@nato-viz/data';
import { validateDataset } from '@nato-viz/data/validate';
import {
  agreement,
  cellStance,
  gridMinWidth,
  compactMinWidth,
  isCompact,
  actorWidth,
  cardOrder,
  indexStances,
  layoutFor,
  moveCell,
  nextIssueSort,
  orderActors,
  parseIds,
  pickSubset,
  tally,
  unknownIdDetail,
} from './layout.js';
import { articleFixture } from '../test/fixtures/article.js';

const result = validateDataset(articleFixture);
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const data: Dataset = result.data;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('parseIds', () => {
  it('parseIds(null) is undefined (show everything)', () => {
    expect(parseIds(null)).toBeUndefined();
    expect(parseIds(undefined)).toBeUndefined();
  });
  it('parseIds(" , ") is undefined', () => {
    expect(parseIds(' , ')).toBeUndefined();
  });
  it('parseIds(" russia, ukraine ,russia,") trims and drops blanks and repeats', () => {
    expect(parseIds(' russia, ukraine ,russia,')).toEqual(['russia', 'ukraine']);
  });
});

describe('pickSubset', () => {
  it('pickSubset(actors, undefined) keeps every actor in dataset order', () => {
    const s = pickSubset(data.actors, undefined);
    expect(s.ok && ids(s.items)).toEqual(['russia', 'putin', 'ukraine', 'united-states', 'european-leaders']);
  });
  it('pickSubset(actors, ["ukraine", "russia"]) keeps the written order', () => {
    const s = pickSubset(data.actors, ['ukraine', 'russia']);
    expect(s.ok && ids(s.items)).toEqual(['ukraine', 'russia']);
  });
  it('pickSubset(actors, ["russia", "mars"]) fails naming the unknown and the valid ids', () => {
    const s = pickSubset(data.actors, ['russia', 'mars']);
    expect(s).toEqual({ ok: false, unknown: ['mars'], valid: ['russia', 'putin', 'ukraine', 'united-states', 'european-leaders'] });
    if (!s.ok)
      expect(unknownIdDetail(s)).toBe('unknown id "mars"; valid ids: russia, putin, ukraine, united-states, european-leaders');
  });
  it('unknownIdDetail names several unknown ids in the plural', () => {
    expect(unknownIdDetail({ unknown: ['a', 'b'], valid: [] })).toBe('unknown ids "a", "b"; valid ids: (none)');
  });
});

describe('cellStance', () => {
  const index = indexStances(data.stances);
  it('cellStance(index, "russia", "nato-air-policing") is the dataset’s stance', () => {
    expect(cellStance(index, 'russia', 'nato-air-policing').position).toBe('opposes');
  });
  it('cellStance for a silent pair is not-stated without citations', () => {
    expect(cellStance(index, 'putin', 'ceasefire')).toEqual({ actor: 'putin', issue: 'ceasefire', position: 'not-stated', citations: [] });
  });
});

describe('orderActors', () => {
  it('orderActors(…, "data") keeps the dataset order', () => {
    expect(ids(orderActors(data.actors, data.issues, data.stances, 'data'))).toEqual(ids(data.actors));
  });
  it('orderActors(…, "agreement") puts most issues supported first, ties in dataset order', () => {
    // supports: united-states 5, european-leaders 2, russia 1, ukraine 1, putin 0
    expect(ids(orderActors(data.actors, data.issues, data.stances, 'agreement'))).toEqual([
      'united-states',
      'european-leaders',
      'russia',
      'ukraine',
      'putin',
    ]);
  });
  it('agreement counts only the issues shown', () => {
    const shown = data.issues.filter((i) => i.id === 'multinational-force' || i.id === 'nato-air-policing');
    expect(agreement(data.stances, 'united-states', shown)).toBe(1);
    expect(ids(orderActors(data.actors, shown, data.stances, 'agreement'))).toEqual([
      'united-states',
      'european-leaders',
      'russia',
      'putin',
      'ukraine',
    ]);
  });
  it('orderActors by an issue ascending: supports, conditional, opposes, then silence', () => {
    const rows = orderActors(data.actors, data.issues, data.stances, 'data', { issue: 'leave-donbas', direction: 'ascending' });
    // russia supports, united-states supports, ukraine conditional, putin/european-leaders silent
    expect(ids(rows)).toEqual(['russia', 'united-states', 'ukraine', 'putin', 'european-leaders']);
  });
  it('orderActors by an issue descending: opposes first, silence still last', () => {
    const rows = orderActors(data.actors, data.issues, data.stances, 'data', { issue: 'leave-donbas', direction: 'descending' });
    expect(ids(rows)).toEqual(['ukraine', 'russia', 'united-states', 'putin', 'european-leaders']);
  });
  it('an issue sort breaks ties in the agreement order', () => {
    const rows = orderActors(data.actors, data.issues, data.stances, 'agreement', { issue: 'nato-at-border', direction: 'ascending' });
    expect(ids(rows)).toEqual(['russia', 'putin', 'united-states', 'european-leaders', 'ukraine']);
  });
  it('an issue sort on an issue not shown is ignored', () => {
    const shown = data.issues.slice(0, 1);
    expect(ids(orderActors(data.actors, shown, data.stances, 'data', { issue: 'nato-at-border', direction: 'ascending' }))).toEqual(
      ids(data.actors),
    );
  });
});

describe('nextIssueSort', () => {
  it('cycles ascending → descending → off on the same issue', () => {
    const a = nextIssueSort(undefined, 'x');
    expect(a).toEqual({ issue: 'x', direction: 'ascending' });
    const d = nextIssueSort(a, 'x');
    expect(d).toEqual({ issue: 'x', direction: 'descending' });
    expect(nextIssueSort(d, 'x')).toBeUndefined();
  });
  it('starts ascending on another issue', () => {
    expect(nextIssueSort({ issue: 'x', direction: 'descending' }, 'y')).toEqual({ issue: 'y', direction: 'ascending' });
  });
});

describe('tally', () => {
  it('tally counts each position', () => {
    const index = indexStances(data.stances);
    const cells = data.actors.flatMap((a) => data.issues.map((i) => cellStance(index, a.id, i.id)));
    // 9 supports (russia 1, ukraine 1, united-states 5, european-leaders 2), 5 opposes (russia 4, putin 1)
    expect(tally(cells)).toEqual({ supports: 9, opposes: 5, conditional: 2, 'not-stated': 24 });
  });
});

describe('moveCell in the grid', () => {
  const move = (row: number, col: number, key: string, ctrl = false) => moveCell({ row, col }, key, ctrl, 5, 8, 'grid');
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
    expect(moveCell({ row: 9, col: 9 }, 'ArrowLeft', false, 2, 3, 'grid')).toEqual({ row: 1, col: 1 });
  });
});

describe('moveCell in cards', () => {
  const move = (row: number, col: number, key: string) => moveCell({ row, col }, key, false, 5, 8, 'cards');
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

describe('layoutFor', () => {
  it('layoutFor(0, …) is undefined: no width yet, keep the last layout', () => {
    expect(layoutFor(0, 8, 16)).toBeUndefined();
    expect(layoutFor(Number.NaN, 8, 16)).toBeUndefined();
  });
  it('below 560 px it is cards, even for one issue', () => {
    expect(layoutFor(559, 1, 16)).toBe('cards');
    expect(layoutFor(560, 1, 16)).toBe('grid');
  });
  // Changed on purpose: the grid used to need 976 px for 8 issues (cards in a 640 px article
  // column); its compact form fits 624 px, so cards only below that.
  it('cards while the issues do not fit the compact grid; the grid from 624 px for 8 issues', () => {
    expect(compactMinWidth(8, 16)).toBe(624);
    expect(layoutFor(623, 8, 16)).toBe('cards');
    expect(layoutFor(624, 8, 16)).toBe('grid');
    expect(layoutFor(640, 8, 16)).toBe('grid');
  });
  it('isCompact(…) until the wide grid fits: 976 px for 8 issues with a 9 em actor column', () => {
    expect(gridMinWidth(8, 16)).toBe(976);
    expect(isCompact(975, 8, 16)).toBe(true);
    expect(isCompact(976, 8, 16)).toBe(false);
    expect(isCompact(976, 8, 16, 14)).toBe(true);
  });
});

describe('actorWidth', () => {
  it('actorWidth(names) fits the longest word, between 9 and 14 em', () => {
    expect(actorWidth(['NAVO', 'Rusland'])).toBe(9);
    expect(actorWidth(['bondskanselier Friedrich Merz'])).toBe(10);
    expect(actorWidth(['topvertegenwoordigers van de VS'])).toBe(14);
  });
});

describe('cardOrder', () => {
  it('cardOrder(cells) reads stated positions first, then the silent ones, row by row', () => {
    const p = (...ps: string[]) => ps.map((position) => ({ position }) as { position: 'supports' });
    expect(cardOrder([p('not-stated', 'supports', 'not-stated'), p('opposes', 'not-stated', 'supports')])).toEqual([
      { row: 0, col: 1 }, { row: 0, col: 0 }, { row: 0, col: 2 },
      { row: 1, col: 0 }, { row: 1, col: 2 }, { row: 1, col: 1 },
    ]);
  });
});
