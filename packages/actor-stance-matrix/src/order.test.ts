import { describe, expect, it } from 'vitest';
import { type Dataset } from '@nato-viz/data';
import { validateDataset } from '@nato-viz/data/validate';
import {
  agreement,
  buildMatrix,
  cellStance,
  indexStances,
  nextIssueSort,
  orderActors,
  parseIds,
  pickSubset,
  tally,
  unknownIdDetail,
} from './order.js';
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
    expect(s.ok && ids(s.items)).toEqual([
      'russia',
      'putin',
      'ukraine',
      'united-states',
      'european-leaders',
    ]);
  });
  it('pickSubset(actors, ["ukraine", "russia"]) keeps the written order', () => {
    const s = pickSubset(data.actors, ['ukraine', 'russia']);
    expect(s.ok && ids(s.items)).toEqual(['ukraine', 'russia']);
  });
  it('pickSubset(actors, ["russia", "mars"]) fails naming the unknown and the valid ids', () => {
    const s = pickSubset(data.actors, ['russia', 'mars']);
    expect(s).toEqual({
      ok: false,
      unknown: ['mars'],
      valid: ['russia', 'putin', 'ukraine', 'united-states', 'european-leaders'],
    });
    if (!s.ok)
      expect(unknownIdDetail(s)).toBe(
        'unknown id "mars"; valid ids: russia, putin, ukraine, united-states, european-leaders',
      );
  });
  it('unknownIdDetail names several unknown ids in the plural', () => {
    expect(unknownIdDetail({ unknown: ['a', 'b'], valid: [] })).toBe(
      'unknown ids "a", "b"; valid ids: (none)',
    );
  });
});

describe('cellStance', () => {
  const index = indexStances(data.stances);
  it('cellStance(index, "russia", "nato-air-policing") is the dataset’s stance', () => {
    expect(cellStance(index, 'russia', 'nato-air-policing').position).toBe('opposes');
  });
  it('cellStance for a silent pair is not-stated without citations', () => {
    expect(cellStance(index, 'putin', 'ceasefire')).toEqual({
      actor: 'putin',
      issue: 'ceasefire',
      position: 'not-stated',
      citations: [],
    });
  });
});

describe('orderActors', () => {
  it('orderActors(…, "data") keeps the dataset order', () => {
    expect(ids(orderActors(data.actors, data.issues, data.stances, 'data'))).toEqual(
      ids(data.actors),
    );
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
    const shown = data.issues.filter(
      (i) => i.id === 'multinational-force' || i.id === 'nato-air-policing',
    );
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
    const rows = orderActors(data.actors, data.issues, data.stances, 'data', {
      issue: 'leave-donbas',
      direction: 'ascending',
    });
    // russia supports, united-states supports, ukraine conditional, putin/european-leaders silent
    expect(ids(rows)).toEqual(['russia', 'united-states', 'ukraine', 'putin', 'european-leaders']);
  });
  it('orderActors by an issue descending: opposes first, silence still last', () => {
    const rows = orderActors(data.actors, data.issues, data.stances, 'data', {
      issue: 'leave-donbas',
      direction: 'descending',
    });
    expect(ids(rows)).toEqual(['ukraine', 'russia', 'united-states', 'putin', 'european-leaders']);
  });
  it('an issue sort breaks ties in the agreement order', () => {
    const rows = orderActors(data.actors, data.issues, data.stances, 'agreement', {
      issue: 'nato-at-border',
      direction: 'ascending',
    });
    expect(ids(rows)).toEqual(['russia', 'putin', 'united-states', 'european-leaders', 'ukraine']);
  });
  it('an issue sort on an issue not shown is ignored', () => {
    const shown = data.issues.slice(0, 1);
    expect(
      ids(
        orderActors(data.actors, shown, data.stances, 'data', {
          issue: 'nato-at-border',
          direction: 'ascending',
        }),
      ),
    ).toEqual(ids(data.actors));
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
    expect(nextIssueSort({ issue: 'x', direction: 'descending' }, 'y')).toEqual({
      issue: 'y',
      direction: 'ascending',
    });
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

describe('buildMatrix', () => {
  it('buildMatrix(data, all) has a stance in every cell, silence as not-stated', () => {
    const r = buildMatrix(data, { actors: null, issues: null, sort: 'data' });
    if (!r.ok) throw new Error('expected a matrix');
    expect(r.matrix.cells).toHaveLength(data.actors.length);
    expect(r.matrix.cells.every((row) => row.length === data.issues.length)).toBe(true);
    expect(r.matrix.cells[1]![0]).toEqual({
      actor: 'putin',
      issue: 'ceasefire',
      position: 'not-stated',
      citations: [],
    });
  });
  it('buildMatrix(data, subset, agreement) keeps the written issue order and sorts the actors', () => {
    const r = buildMatrix(data, {
      actors: 'russia, united-states',
      issues: 'nato-air-policing,ceasefire',
      sort: 'agreement',
    });
    if (!r.ok) throw new Error('expected a matrix');
    expect(ids(r.matrix.actors)).toEqual(['united-states', 'russia']);
    expect(ids(r.matrix.issues)).toEqual(['nato-air-policing', 'ceasefire']);
    expect(r.matrix.cells[1]![0]!.position).toBe('opposes');
  });
  it('buildMatrix(data, column sort) orders by the reader’s issue', () => {
    const r = buildMatrix(data, {
      actors: null,
      issues: null,
      sort: 'data',
      issueSort: { issue: 'leave-donbas', direction: 'descending' },
    });
    expect(r.ok && ids(r.matrix.actors)).toEqual([
      'ukraine',
      'russia',
      'united-states',
      'putin',
      'european-leaders',
    ]);
  });
  it('buildMatrix names the attribute with the unknown id: actors before issues', () => {
    expect(buildMatrix(data, { actors: 'mars', issues: 'peace', sort: 'data' })).toMatchObject({
      ok: false,
      attribute: 'actors',
    });
    expect(buildMatrix(data, { actors: null, issues: 'peace', sort: 'data' })).toEqual({
      ok: false,
      attribute: 'issues',
      detail: `unknown id "peace"; valid ids: ${ids(data.issues).join(', ')}`,
    });
  });
});
