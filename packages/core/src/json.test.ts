import { describe, expect, it } from 'vitest';
import { parseJson } from './json.js';

describe('parseJson', () => {
  it('parseJson(\'{"a":[1,2]}\') returns the value', () =>
    expect(parseJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } }));
  it('parseJson("{") says it is not valid JSON', () => {
    const r = parseJson('{');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.detail).toMatch(/^not valid JSON/);
  });
  it('parseJson with a NaN token is not valid JSON', () =>
    expect(parseJson('{"a": NaN}').ok).toBe(false));
  it('parseJson with an Infinity token is not valid JSON', () =>
    expect(parseJson('[Infinity]').ok).toBe(false));
  it('parseJson("[1e999]") rejects the overflow with its path', () =>
    expect(parseJson('{"rungs":[{"level":1e999}]}')).toEqual({
      ok: false,
      detail: 'number is not finite (it overflowed or is NaN)',
      path: '$.rungs[0].level',
    }));
  it('parseJson rejects a __proto__ key with its path and pollutes nothing', () => {
    const r = parseJson('{"actors":[{"__proto__":{"polluted":true}}]}');
    expect(r).toEqual({
      ok: false,
      detail: 'forbidden key "__proto__"',
      path: '$.actors[0].__proto__',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('parseJson rejects constructor and prototype keys', () => {
    expect(parseJson('{"constructor":{"prototype":{}}}').ok).toBe(false);
    expect(parseJson('{"a":{"prototype":1}}').ok).toBe(false);
  });
  it('parseJson of 10,000 nested arrays is rejected without a stack overflow', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const r = parseJson(deep);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.detail).toBe('nesting deeper than 32 levels');
  });
  it('parseJson of 20 MB is rejected before parsing', () => {
    const big = '"' + 'x'.repeat(20 * 1024 * 1024) + '"';
    const r = parseJson(big);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.detail).toMatch(/limit is 2000000/);
  });
  it('parseJson keeps strings with markup as strings', () =>
    expect(parseJson('{"label":"<img src=x onerror=alert(1)>"}')).toEqual({
      ok: true,
      value: { label: '<img src=x onerror=alert(1)>' },
    }));
});
