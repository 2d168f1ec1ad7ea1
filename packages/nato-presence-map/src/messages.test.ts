import { describe, expect, it } from 'vitest';
import { messages } from './messages.js';

describe('messages', () => {
  it('Dutch and English have the same keys', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
  });

  it('no message is empty', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, text] of Object.entries(messages[lang])) expect(text.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('placeholders match between the languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(messages.nl) as (keyof typeof messages.nl)[]) expect(vars(messages.en[key]), key).toEqual(vars(messages.nl[key]));
  });
});
