import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATH, articleParagraphs, generated } from '../test/paths.js';
import { dataset, presenceIn, rungsOnPath, stanceOf, type Citation } from './index.js';
import { validateDataset } from './validate-entry.js';

/** Every value in the dataset that matches `pick`, with its JSON path. */
function collect<T>(
  value: unknown,
  pick: (v: Record<string, unknown>) => boolean,
  path = '$',
): { path: string; value: T }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collect<T>(v, pick, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (pick(record)) return [{ path, value: value as T }];
    return Object.entries(record).flatMap(([k, v]) => collect<T>(v, pick, `${path}.${k}`));
  }
  return [];
}

const paragraphs = articleParagraphs();
const citations = collect<Citation>(dataset, (v) => 'quote' in v && 'paragraph' in v);

describe('the article', () => {
  it('generated/article.nl.txt is a byte-for-byte copy of data/source/article.nl.txt', () => {
    expect(generated('article.nl.txt').equals(readFileSync(ARTICLE_PATH))).toBe(true);
  });

  it('has as many paragraphs as dataset.article.paragraphs', () => {
    expect(paragraphs).toHaveLength(dataset.article!.paragraphs);
  });

  it('dataset.article.title.nl is the headline sentence of paragraph 1, verbatim', () => {
    expect(paragraphs[0]).toContain(dataset.article!.title.nl);
    expect(paragraphs[0]).toBe(` date ${dataset.article!.date} ${dataset.article!.title.nl}`);
  });
});

describe('citations', () => {
  it('there are citations to check', () => {
    expect(citations.length).toBeGreaterThan(50);
  });

  it('every quote is a verbatim substring of its paragraph', () => {
    const wrong = citations
      .filter(({ value: c }) => !paragraphs[c.paragraph - 1]?.includes(c.quote))
      .map(({ path, value: c }) => `${path}: ¶${c.paragraph} “${c.quote}”`);
    expect(wrong).toEqual([]);
  });

  it('quotes keep the article’s typography (U+2011 hyphens, curly quotes, en dashes)', () => {
    const quotes = citations.map((c) => c.value.quote).join('\n');
    expect(quotes).toContain('NAVO\u2011troepen');
    expect(quotes).toContain('\u201Cbereidwillige landen\u201D');
    expect(quotes).toContain(' \u2013 ');
    expect(quotes).toContain('luchtruim gaan bewaken , zoals');
  });

  it('every translation is non-empty English, not the Dutch quote', () => {
    const wrong = citations
      .filter(({ value: c }) => !c.translation.trim() || c.translation === c.quote)
      .map((c) => c.path);
    expect(wrong).toEqual([]);
  });
});

