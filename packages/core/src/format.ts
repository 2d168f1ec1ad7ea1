import type { Lang } from './i18n.js';

let counter = 0;

/** A document-unique id for `aria-labelledby` / `aria-describedby` wiring inside a shadow root. */
export function uniqueId(prefix = 'nv'): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * One formatter per language and kind: `Intl` formatters are slow to construct, and a long
 * table formats thousands of dates and lists.
 */
function cached<F>(cache: Map<Lang, F>, lang: Lang, make: (lang: Lang) => F): F {
  let formatter = cache.get(lang);
  if (!formatter) cache.set(lang, (formatter = make(lang)));
  return formatter;
}

const listFormats = new Map<Lang, Intl.ListFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** `["a", "b", "c"]` → "a, b en c" / "a, b, and c". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return cached(
    listFormats,
    lang,
    (l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' }),
  ).format(items);
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
  const rule = cached(pluralRules, lang, (l) => new Intl.PluralRules(l)).select(n);
  const number = cached(numberFormats, lang, (l) => new Intl.NumberFormat(l)).format(n);
  return `${number} ${rule === 'one' ? one : many}`;
}

/** The date in the reader's language: `2025-12-15` → "15 december 2025" / "15 December 2025". */
export function formatDate(lang: Lang, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const format = cached(
    dateFormats,
    lang,
    (l) =>
      new Intl.DateTimeFormat(l === 'nl' ? 'nl-NL' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Whether the reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
