import { describe, expect, it } from 'vitest';
import { dataset, type Rung } from '@nato-viz/data';
import {
  cellPlacement,
  defaultCurrent,
  effectiveOrientation,
  estimateHeight,
  gridTemplate,
  isNavKey,
  layoutLadder,
  nextRung,
  pinnedPlacement,
  rungHeight,
  stackLadder,
  trackPosition,
  trackSpan,
  wrapLines,
  type RungText,
} from './layout.js';

const cite = [{ paragraph: 10, quote: 'blijven vechten', translation: 'keep fighting' }];
function rung(
  id: string,
  level: number,
  path: Rung['path'],
  status: Rung['status'] = 'proposed',
  date?: string,
): Rung {
  return {
    id,
    level,
    path,
    status,
    label: { nl: id, en: id },
    actors: [],
    citations: cite,
    ...(date ? { date: { value: date, derived: false } } : {}),
  };
}
const ids = (l: ReturnType<typeof layoutLadder>) =>
  l.rungs.map((p) => `${p.rung.id}@${p.row}:${p.track}`);

describe('layoutLadder', () => {
  it('layoutLadder([]) returns no rungs, no rows and no rails', () => {
    expect(layoutLadder([])).toEqual({ rungs: [], rows: 0, branches: [], rails: [], passes: [] });
  });

  it('layoutLadder(shared rungs) stacks them by level, one row each, whatever the input order', () => {
    const l = layoutLadder([rung('c', 2, 'both'), rung('a', 0, 'both'), rung('b', 1, 'both')]);
    expect(ids(l)).toEqual(['a@0:both', 'b@1:both', 'c@2:both']);
    expect(l.rows).toBe(3);
    expect(l.rails).toEqual([
      { gap: 0, from: 50, to: 50, paths: ['deal'] },
      { gap: 1, from: 50, to: 50, paths: ['deal'] },
    ]);
  });

  it('layoutLadder(article rungs) forks after the shared rungs into two side-by-side branches', () => {
    const l = layoutLadder(dataset.rungs);
    expect(l.branches).toEqual(['deal', 'no-deal']);
    expect(l.rows).toBe(7);
    const row = Object.fromEntries(l.rungs.map((p) => [p.rung.id, [p.row, p.track]]));
    expect(row['security-guarantees-agreed']).toEqual([2, 'both']);
    expect(row['donbas-withdrawal-ceasefire']).toEqual([3, 'deal']);
    expect(row['russia-keeps-fighting']).toEqual([3, 'no-deal']);
    expect(row['permanent-nato-presence']).toEqual([6, 'deal']);
    // The fork: from the trunk (50 %) to each branch (25 % and 75 %) in gap 2.
    expect(l.rails.filter((r) => r.gap === 2)).toEqual([
      { gap: 2, from: 50, to: 25, paths: ['deal'] },
      { gap: 2, from: 50, to: 75, paths: ['no-deal'] },
    ]);
    // Shared rails belong to both branches.
    expect(l.rails.find((r) => r.gap === 0)!.paths).toEqual(['deal', 'no-deal']);
  });

  it('layoutLadder lists rungs in reading order: shared, then the deal branch, then the no-deal branch', () => {
    const l = layoutLadder([
      rung('n1', 1, 'no-deal'),
      rung('d1', 1, 'deal'),
      rung('s', 0, 'both'),
      rung('d2', 2, 'deal'),
    ]);
    expect(l.rungs.map((p) => p.rung.id)).toEqual(['s', 'd1', 'd2', 'n1']);
    expect(l.rungs.map((p) => p.order)).toEqual([0, 1, 2, 3]);
  });

  it('layoutLadder stacks two rungs of one branch at the same level in consecutive rows', () => {
    const l = layoutLadder([
      rung('s', 0, 'both'),
      rung('d1', 1, 'deal'),
      rung('d2', 1, 'deal'),
      rung('n', 1, 'no-deal'),
    ]);
    expect(ids(l)).toEqual(['s@0:both', 'd1@1:deal', 'd2@2:deal', 'n@1:no-deal']);
    expect(l.rows).toBe(3);
  });

  it('layoutLadder runs a branch rail through the empty cells where the branch skips rows, and merges back', () => {
    const l = layoutLadder([
      rung('s', 0, 'both'),
      rung('d1', 1, 'deal'),
      rung('d2', 2, 'deal'),
      rung('t', 3, 'both'),
    ]);
    // Only the deal branch exists: it is drawn on the centre line.
    expect(l.branches).toEqual(['deal']);
    expect(l.rails.every((r) => r.from === 50 && r.to === 50)).toBe(true);
    const both = layoutLadder([
      rung('s', 0, 'both'),
      rung('d1', 1, 'deal'),
      rung('d2', 2, 'deal'),
      rung('n1', 1, 'no-deal'),
      rung('t', 3, 'both'),
    ]);
    expect(both.passes).toEqual([{ row: 2, track: 'no-deal' }]);
    expect(both.rails.filter((r) => r.gap === 2)).toEqual([
      { gap: 2, from: 25, to: 50, paths: ['deal'] },
      { gap: 2, from: 75, to: 50, paths: ['no-deal'] },
    ]);
  });

  it('layoutLadder(200 rungs) places every rung in a distinct cell', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      rung(`r${i}`, Math.floor(i / 3), i % 3 === 0 ? 'both' : i % 3 === 1 ? 'deal' : 'no-deal'),
    );
    const l = layoutLadder(many);
    const cells = new Set(l.rungs.map((p) => `${p.row}|${p.track}`));
    expect(cells.size).toBe(200);
    expect(l.rungs).toHaveLength(200);
  });
});

