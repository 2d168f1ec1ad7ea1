import type { Lang } from './i18n.js';

let counter = 0;

/** A document-unique id for `aria-labelledby` / `aria-describedby` wiring inside a shadow root. */
export function uniqueId(prefix = 'nv'): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** `["a", "b", "c"]` → "a, b en c" / "a, b, and c". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * An accessible name for a chart: the title, plus a count phrase when given —
 * `accessibleName("Ladder", "7 stappen")` → "Ladder (7 stappen)".
 */
export function accessibleName(title: string, detail?: string): string {
  const t = title.trim();
  const d = detail?.trim();
  return d ? `${t} (${d})` : t;
}

/** A number with the noun in the right form: `countNoun('en', 2, 'step', 'steps')` → "2 steps". */
export function countNoun(lang: Lang, n: number, one: string, many: string): string {
  const rule = new Intl.PluralRules(lang).select(n);
  return `${new Intl.NumberFormat(lang).format(n)} ${rule === 'one' ? one : many}`;
}

/** The date in the reader's language: `2025-12-15` → "15 december 2025" / "15 December 2025". */
export function formatDate(lang: Lang, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Whether the reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
