import type { Lang } from '@nato-viz/core';

/** Alpha-3 → alpha-2 for the countries the map may label; `Intl.DisplayNames` gives their names. */
const ALPHA2: Record<string, string> = {
  UKR: 'UA', RUS: 'RU', BLR: 'BY', POL: 'PL', ROU: 'RO', MDA: 'MD', TUR: 'TR', EST: 'EE', LVA: 'LV', LTU: 'LT',
  FIN: 'FI', SWE: 'SE', NOR: 'NO', DEU: 'DE', FRA: 'FR', ESP: 'ES', ITA: 'IT', GBR: 'GB', HUN: 'HU', BGR: 'BG',
  GRC: 'GR', GEO: 'GE', KAZ: 'KZ', SVK: 'SK', CZE: 'CZ',
};

/**
 * Which countries get a label, and how important it is (1 first): Ukraine and Russia always,
 * Ukraine's neighbours and the Baltic states next, big countries for orientation last.
 */
export const LABEL_PRIORITY: Record<string, number> = {
  UKR: 1, RUS: 1, BLR: 3, POL: 3, ROU: 3, MDA: 4, TUR: 3, EST: 4, LVA: 4, LTU: 4,
  FIN: 4, SWE: 4, NOR: 4, DEU: 3, FRA: 3, ESP: 4, ITA: 4, GBR: 4, HUN: 4, BGR: 4, GRC: 4, GEO: 4, KAZ: 4,
};

const cache = new Map<Lang, Intl.DisplayNames | null>();

/** A country's name in `lang` (from the browser's Intl data), else the topology's English name. */
export function countryName(lang: Lang, id: string, fallback: string): string {
  const code = ALPHA2[id];
  if (!code) return fallback;
  if (!cache.has(lang)) {
    try {
      cache.set(lang, new Intl.DisplayNames([lang], { type: 'region' }));
    } catch {
      cache.set(lang, null);
    }
  }
  return cache.get(lang)?.of(code) ?? fallback;
}
