/** The languages every nato-viz element speaks. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language used when neither the element nor the page says which: the article's. */
export const DEFAULT_LANG: Lang = 'nl';

/** Text in both languages. */
export type Localized = Record<Lang, string>;

/** Where the resolved language came from. */
export type LangSource = 'element' | 'ancestor' | 'document' | 'default';

/** The outcome of {@link resolveLang}. */
export interface LangResolution {
  lang: Lang;
  source: LangSource;
  /** The element's own `lang` attribute when it names a language this suite does not speak. */
  invalid?: string;
}

/** `"en-GB"` → `"en"`, `"NL"` → `"nl"`; `undefined` for a language the suite does not speak. */
export function normalizeLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

/** The parent of a node, stepping out of shadow roots to their host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * The language an element speaks: its own `lang` attribute, else the nearest ancestor's
 * `lang` (crossing shadow roots), else `document.documentElement.lang`, else Dutch.
 * An inherited language the suite does not speak falls back to Dutch; an unsupported
 * language on the element itself is reported in `invalid` so the element can say so.
 */
export function resolveLang(el: Element): LangResolution {
  const own = el.getAttribute('lang');
  if (own !== null && own.trim() !== '') {
    const lang = normalizeLang(own);
    return lang
      ? { lang, source: 'element' }
      : { lang: DEFAULT_LANG, source: 'element', invalid: own };
  }
  const docEl = el.ownerDocument?.documentElement;
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const value = node.getAttribute('lang');
    if (value !== null && value.trim() !== '') {
      const lang = normalizeLang(value) ?? DEFAULT_LANG;
      return { lang, source: node === docEl ? 'document' : 'ancestor' };
    }
  }
  return { lang: DEFAULT_LANG, source: 'default' };
}

/** A message catalog: every key in both languages (the type makes a missing one an error). */
export type Catalog<K extends string = string> = Record<Lang, Record<K, string>>;

/**
 * Looks up `key` in `catalog` for `lang` and fills `{name}` placeholders from `vars`.
 * Values are plain text; Lit renders them as text, never as HTML.
 */
export function translate<K extends string>(
  catalog: Catalog<K>,
  lang: Lang,
  key: K,
  vars: Record<string, string | number> = {},
): string {
  const template = catalog[lang][key] ?? catalog[DEFAULT_LANG][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

/** Picks the text for `lang` from a `{ nl, en }` pair. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Messages shared by every element. */
export const coreMessages = {
  nl: {
    errorTitle: 'Deze graphic kan niet worden getoond',
    'error.invalid-attribute': 'Het attribuut “{attribute}” heeft een ongeldige waarde.',
    'error.invalid-json': 'De gegevens in “{attribute}” zijn geen geldige JSON.',
    'error.invalid-data': 'De gegevens in “{attribute}” kloppen niet met het schema.',
    'error.unknown-id': 'Het attribuut “{attribute}” noemt een onbekende id.',
    'error.fetch-failed': 'De gegevens uit “{attribute}” konden niet worden geladen.',
    'error.render-failed': 'Er ging iets mis bij het tekenen.',
    errorDetail: 'Technische details',
    retry: 'Opnieuw proberen',
    loading: 'Gegevens laden…',
    empty: 'Er zijn geen gegevens om te tonen.',
    source: 'Bron',
    context: 'Context',
    paragraph: 'alinea {n}',
    translation: 'Vertaling',
    close: 'Sluiten',
    showTable: 'Toon als tabel',
    hideTable: 'Verberg tabel',
    legend: 'Legenda',
  },
  en: {
    errorTitle: 'This graphic cannot be shown',
    'error.invalid-attribute': 'The “{attribute}” attribute has an invalid value.',
    'error.invalid-json': 'The data in “{attribute}” is not valid JSON.',
    'error.invalid-data': 'The data in “{attribute}” does not match the schema.',
    'error.unknown-id': 'The “{attribute}” attribute names an unknown id.',
    'error.fetch-failed': 'The data from “{attribute}” could not be loaded.',
    'error.render-failed': 'Something went wrong while drawing.',
    errorDetail: 'Technical details',
    retry: 'Try again',
    loading: 'Loading data…',
    empty: 'There is no data to show.',
    source: 'Source',
    context: 'Context',
    paragraph: 'paragraph {n}',
    translation: 'Translation',
    close: 'Close',
    showTable: 'Show as table',
    hideTable: 'Hide table',
    legend: 'Legend',
  },
} satisfies Catalog;

export type CoreMessageKey = keyof (typeof coreMessages)['nl'];