describe('stackLadder', () => {
  it('puts one rung a row in reading order: shared, deal branch, no-deal branch', () => {
    const stacked = stackLadder(layoutLadder(dataset.rungs));
    expect(stacked.stacked).toBe(true);
    expect(stacked.rows).toBe(10);
    expect(stacked.rungs.map((p) => p.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(stacked.passes).toEqual([]);
  });

  it('joins consecutive rungs by a straight rail, except where the no-deal branch starts after the deal branch', () => {
    const stacked = stackLadder(
      layoutLadder([
        rung('a', 0, 'both'),
        rung('d1', 1, 'deal'),
        rung('d2', 2, 'deal'),
        rung('n1', 1, 'no-deal'),
      ]),
    );
    expect(stacked.rails).toEqual([
      { gap: 0, from: 50, to: 50, paths: ['deal'] },
      { gap: 1, from: 50, to: 50, paths: ['deal'] },
    ]);
  });

  it('estimates a stacked ladder with full-width rungs, so taller than two columns at the same width', () => {
    const layout = layoutLadder(dataset.rungs);
    const texts = new Map<string, RungText>(
      dataset.rungs.map((r) => [
        r.id,
        { label: r.label.nl, actors: 'Rusland en Oekraïne', date: '', status: 'voorgesteld' },
      ]),
    );
    expect(estimateHeight(stackLadder(layout), texts, 390, 'vertical')).toBeGreaterThan(
      estimateHeight(layout, texts, 390, 'vertical'),
    );
  });
});

describe('trackPosition', () => {
  it('trackPosition puts the trunk in the middle and the branches at a quarter and three quarters', () => {
    expect(trackPosition('both', ['deal', 'no-deal'])).toBe(50);
    expect(trackPosition('deal', ['deal', 'no-deal'])).toBe(25);
    expect(trackPosition('no-deal', ['deal', 'no-deal'])).toBe(75);
    expect(trackPosition('no-deal', ['no-deal'])).toBe(50);
  });
});

describe('effectiveOrientation', () => {
  it('effectiveOrientation("horizontal", 479, 7) is vertical: below 480 px the ladder stands up', () => {
    expect(effectiveOrientation('horizontal', 479, 7)).toBe('vertical');
    expect(effectiveOrientation('horizontal', 1200, 7)).toBe('horizontal');
  });
  it('effectiveOrientation("horizontal", 0, 7) is vertical (not laid out yet)', () => {
    expect(effectiveOrientation('horizontal', 0, 7)).toBe('vertical');
    expect(effectiveOrientation('horizontal', Number.NaN, 7)).toBe('vertical');
  });
  it('effectiveOrientation("horizontal", 1600, 200) is vertical: the steps would be too narrow', () => {
    expect(effectiveOrientation('horizontal', 1600, 200)).toBe('vertical');
  });
  it('effectiveOrientation("vertical", 1600, 3) stays vertical', () => {
    expect(effectiveOrientation('vertical', 1600, 3)).toBe('vertical');
  });
});

describe('wrapLines', () => {
  it('wrapLines("", 10) is 0 lines', () => {
    expect(wrapLines('', 10)).toBe(0);
    expect(wrapLines('   ', 10)).toBe(0);
  });
  it('wrapLines wraps at word boundaries', () => {
    expect(wrapLines('aaa bbb ccc', 7)).toBe(2);
    expect(wrapLines('aaa bbb ccc', 11)).toBe(1);
    expect(wrapLines('aaa bbb ccc', 3)).toBe(3);
  });
  it('wrapLines breaks a word longer than a line', () => {
    expect(wrapLines('topvertegenwoordigers', 10)).toBe(3);
    expect(wrapLines('a topvertegenwoordigers b', 10)).toBe(4);
  });
  it('wrapLines survives a width below one character', () => {
    expect(wrapLines('abc', 0)).toBe(3);
  });
});

describe('heights', () => {
  const text: RungText = {
    label: 'Permanente NAVO-aanwezigheid aan de Russische grens',
    actors: 'NAVO en Oekraïne',
    date: '',
    status: 'voorwaardelijk',
  };
  it('rungHeight grows when the box gets narrower (labels wrap)', () => {
    expect(rungHeight(text, 140)).toBeGreaterThan(rungHeight(text, 600));
  });
  it('estimateHeight of the article at 320 px is taller than at 1200 px, and finite at width 0', () => {
    const l = layoutLadder(dataset.rungs);
    const texts = new Map(
      dataset.rungs.map((r) => [
        r.id,
        { label: r.label.nl, actors: 'x', date: '', status: r.status },
      ]),
    );
    const narrow = estimateHeight(l, texts, 320, 'vertical');
    const wide = estimateHeight(l, texts, 1200, 'vertical');
    expect(narrow).toBeGreaterThan(wide);
    expect(Number.isFinite(estimateHeight(l, texts, 0, 'vertical'))).toBe(true);
    expect(estimateHeight(l, texts, 1200, 'horizontal')).toBeLessThan(wide);
  });
});

describe('nextRung', () => {
  const l = layoutLadder(dataset.rungs);
  it('nextRung(ArrowDown) from the last shared rung enters the deal branch; with path="no-deal", the no-deal branch', () => {
    expect(nextRung(l, 'security-guarantees-agreed', 'ArrowDown', 'vertical')).toBe(
      'donbas-withdrawal-ceasefire',
    );
    expect(nextRung(l, 'security-guarantees-agreed', 'ArrowDown', 'vertical', 'no-deal')).toBe(
      'russia-keeps-fighting',
    );
  });
  it('nextRung(ArrowUp) from the first rung of a branch returns to the trunk', () => {
    expect(nextRung(l, 'russia-keeps-fighting', 'ArrowUp', 'vertical')).toBe(
      'security-guarantees-agreed',
    );
  });
  it('nextRung(ArrowRight) when vertical jumps to the other branch at the same step', () => {
    expect(nextRung(l, 'multinational-force', 'ArrowRight', 'vertical')).toBe(
      'no-binding-agreement',
    );
    expect(nextRung(l, 'no-binding-agreement', 'ArrowLeft', 'vertical')).toBe(
      'multinational-force',
    );
    // The no-deal branch is shorter: from the top of the deal branch, to its nearest rung.
    expect(nextRung(l, 'permanent-nato-presence', 'ArrowRight', 'vertical')).toBe('permanent-war');
  });
  it('nextRung along the ladder uses Right/Left when horizontal', () => {
    expect(nextRung(l, 'war', 'ArrowRight', 'horizontal')).toBe('us-pressure');
    expect(nextRung(l, 'multinational-force', 'ArrowDown', 'horizontal')).toBe(
      'no-binding-agreement',
    );
  });
  it('nextRung stays put at the ends and across from the trunk', () => {
    expect(nextRung(l, 'war', 'ArrowUp', 'vertical')).toBe('war');
    expect(nextRung(l, 'permanent-war', 'ArrowDown', 'vertical')).toBe('permanent-war');
    expect(nextRung(l, 'us-pressure', 'ArrowRight', 'vertical')).toBe('us-pressure');
  });
  it('nextRung(Home/End) goes to the first and last rung in reading order', () => {
    expect(nextRung(l, 'multinational-force', 'Home', 'vertical')).toBe('war');
    expect(nextRung(l, 'war', 'End', 'vertical')).toBe('permanent-war');
  });
});

describe('defaultCurrent', () => {
  it('defaultCurrent(article) is the agreement of 2025-12-15', () => {
    const r = defaultCurrent(dataset.rungs, dataset.article?.date);
    expect(r?.date?.value).toBe('2025-12-15');
    expect(r?.status).toBe('agreed');
  });
  it('defaultCurrent ignores dates after the article and rungs that have not happened', () => {
    const r = defaultCurrent(
      [
        rung('a', 0, 'both', 'ongoing', '2025-01-01'),
        rung('b', 1, 'both', 'agreed', '2026-01-01'),
        rung('c', 2, 'deal', 'proposed', '2025-06-01'),
      ],
      '2025-12-17',
    );
    expect(r?.id).toBe('a');
  });
  it('defaultCurrent without dates is the highest rung that has happened', () => {
    expect(
      defaultCurrent([
        rung('a', 0, 'both', 'ongoing'),
        rung('b', 1, 'both', 'ongoing'),
        rung('c', 2, 'deal'),
      ])?.id,
    ).toBe('b');
  });
  it('defaultCurrent([]) is undefined', () => {
    expect(defaultCurrent([])).toBeUndefined();
  });
});

describe('grid placement', () => {
  const article = layoutLadder(dataset.rungs);
  it('trackSpan: the trunk spans the width, each branch its own track; all span when stacked', () => {
    expect(trackSpan('both', article)).toBe('1/-1');
    expect(trackSpan('deal', article)).toBe('1');
    expect(trackSpan('no-deal', article)).toBe('2');
    expect(trackSpan('no-deal', stackLadder(article))).toBe('1/-1');
    expect(trackSpan('no-deal', layoutLadder(dataset.rungs.filter((r) => r.path !== 'deal')))).toBe(
      '1',
    );
  });
  it('cellPlacement(vertical) puts the step on the rows, the span on the columns; horizontal the other way', () => {
    expect(cellPlacement(true, 3, '1/-1')).toBe('grid-row:3;grid-column:1/-1');
    expect(cellPlacement(false, 3, '2')).toBe('grid-column:3;grid-row:2');
  });
  it('gridTemplate(article, vertical): a track per step with gap tracks between (growing to hold a pinned citation), two tracks across', () => {
    expect(gridTemplate(article, true)).toBe(
      'grid-template:repeat(6,auto minmax(var(--nv-ladder-gap,1.75em),auto)) auto/repeat(2,minmax(0,1fr))',
    );
    expect(gridTemplate(stackLadder(article), false)).toBe(
      'grid-template:repeat(1,1fr)/repeat(9,minmax(0,1fr) minmax(var(--nv-ladder-gap,1.75em),auto)) minmax(0,1fr)',
    );
    expect(gridTemplate(layoutLadder([rung('a', 0, 'both')]), true)).toBe(
      'grid-template:auto/repeat(1,minmax(0,1fr))',
    );
  });
});

describe('pinnedPlacement (issue 17)', () => {
  const article = layoutLadder(dataset.rungs);
  const placed = (id: string, layout = article) => layout.rungs.find((p) => p.rung.id === id)!;
  it('in the gap under its rung (line 2 * row + 2), across its own tracks', () => {
    expect(pinnedPlacement(placed('war'), article)).toBe('grid-row:2;grid-column:1/-1');
    expect(pinnedPlacement(placed('donbas-withdrawal-ceasefire'), article)).toBe(
      'grid-row:8;grid-column:1',
    );
    expect(pinnedPlacement(placed('permanent-war'), article)).toBe('grid-row:12;grid-column:2');
    // The last row has no gap after it: the citation goes in an implicit track below.
    expect(pinnedPlacement(placed('permanent-nato-presence'), article)).toBe(
      `grid-row:${2 * article.rows};grid-column:1`,
    );
    const stacked = stackLadder(article);
    expect(pinnedPlacement(placed('permanent-war', stacked), stacked)).toBe(
      `grid-row:${2 * placed('permanent-war', stacked).row + 2};grid-column:1/-1`,
    );
  });
});

describe('isNavKey', () => {
  it('isNavKey answers for the arrow keys, Home and End only', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].every(isNavKey)).toBe(
      true,
    );
    expect(['Enter', ' ', 'Escape', 'Tab', 'PageDown'].some(isNavKey)).toBe(false);
  });
});
