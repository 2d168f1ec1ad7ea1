import { describe, expect, it } from 'vitest';
import { breakable, type Breakable } from '../test/paths.js';
import { dataset } from './index.js';
import { formatPath, validateDataset, type DatasetIssue } from './validate-entry.js';
import { MAX_ISSUES } from './validate.js';

const copy = (): Breakable => breakable(dataset);
const issuesOf = (input: unknown): DatasetIssue[] => {
  const result = validateDataset(input);
  return result.ok ? [] : result.issues;
};

describe('validateDataset', () => {
  it('validateDataset({ version: 1 }) accepts a minimal dataset and fills empty collections', () => {
    expect(validateDataset({ version: 1 })).toMatchObject({
      ok: true,
      data: { actors: [], stances: [], rungs: [] },
    });
  });

  it('names the JSON path of a missing field', () => {
    const broken = copy();
    delete broken.actors[1].name;
    expect(issuesOf(broken)).toEqual([expect.objectContaining({ path: '$.actors[1].name' })]);
  });

  it('lists the allowed values for an unknown enum value', () => {
    const broken = copy();
    broken.stances[0].position = 'maybe';
    const [issue] = issuesOf(broken);
    expect(issue?.path).toBe('$.stances[0].position');
    for (const allowed of ['supports', 'opposes', 'conditional', 'not-stated'])
      expect(issue?.message).toContain(allowed);
  });

  it('rejects an unknown rung status at $.rungs[3].status', () => {
    const broken = copy();
    broken.rungs[3].status = 'imminent';
    expect(issuesOf(broken)[0]).toMatchObject({
      path: '$.rungs[3].status',
      message: expect.stringContaining('hypothetical'),
    });
  });

  it('rejects a duplicate id and points at the first one', () => {
    const broken = copy();
    broken.regions[1].id = broken.regions[0].id;
    expect(issuesOf(broken)).toContainEqual({
      path: '$.regions[1].id',
      message: 'Duplicate id "donbas" (first at $.regions[0])',
    });
  });

  it('rejects references to unknown actors, issues and regions', () => {
    const broken = copy();
    broken.rungs[0].actors.push('nobody');
    broken.stances[0].issue = 'no-such-issue';
    broken.presence[0].regions.push('atlantis');
    broken.actors[1].partOf = ['ghost'];
    expect(issuesOf(broken)).toEqual(
      expect.arrayContaining([
        { path: '$.rungs[0].actors[2]', message: 'Unknown actor id "nobody"' },
        { path: '$.stances[0].issue', message: 'Unknown issue id "no-such-issue"' },
        { path: '$.presence[0].regions[0]', message: 'Unknown region id "atlantis"' },
        { path: '$.actors[1].partOf[0]', message: 'Unknown actor id "ghost"' },
      ]),
    );
  });

  it('rejects two stances for the same actor and issue', () => {
    const broken = copy();
    broken.stances.push({ ...broken.stances[0] });
    expect(issuesOf(broken)).toContainEqual(
      expect.objectContaining({ path: `$.stances[${broken.stances.length - 1}]` }),
    );
  });

  it('rejects __proto__ keys, at the top level and nested, naming the path', () => {
    expect(issuesOf(JSON.parse('{"version":1,"__proto__":{"polluted":true}}'))).toEqual([
      expect.objectContaining({ path: '$.__proto__' }),
    ]);
    const nested = copy();
    nested.actors[0].name = JSON.parse(
      '{"nl":"Rusland","en":"Russia","__proto__":{"polluted":true}}',
    );
    expect(issuesOf(nested)).toEqual([
      expect.objectContaining({ path: '$.actors[0].name.__proto__' }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a fact without a citation, and a stated position without a basis', () => {
    const broken = copy();
    broken.issues[0].citations = [];
    const stated = broken.stances.findIndex((s: { position: string }) => s.position === 'supports');
    delete broken.stances[stated].basis;
    const paths = issuesOf(broken).map((i) => i.path);
    expect(paths).toContain('$.issues[0].citations');
    expect(paths).toContain(`$.stances[${stated}]`);
  });

  it('rejects a label missing its English text, and whitespace-only Dutch', () => {
    const broken = copy();
    delete broken.issues[2].label.en;
    broken.rungs[0].label.nl = '   ';
    const paths = issuesOf(broken).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['$.issues[2].label.en', '$.rungs[0].label.nl']));
  });

  it('rejects a citation paragraph that is not a positive integer', () => {
    const broken = copy();
    broken.actors[0].citations[0].paragraph = 0;
    broken.actors[1].citations[0].paragraph = 2.5;
    const paths = issuesOf(broken).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.actors[0].citations[0].paragraph',
        '$.actors[1].citations[0].paragraph',
      ]),
    );
  });

  it('formatPath(["rungs", 3, "status"]) is $.rungs[3].status; odd keys are quoted', () => {
    expect(formatPath(['rungs', 3, 'status'])).toBe('$.rungs[3].status');
    expect(formatPath(['a-b'])).toBe('$["a-b"]');
  });
});

describe('validateDataset reports every problem in one pass, in plain words', () => {
  it('schema problems, every unknown field and broken references together', () => {
    const input = JSON.parse(
      '{"version":1,"extra":1,"more":2,"actors":[{"id":"a","kind":"state","name":{"nl":"A","en":"A"},"citations":[],"oops":true}],"stances":[{"actor":"a","issue":"nope","position":"maybe","citations":[]}]}',
    );
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        '$.extra',
        '$.more',
        '$.actors[0].oops',
        '$.stances[0].position',
        '$.stances[0].issue',
      ]),
    );
    expect(issues).toContainEqual({
      path: '$.stances[0].issue',
      message: 'Unknown issue id "nope"',
    });
  });

  it('says a __proto__ key is not allowed and why, not "Expected never"', () => {
    const [issue] = issuesOf(JSON.parse('{"version":1,"__proto__":{"polluted":true}}'));
    expect(issue).toEqual({
      path: '$.__proto__',
      message:
        '"__proto__" is not allowed as a field name: it could change the prototype of objects built from the data',
    });
  });

  it('words every message plainly: no valibot jargon (Invalid key, never, received)', () => {
    const broken = copy();
    broken.version = 2;
    broken.stances[0].position = 'maybe';
    delete broken.actors[1].name;
    broken.rungs[0].date = { value: 'tomorrow', derived: false };
    broken.issues[0].label.nl = '   ';
    const issues = issuesOf(broken);
    expect(issues.length).toBeGreaterThanOrEqual(5);
    for (const { message } of issues)
      expect(message).not.toMatch(/Invalid (key|type|length)|\bnever\b|\breceived\b/);
    expect(issues).toContainEqual({ path: '$.version', message: 'Expected 1, got 2' });
    expect(issues).toContainEqual({
      path: '$.actors[1].name',
      message: 'Missing required field "name"',
    });
    expect(issues).toContainEqual({ path: '$.issues[0].label.nl', message: 'Must not be empty' });
  });

  it('validateDataset({}) names what is missing in words', () => {
    expect(issuesOf({})).toEqual([
      {
        path: '$.version',
        message: 'Missing required field "version": a dataset starts with "version": 1',
      },
    ]);
  });

  it(`lists at most ${MAX_ISSUES} problems, then how many more`, () => {
    const broken = copy();
    broken.stances.forEach((s: { position: string }) => (s.position = 'maybe'));
    const issues = issuesOf(broken);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({
      path: '$',
      message: `…and ${broken.stances.length - MAX_ISSUES} more problems`,
    });
  });
});
