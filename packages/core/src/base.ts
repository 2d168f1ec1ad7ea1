import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { resolveLang, LANGS, coreMessages, translate, type Lang, type CoreMessageKey } from './i18n.js';
import { THEMES, schemeFor, themeTokens, visuallyHidden, type Theme } from './tokens.js';
import { VERSION } from './version.js';
import {
  expectedOneOf,
  problemMessage,
  renderErrorState,
  stateStyles,
  type NvErrorDetail,
  type NvProblem,
} from './errors.js';

/** Every connected nato-viz element, told when a `lang` or the page's colour scheme changes. */
const live = new Set<NvElement>();
let langObserver: MutationObserver | undefined;
let pageObserver: MutationObserver | undefined;

function watchPage(doc: Document): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  const notify = () => live.forEach((el) => el.pageChanged());
  langObserver = new MutationObserver(notify);
  langObserver.observe(doc.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  // A site's dark-mode switch usually sets a class, style or data attribute on <html>/<body>.
  pageObserver = new MutationObserver(notify);
  const opts = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] };
  pageObserver.observe(doc.documentElement, opts);
  if (doc.body) pageObserver.observe(doc.body, opts);
}

function unwatchPage(): void {
  if (live.size > 0) return;
  langObserver?.disconnect();
  pageObserver?.disconnect();
  langObserver = pageObserver = undefined;
}

/**
 * The base of every nato-viz element: language resolution (`lang` on the element, an
 * ancestor or the document; Dutch by default), the `theme` attribute, the visible translated
 * error state, and a render that never throws.
 *
 * Subclasses implement {@link NvElement.renderContent} and may add checks in
 * {@link NvElement.collectProblems}; the first problem found replaces the content with the
 * error state, is logged once with `console.error` and is announced with an `nv-error` event.
 *
 * @fires nv-error - When the element's input is rejected; `detail` names the element, the attribute and what was wrong.
 * @csspart base - The element's outer box.
 * @csspart error - The error state.
 * @cssprop --nv-font-family - Font family of all text (default: inherited from the page).
 * @cssprop --nv-font-size - Base font size (clamped to 12–40 px).
 */
export abstract class NvElement extends LitElement {
  /** The release of the package that defined the element (compared by `define()`). */
  static version = VERSION;

  static override styles = [themeTokens, visuallyHidden, stateStyles];

  // Declared without decorators: legacy decorators make tsc emit a helper into every module.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    pageScheme: { state: true },
    currentLang: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  #logged = new Set<string>();
  #pendingProblem: NvProblem | undefined;

  /** The page's `color-scheme` as last read, for `theme="auto"`. @internal */
  protected declare pageScheme: string;

  /** The resolved language, re-read when any `lang` in the page changes. @internal */
  protected declare currentLang: Lang;

  /** Colour theme: `auto` follows the page's `color-scheme`, else the reader's preference. */
  declare theme: Theme;

  constructor() {
    super();
    this.pageScheme = '';
    this.currentLang = 'nl';
    this.theme = 'auto';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    watchPage(this.ownerDocument);
    this.pageChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    unwatchPage();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.pageChanged();
  }

  /** Re-reads the language and the page's colour scheme. @internal */
  pageChanged(): void {
    const lang = resolveLang(this).lang;
    if (lang !== this.currentLang) this.currentLang = lang;
    const scheme = this.isConnected ? getComputedStyle(this).colorScheme : '';
    if (scheme !== this.pageScheme) this.pageScheme = scheme;
  }

  /** The language the element speaks now. */
  get resolvedLang(): Lang {
    return this.currentLang;
  }

  /** A core message in the element's language. */
  protected msg(key: CoreMessageKey, vars?: Record<string, string | number>): string {
    return translate(coreMessages, this.currentLang, key, vars);
  }

  /**
   * Checks the element's input. The base checks `lang` and `theme`; subclasses call
   * `super.collectProblems()` and add their own.
   */
  protected collectProblems(): NvProblem[] {
    const problems: NvProblem[] = [];
    const res = resolveLang(this);
    if (res.invalid !== undefined) {
      problems.push({ code: 'invalid-attribute', attribute: 'lang', detail: expectedOneOf(LANGS, res.invalid) });
    }
    if (!(THEMES as readonly string[]).includes(this.theme)) {
      problems.push({ code: 'invalid-attribute', attribute: 'theme', detail: expectedOneOf(THEMES, this.theme) });
    }
    return problems;
  }

  /** Called by the error state's retry button. */
  protected retry(): void {}

  /** The element's content when its input is valid. Called inside a guard: may throw. */
  protected abstract renderContent(): unknown;

  /** Classes for the base box: the colour scheme. */
  protected get schemeClass(): string {
    const theme = (THEMES as readonly string[]).includes(this.theme) ? this.theme : 'auto';
    return `scheme-${schemeFor(theme, this.pageScheme).replace(' ', '-')}`;
  }

  override render(): TemplateResult {
    let problem: NvProblem | undefined;
    let content: unknown = null;
    try {
      problem = this.collectProblems()[0];
      if (!problem) content = this.renderContent();
    } catch (error) {
      problem = {
        code: 'render-failed',
        attribute: 'render',
        detail: error instanceof Error ? error.message : String(error),
      };
    }
    this.#pendingProblem = problem;
    return html`<div part="base" class="nv-base ${this.schemeClass}" data-state=${problem ? 'error' : 'ready'}>
      ${problem ? renderErrorState(this.currentLang, problem, () => this.retry()) : content}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const problem = this.#pendingProblem;
    if (!problem) {
      this.#logged.clear();
      return;
    }
    const key = JSON.stringify(problem);
    if (this.#logged.has(key)) return;
    this.#logged.add(key);
    const element = this.localName;
    const message = problemMessage(element, problem);
    console.error(message);
    this.dispatchEvent(
      new CustomEvent<NvErrorDetail>('nv-error', {
        detail: { ...problem, element, message },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nv-error': CustomEvent<NvErrorDetail>;
  }
}
