import { describe, expect, it } from 'vitest';
import { dataset } from '@nato-viz/data';
import { rungTexts } from './rung-texts.js';

describe('rungTexts', () => {
  it('rungTexts(article, "nl") names the actors, dates the rung and marks a derived date', () => {
    const text = rungTexts(dataset, 'nl').get('security-guarantees-agreed')!;
    expect(text).toEqual({
      label: 'Akkoord over robuuste veiligheids\u00ADgaranties',
      actors:
        // The names' soft hyphens (U+00AD) are where a narrow line may break them (issue 17).
        'president Volodymyr Zelensky, Europese leiders, bonds\u00ADkanselier Friedrich Merz en top\u00ADvertegen\u00ADwoordigers van de VS',
      date: '15 december 2025 (afgeleid)',
      status: 'afgesproken',
    });
  });

  it('rungTexts(article, "en") speaks English', () => {
    const text = rungTexts(dataset, 'en').get('security-guarantees-agreed')!;
    expect(text.label).toBe('Agreement on robust security guarantees');
    expect(text.actors).toContain('Chancellor Friedrich Merz');
    expect(text.date).toBe('15 December 2025 (derived)');
    expect(text.status).toBe('agreed');
  });

  it('a rung without a date has an empty date; one text per rung', () => {
    const texts = rungTexts(dataset, 'nl');
    expect(texts.get('war')!.date).toBe('');
    expect([...texts.keys()]).toEqual(dataset.rungs.map((r) => r.id));
  });

  it('an actor id missing from the actors stays readable as its id', () => {
    const data = { ...dataset, rungs: [{ ...dataset.rungs[0]!, actors: ['nobody-known'] }] };
    expect(rungTexts(data, 'en').get(dataset.rungs[0]!.id)!.actors).toBe('nobody-known');
  });
});