describe('facts and context', () => {
  it('every actor, issue, rung and presence record has at least one citation', () => {
    const records = {
      actors: dataset.actors,
      issues: dataset.issues,
      rungs: dataset.rungs,
      presence: dataset.presence,
    };
    const bare = Object.entries(records).flatMap(([name, list]) =>
      list.filter((r) => r.citations.length === 0).map((r) => `${name}/${r.id}`),
    );
    expect(bare).toEqual([]);
  });

  it('every region has a citation or a context source; every context fact a source', () => {
    expect(
      dataset.regions.filter((r) => !r.citations.length && !r.context?.length).map((r) => r.id),
    ).toEqual([]);
    expect(dataset.context.filter((c) => !c.context.length).map((c) => c.id)).toEqual([]);
  });

  it('every stated position has a basis and a citation', () => {
    const wrong = dataset.stances.filter(
      (s) => s.position !== 'not-stated' && (!s.basis || !s.citations.length),
    );
    expect(wrong).toEqual([]);
  });

  it('every context source has a source, a date and an http(s) URL', () => {
    const sources = collect<{ source: string; url?: string; date: string }>(
      dataset,
      (v) => 'source' in v && 'note' in v,
    );
    expect(sources.length).toBeGreaterThanOrEqual(5);
    expect(
      sources
        .filter(({ value: s }) => !s.source || !/^https?:\/\//.test(s.url ?? '') || !s.date)
        .map((s) => s.path),
    ).toEqual([]);
  });

  it('Crimea is context only: no citation, the UN General Assembly resolution of 2014-03-27 as source', () => {
    const crimea = dataset.regions.find((r) => r.id === 'crimea')!;
    expect(crimea.kind).toBe('occupied-context');
    expect(crimea.citations).toEqual([]);
    expect(crimea.context?.[0]).toMatchObject({
      url: 'https://digitallibrary.un.org/record/767565',
      date: '2014-03-27',
    });
    expect(paragraphs.join('\n')).not.toMatch(/Krim/);
  });

  it('NATO membership on 2025-12-17 is context: 32 distinct states with the NATO source', () => {
    const members = dataset.context.find((c) => c.id === 'nato-members')!;
    expect(new Set(members.countries).size).toBe(32);
    expect(members.countries).toEqual(
      expect.arrayContaining(['FIN', 'SWE', 'USA', 'TUR', 'EST', 'LVA', 'LTU']),
    );
    expect(members.countries).not.toContain('UKR');
    expect(members.context[0]).toMatchObject({
      url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
      date: '2025-12-17',
    });
  });

  it('the Monday-evening agreement is dated 2025-12-15, marked derived: a Monday, two days before the article', () => {
    const rung = dataset.rungs.find((r) => r.id === 'security-guarantees-agreed')!;
    expect(rung.date).toMatchObject({ value: '2025-12-15', derived: true });
    const day = new Date(`${rung.date!.value}T00:00:00Z`);
    const article = new Date(`${dataset.article!.date}T00:00:00Z`);
    expect(day.getUTCDay()).toBe(1);
    expect((article.getTime() - day.getTime()) / 86_400_000).toBeGreaterThan(0);
    expect((article.getTime() - day.getTime()) / 86_400_000).toBeLessThan(7);
  });
});

describe('labels', () => {
  it('every label, name, note and description has Dutch and English text', () => {
    const texts = collect<Record<string, unknown>>(dataset, (v) => 'nl' in v || 'en' in v);
    expect(texts.length).toBeGreaterThan(100);
    const wrong = texts
      .filter(
        ({ value: t }) =>
          typeof t.nl !== 'string' || typeof t.en !== 'string' || !t.nl.trim() || !t.en.trim(),
      )
      .map((t) => t.path);
    expect(wrong).toEqual([]);
  });

  it('every actor, issue, rung, presence record and region has a label in both languages', () => {
    const labelled = [
      ...dataset.actors.map((a) => a.name),
      ...[
        ...dataset.issues,
        ...dataset.rungs,
        ...dataset.presence,
        ...dataset.regions,
        ...dataset.context,
      ].map((r) => r.label),
    ];
    expect(labelled.every((l) => l.nl.trim() && l.en.trim())).toBe(true);
  });
});

describe('the dataset', () => {
  it('validateDataset(dataset) accepts it unchanged', () => {
    const result = validateDataset(JSON.parse(generated('article.json').toString('utf8')));
    expect(result).toEqual({ ok: true, data: dataset });
  });

  it('has a stance for every actor × issue pair, in actor then issue order', () => {
    const pairs = dataset.actors.flatMap((a) => dataset.issues.map((i) => `${a.id}/${i.id}`));
    expect(dataset.stances.map((s) => `${s.actor}/${s.issue}`)).toEqual(pairs);
  });

  it('states are ISO 3166-1 alpha-3; Putin, Zelensky and Merz are part of their state', () => {
    const iso = Object.fromEntries(
      dataset.actors.filter((a) => a.kind === 'state').map((a) => [a.id, a.iso3]),
    );
    expect(iso).toEqual({ russia: 'RUS', ukraine: 'UKR', 'united-states': 'USA', germany: 'DEU' });
    expect(dataset.actors.find((a) => a.id === 'putin')?.partOf).toEqual(['russia']);
    expect(dataset.actors.find((a) => a.id === 'zelensky')?.partOf).toEqual(['ukraine']);
    expect(dataset.actors.find((a) => a.id === 'merz')?.partOf).toContain('germany');
  });

  it('stanceOf(dataset, "united-states", "us-arms-deliveries") is conditional, reported', () => {
    expect(stanceOf(dataset, 'united-states', 'us-arms-deliveries')).toMatchObject({
      position: 'conditional',
      basis: 'reported',
    });
  });

  it('stanceOf(dataset, "nato", "nato-air-policing") is not-stated: the article gives no NATO position', () => {
    expect(stanceOf(dataset, 'nato', 'nato-air-policing').position).toBe('not-stated');
  });

  it('rungsOnPath(dataset, "deal") climbs from the war to a permanent NATO presence', () => {
    const ids = rungsOnPath(dataset, 'deal').map((r) => r.id);
    expect(ids[0]).toBe('war');
    expect(ids.at(-1)).toBe('permanent-nato-presence');
    expect(ids).not.toContain('permanent-war');
  });

  it('rungsOnPath(dataset, "no-deal") ends in permanent war, and nothing on it is agreed or proposed', () => {
    const rungs = rungsOnPath(dataset, 'no-deal').filter((r) => r.path === 'no-deal');
    expect(rungs.at(-1)?.id).toBe('permanent-war');
    expect(rungs.every((r) => r.status === 'hypothetical')).toBe(true);
  });

  it('presenceIn(dataset, "no-deal") shows the war and the Baltic precedent, no Western presence in Ukraine', () => {
    const ids = presenceIn(dataset, 'no-deal').map((p) => p.id);
    expect(ids.sort()).toEqual(['nato-baltic-air-policing', 'russia-war']);
  });

  it('presenceIn(dataset, "deal") puts the multinational force on ground, in the air and at sea in Ukraine', () => {
    const force = presenceIn(dataset, 'deal').filter((p) => p.actor === 'multinational-force');
    expect(force.map((p) => p.domain).sort()).toEqual(['air', 'ground', 'sea']);
    expect(force.every((p) => p.countries.includes('UKR') && p.status === 'proposed')).toBe(true);
  });
});
