import {
  LitElement,
  html,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { LANGS, coreMessages, translate, type Lang, type CoreMessageKey } from './i18n.js';
import { PageContextController } from './controllers/page-context.js';
import { THEMES, schemeFor, themeTokens, visuallyHidden, type Theme } from './tokens.js';
import { sourceStyles } from './sources.js';
import { VERSION } from './version.js';
import {
  expectedOneOf,
  problemMessage,
  renderErrorState,
  shortenProblem,
  stateStyles,
  type NvErrorDetail,
  type NvProblem,
} from './errors.js';

/** Each element class's stylesheets, made again for each other document it is moved into. */
type StyledClass = Pick<typeof LitElement, 'elementStyles'>;
const sheetsByDocument = new WeakMap<Document, Map<StyledClass, CSSStyleSheet[]>>();

/** The class's styles as stylesheets that `doc` may adopt (`undefined` where styles are not constructed sheets). */
function sheetsFor(elementClass: StyledClass, doc: Document): CSSStyleSheet[] | undefined {
  const own = elementClass.elementStyles.map((style) =>
    style instanceof CSSStyleSheet ? style : style.styleSheet,
  );
  if (!own.every((sheet): sheet is CSSStyleSheet => sheet instanceof CSSStyleSheet))
    return undefined;
  const view = doc.defaultView;
  if (!view || view === window) return own;
  let byClass = sheetsByDocument.get(doc);
  if (!byClass) sheetsByDocument.set(doc, (byClass = new Map()));
  let sheets = byClass.get(elementClass);
  if (!sheets) {
    sheets = own.map((sheet) => {
      const copy = new view.CSSStyleSheet();
      copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
      return copy;
    });
    byClass.set(elementClass, sheets);
  }
  return sheets;
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

  static override styles = [themeTokens, visuallyHidden, stateStyles, sourceStyles];

  // Declared without decorators: legacy decorators make tsc emit a helper into every module.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  #logged = new Set<string>();
  #pendingProblem: NvProblem | undefined;

  /** The language and colour scheme of the page around the element. @internal */
  protected readonly page = new PageContextController(this);

  /** Colour theme: `auto` follows the page's `color-scheme`, else the reader's preference. */
  declare theme: Theme;

  constructor() {
    super();
    this.theme = 'auto';
  }

  /**
   * Moved into another document (an iframe, through `adoptNode`): a constructed stylesheet
   * belongs to the document that made it, so the browser drops the element's styles. They are
   * made again in the new document (once per document and class), or the originals restored.
   */
  adoptedCallback(): void {
    const sheets = sheetsFor(this.constructor as unknown as StyledClass, this.ownerDocument);
    if (sheets && this.renderRoot instanceof ShadowRoot)
      this.renderRoot.adoptedStyleSheets = sheets;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.page.read();
  }

  /** The language the element speaks now. */
  get resolvedLang(): Lang {
    return this.page.lang;
  }

  /** A core message in the element's language. */
  protected msg(key: CoreMessageKey, vars?: Record<string, string | number>): string {
    return translate(coreMessages, this.resolvedLang, key, vars);
  }

  /**
   * Checks the element's input. The base checks `lang` and `theme`; subclasses call
   * `super.collectProblems()` and add their own.
   */
  protected collectProblems(): NvProblem[] {
    const problems: NvProblem[] = [];
    const res = this.page.resolution();
    if (res.invalid !== undefined) {
      problems.push({
        code: 'invalid-attribute',
        attribute: 'lang',
        detail: expectedOneOf(LANGS, res.invalid),
      });
    }
    if (!(THEMES as readonly string[]).includes(this.theme)) {
      problems.push({
        code: 'invalid-attribute',
        attribute: 'theme',
        detail: expectedOneOf(THEMES, this.theme),
      });
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
    return `scheme-${schemeFor(theme, this.page.scheme).replace(' ', '-')}`;
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
    if (problem) problem = shortenProblem(problem);
    this.#pendingProblem = problem;
    return html`<div part="base" class="nv-base ${this.schemeClass}" data-state=${problem ? 'error' : 'ready'}>
      ${problem ? renderErrorState(this.resolvedLang, problem, () => this.retry()) : content}
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
