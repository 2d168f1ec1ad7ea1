import { describe, expect, it } from 'vitest';
import { dataset } from '@nato-viz/data';
import { defaultCurrent } from './layout.js';
import { messages } from './messages.js';
import { happenedCount, stepCount, summarize } from './summary.js';

describe('messages', () => {
  it('messages has the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    for (const lang of ['nl', 'en'] as const)
      for (const [key, value] of Object.entries(messages[lang]))
        expect(value.trim(), `${lang}.${key}`).not.toBe('');
  });
  it('no message holds several forms joined by "|" (plurals and lists are separate keys)', () => {
    for (const lang of ['nl', 'en'] as const)
      for (const [key, value] of Object.entries(messages[lang]))
        expect(value, `${lang}.${key}`).not.toContain('|');
  });
});

describe('stepCount and happenedCount', () => {
  it('stepCount picks the singular for one and the plural otherwise', () => {
    expect(stepCount('en', 1)).toBe('1 step');
    expect(stepCount('en', 0)).toBe('0 steps');
    expect(stepCount('nl', 2)).toBe('2 stappen');
  });
  it('happenedCount agrees the verb with the count', () => {
    expect(happenedCount('en', 1)).toBe('1 has happened or is under way');
    expect(happenedCount('en', 3)).toBe('3 have happened or are under way');
    expect(happenedCount('nl', 1)).toBe('1 is gebeurd of aan de gang');
    expect(happenedCount('nl', 2)).toBe('2 zijn gebeurd of aan de gang');
  });
});

describe('summarize', () => {
  const current = defaultCurrent(dataset.rungs, dataset.article?.date);
  it('summarize("en", article rungs) counts steps, what happened, what did not, the fork and where things stand', () => {
    expect(summarize('en', dataset.rungs, current)).toBe(
      '10 steps; 3 have happened or are under way, not yet: 3 proposed, 1 conditional, and 3 hypothetical. ' +
        'After 3 steps the ladder splits: with a deal 4 steps, without a deal 3 steps. ' +
        'Where things stand: Agreement on robust security guarantees.',
    );
  });
  it('summarize("nl", article rungs) speaks Dutch', () => {
    expect(summarize('nl', dataset.rungs, current)).toBe(
      '10 stappen; 3 zijn gebeurd of aan de gang, nog niet: 3 voorgesteld, 1 voorwaardelijk en 3 hypothetisch. ' +
        'Na 3 stappen splitst de ladder: met deal 4 stappen, zonder deal 3 stappen. ' +
        'Hier staan we nu: Akkoord over robuuste veiligheids\u00ADgaranties.',
    );
  });
  it('summarize of one rung uses the singular', () => {
    expect(summarize('en', [dataset.rungs[0]!])).toBe('1 step; 1 has happened or is under way.');
  });
});
