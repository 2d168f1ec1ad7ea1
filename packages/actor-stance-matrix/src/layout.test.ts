import { describe, expect, it } from 'vitest';
import {
  actorWidth,
  compactMinWidth,
  fitLayout,
  gridMinWidth,
  isCompact,
  layoutFor,
} from './layout.js';

describe('layoutFor', () => {
  it('layoutFor(0, …) is undefined: no width yet, keep the last layout', () => {
    expect(layoutFor(0, 8, 16)).toBeUndefined();
    expect(layoutFor(Number.NaN, 8, 16)).toBeUndefined();
  });
  it('below 560 px it is cards, even for one issue', () => {
    expect(layoutFor(559, 1, 16)).toBe('cards');
    expect(layoutFor(560, 1, 16)).toBe('grid');
  });
  // Changed on purpose: the grid used to need 976 px for 8 issues (cards in a 640 px article
  // column); its compact form fits 624 px, so cards only below that.
  it('cards while the issues do not fit the compact grid; the grid from 624 px for 8 issues', () => {
    expect(compactMinWidth(8, 16)).toBe(624);
    expect(layoutFor(623, 8, 16)).toBe('cards');
    expect(layoutFor(624, 8, 16)).toBe('grid');
    expect(layoutFor(640, 8, 16)).toBe('grid');
  });
  it('isCompact(…) until the wide grid fits: 976 px for 8 issues with a 9 em actor column', () => {
    expect(gridMinWidth(8, 16)).toBe(976);
    expect(isCompact(975, 8, 16)).toBe(true);
    expect(isCompact(976, 8, 16)).toBe(false);
    expect(isCompact(976, 8, 16, 14)).toBe(true);
  });
});

describe('actorWidth', () => {
  it('actorWidth(names) fits the longest word, between 9 and 14 em', () => {
    expect(actorWidth(['NAVO', 'Rusland'])).toBe(9);
    expect(actorWidth(['bondskanselier Friedrich Merz'])).toBe(10);
    expect(actorWidth(['topvertegenwoordigers van de VS'])).toBe(14);
  });
});

describe('fitLayout', () => {
  const names = ['Rusland', 'Oekraïne'];
  it('fitLayout(0, …) is undefined: no width yet', () => {
    expect(fitLayout(0, 16, 8, names)).toBeUndefined();
  });
  it('fitLayout(1200, …) is the wide grid with the actor column of the longest word', () => {
    expect(fitLayout(1200, 16, 8, names)).toEqual({ layout: 'grid', compact: false, actorPx: 144 });
  });
  it('fitLayout(640, …) is the compact grid; the actor column takes what 4 em per issue leave', () => {
    // 640 − (1 + 4 × 8) × 16 = 112 px, at least 6 em (96 px), at most the wide 144 px.
    expect(fitLayout(640, 16, 8, names)).toEqual({ layout: 'grid', compact: true, actorPx: 112 });
    expect(fitLayout(624, 16, 8, names)).toEqual({ layout: 'grid', compact: true, actorPx: 96 });
  });
  it('fitLayout(400, …) is cards, never compact', () => {
    expect(fitLayout(400, 16, 8, names)).toMatchObject({ layout: 'cards', compact: false });
  });
});
