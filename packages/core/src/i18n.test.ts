import { describe, expect, it } from 'vitest';
import { coreMessages, normalizeLang, translate, LANGS, type Catalog } from './i18n.js';
import { schemeFor } from './tokens.js';
import { safeHttpUrl } from './safe.js';
import { expectedOneOf, problemMessage } from './errors.js';
import { countNoun, formatDate, formatList, accessibleName } from './format.js';

describe('normalizeLang', () => {
  it('normalizeLang("en-GB") returns "en"', () => expect(normalizeLang('en-GB')).toBe('en'));
  it('normalizeLang(" NL ") returns "nl"', () => expect(normalizeLang(' NL ')).toBe('nl'));
  it('normalizeLang("nl_BE") returns "nl"', () => expect(normalizeLang('nl_BE')).toBe('nl'));
  it('normalizeLang("fr") returns undefined', () => expect(normalizeLang('fr')).toBeUndefined());
  it('normalizeLang("") returns undefined', () => expect(normalizeLang('')).toBeUndefined());
  it('normalizeLang("english") returns undefined', () =>
    expect(normalizeLang('english')).toBeUndefined());
});

describe('translate', () => {
  const catalog: Catalog<'hi' | 'count'> = {
    nl: { hi: 'Hallo {name}', count: '{n} stappen' },
    en: { hi: 'Hello {name}', count: '{n} steps' },
  };
  it('translate(catalog, "en", "hi", {name}) fills the placeholder', () =>
    expect(translate(catalog, 'en', 'hi', { name: 'Kyiv' })).toBe('Hello Kyiv'));
  it('translate(catalog, "nl", "count", {n: 7}) is Dutch', () =>
    expect(translate(catalog, 'nl', 'count', { n: 7 })).toBe('7 stappen'));
  it('translate leaves unknown placeholders as they are', () =>
    expect(translate(catalog, 'nl', 'hi')).toBe('Hallo {name}'));
  it('translate does not interpret a value as a placeholder twice', () =>
    expect(translate(catalog, 'en', 'hi', { name: '{name}' })).toBe('Hello {name}'));
  it('coreMessages has every key in both languages, none empty', () => {
    const nl = Object.keys(coreMessages.nl).sort();
    expect(Object.keys(coreMessages.en).sort()).toEqual(nl);
    for (const lang of LANGS)
      for (const [key, value] of Object.entries(coreMessages[lang]))
        expect(value.trim(), `${lang}.${key}`).not.toBe('');
  });
});

describe('schemeFor', () => {
  it('schemeFor("dark", "light") is "dark": the attribute wins', () =>
    expect(schemeFor('dark', 'light')).toBe('dark'));
  it('schemeFor("light", "dark") is "light"', () =>
    expect(schemeFor('light', 'dark')).toBe('light'));
  it('schemeFor("auto", "normal") lets prefers-color-scheme decide', () =>
    expect(schemeFor('auto', 'normal')).toBe('light dark'));
  it('schemeFor("auto", "dark") follows the page', () =>
    expect(schemeFor('auto', 'dark')).toBe('dark'));
  it('schemeFor("auto", "only light") follows the page', () =>
    expect(schemeFor('auto', 'only light')).toBe('light'));
  it('schemeFor("auto", "light dark") lets the reader decide', () =>
    expect(schemeFor('auto', 'light dark')).toBe('light dark'));
});

describe('safeHttpUrl', () => {
  it('safeHttpUrl("https://example.org/a") keeps it', () =>
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a'));
  for (const bad of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    'data:text/html,<script>',
    'vbscript:x',
    'java\nscript:alert(1)',
  ]) {
    it(`safeHttpUrl(${JSON.stringify(bad)}) returns undefined`, () =>
      expect(safeHttpUrl(bad)).toBeUndefined());
  }
  it('safeHttpUrl(42) returns undefined', () => expect(safeHttpUrl(42)).toBeUndefined());
  it('safeHttpUrl("/x", base) resolves against the base', () =>
    expect(safeHttpUrl('/x', 'https://news.example/a/')).toBe('https://news.example/x'));
});

describe('messages for people', () => {
  it('problemMessage names the element, attribute and what was wrong', () =>
    expect(
      problemMessage('nato-presence-map', {
        code: 'invalid-attribute',
        attribute: 'scenario',
        detail: expectedOneOf(['deal', 'no-deal'], 'peace'),
      }),
    ).toBe('<nato-presence-map> scenario: expected one of deal, no-deal; got "peace"'));
  it('problemMessage lists JSON paths', () =>
    expect(
      problemMessage('escalation-ladder', {
        code: 'invalid-data',
        attribute: 'data',
        detail: 'schema',
        paths: ['$.rungs[0].id'],
      }),
    ).toBe('<escalation-ladder> data: schema at $.rungs[0].id'));
  it('formatList("nl", [a, b, c]) uses "en"', () =>
    expect(formatList('nl', ['a', 'b', 'c'])).toBe('a, b en c'));
  it('formatList("en", [a, b, c]) uses "and"', () =>
    expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b, and c'));
  it('countNoun("en", 1, "step", "steps") is singular', () =>
    expect(countNoun('en', 1, 'step', 'steps')).toBe('1 step'));
  it('countNoun("nl", 7, "stap", "stappen") is plural', () =>
    expect(countNoun('nl', 7, 'stap', 'stappen')).toBe('7 stappen'));
  it('formatDate("nl", "2025-12-15") is "15 december 2025"', () =>
    expect(formatDate('nl', '2025-12-15')).toBe('15 december 2025'));
  it('formatDate("en", "2025-12-15") is "15 December 2025"', () =>
    expect(formatDate('en', '2025-12-15')).toBe('15 December 2025'));
  it('accessibleName("Map", "3 layers") is "Map (3 layers)"', () =>
    expect(accessibleName('Map', '3 layers')).toBe('Map (3 layers)'));
});
