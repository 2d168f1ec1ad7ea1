import type { Lang } from '@nato-viz/core';

/**
 * The countries that get a label: how important it is (1 first) and the Dutch name (as Chromium's
 * `Intl.DisplayNames` gives it). Ukraine and Russia always, Ukraine's neighbours and the Baltic
 * states next, big countries for orientation last. The names are a table rather than `Intl`: the
 * first `Intl` object on a page loads the browser's locale data, ≈20 ms on the main thread in
 * the first render (see bench/README.md).
 */
export const LABELS: Record<string, [priority: number, nl: string]> = {
  UKR: [1, 'Oekraïne'],
  RUS: [1, 'Rusland'],
  BLR: [3, 'Belarus'],
  POL: [3, 'Polen'],
  ROU: [3, 'Roemenië'],
  MDA: [4, 'Moldavië'],
  TUR: [3, 'Turkije'],
  EST: [4, 'Estland'],
  LVA: [4, 'Letland'],
  LTU: [4, 'Litouwen'],
  FIN: [4, 'Finland'],
  SWE: [4, 'Zweden'],
  NOR: [4, 'Noorwegen'],
  DEU: [3, 'Duitsland'],
  FRA: [3, 'Frankrijk'],
  ESP: [4, 'Spanje'],
  ITA: [4, 'Italië'],
  GBR: [4, 'Verenigd Koninkrijk'],
  HUN: [4, 'Hongarije'],
  BGR: [4, 'Bulgarije'],
  GRC: [4, 'Griekenland'],
  GEO: [4, 'Georgië'],
  KAZ: [4, 'Kazachstan'],
};

/** A country's name in `lang`: Dutch from `LABELS`, English from the topology (`fallback`); else `fallback`. */
export function countryName(lang: Lang, id: string, fallback: string): string {
  return (lang === 'nl' ? LABELS[id]?.[1] : id === 'TUR' ? 'Türkiye' : undefined) ?? fallback;
}
