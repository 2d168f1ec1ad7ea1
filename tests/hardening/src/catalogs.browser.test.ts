// One test for every message catalog of the suite: core's and each registered element's.
import { describe, expect, it } from 'vitest';
import { coreMessages, LANGS, type Catalog } from '@nato-viz/core';
import { messages as mapMessages } from '@nato-viz/nato-presence-map';
import { messages as ladderMessages } from '@nato-viz/escalation-ladder';
import { messages as matrixMessages } from '@nato-viz/actor-stance-matrix';
import { ELEMENTS } from '../../../tooling/elements.mjs';

const CATALOGS: Record<string, Catalog> = {
  '@nato-viz/core': coreMessages,
  '@nato-viz/nato-presence-map': mapMessages,
  '@nato-viz/escalation-ladder': ladderMessages,
  '@nato-viz/actor-stance-matrix': matrixMessages,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

it('every registered element has its catalog under test', () => {
  expect(Object.keys(CATALOGS).sort()).toEqual(
    ['@nato-viz/core', ...ELEMENTS.map((e) => e.packageName)].sort(),
  );
});

describe.each(Object.entries(CATALOGS))('the message catalog of %s', (_name, catalog) => {
  it('has the same keys in every language', () => {
    const keys = Object.keys(catalog.nl).sort();
    for (const lang of LANGS) expect(Object.keys(catalog[lang]).sort(), lang).toEqual(keys);
  });

  it('has no empty message', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(catalog[lang]))
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const key of Object.keys(catalog.nl)) {
      for (const lang of LANGS)
        expect(placeholders(catalog[lang][key] ?? ''), `${lang}.${key}`).toEqual(
          placeholders(catalog.nl[key]!),
        );
    }
  });

  it('has no message packed with separators to split at run time', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(catalog[lang]))
        expect(text, `${lang}.${key}`).not.toMatch(/\|/);
    }
  });
});
