import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@nato-viz/data/validate';
import { articleFixture } from './fixtures/article.js';

const article = readFileSync(
  new URL('../../../data/source/article.nl.txt', import.meta.url),
  'utf8',
);
const paragraphs = article.split('\n').filter((l) => l.trim() !== '');

describe('test/fixtures/article.ts', () => {
  it('validates against the dataset schema', () => {
    expect(validateDataset(articleFixture)).toMatchObject({ ok: true });
  });
  it('quotes the article verbatim, in the paragraph it names', () => {
    const all = [
      ...articleFixture.actors,
      ...articleFixture.issues,
      ...articleFixture.stances,
    ].flatMap((r) => r.citations);
    expect(all.length).toBeGreaterThan(20);
    for (const c of all) expect(paragraphs[c.paragraph - 1], c.quote).toContain(c.quote);
  });
});

describe('syntheticMatrix', () => {
  it('syntheticMatrix(40, 20) is a valid dataset with 800 stances (at the schema limits)', async () => {
    const { syntheticMatrix } = await import('./fixtures/synthetic.js');
    const result = validateDataset(syntheticMatrix(40, 20));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.stances).toHaveLength(800);
  });
});
