import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Dataset } from '@nato-viz/data';
import { NvElement } from './base.js';
import type { NvProblem } from './errors.js';
import type * as SuppliedModule from './supplied.js';

/** Where an element's dataset comes from, in order of precedence. */
export const DATA_SOURCES = ['property', 'attribute', 'src', 'default'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** The dataset an element draws, and how it got it. */
export type DataState =
  | { status: 'ready'; data: Dataset; source: DataSource }
  | { status: 'empty'; source: DataSource }
  | { status: 'loading'; source: DataSource }
  | { status: 'error'; source: DataSource; problem: NvProblem };

type Supplied = typeof SuppliedModule;
let supplied: Supplied | undefined;
let suppliedLoading: Promise<Supplied> | undefined;

/**
 * Loads the code for supplied datasets (parsing, the validator, `src` requests) once. The
 * built-in dataset was validated when it was generated, so pages that use it never load this.
 */
export function loadSupplied(): Promise<Supplied> {
  suppliedLoading ??= import('./supplied.js').then((m) => (supplied = m));
  return suppliedLoading;
}

/** Whether `url` may be fetched: `https:`, or the page's own origin. */
export function allowedSrc(url: string, base: string): URL | undefined {
  try {
    const u = new URL(url.trim(), base);
    return u.protocol === 'https:' || u.origin === new URL(base).origin ? u : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An {@link NvElement} that draws a `@nato-viz/data` dataset: the built-in one by default, or
 * one supplied by the page as the `.data` property (an object), the `data` attribute (JSON
 * text) or the `src` attribute (a URL that returns JSON). When several are set, the property
 * wins over the attribute, the attribute over `src`, and the element warns once.
 *
 * Supplied data is parsed with limits (size, depth, no `__proto__` keys), validated against the
 * schema, and rendered as text. `src` is fetched from `https:` or the same origin only, without
 * cookies or referrer, with a timeout and a size cap, and aborted when the element is removed
 * or `src` changes.
 */
export abstract class NvDataElement extends NvElement {
  #warnedPrecedence = false;
  #controller: AbortController | undefined;
  #fetched: { src: string; state: DataState } | undefined;
  #attributeState: { json: string; state: DataState } | undefined;
  #propertyState: { value: unknown; state: DataState } | undefined;
  #pending: Promise<void> | undefined;

  /** The dataset to draw when the page supplies none. */
  protected abstract readonly defaultData: Dataset;

  static override properties: PropertyDeclarations = {
    dataState: { state: true },
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: { reflect: true },
  };

  /** The state of the data being drawn. @internal */
  protected declare dataState: DataState;

  /** A replacement dataset as an object (wins over the `data` attribute and `src`). */
  declare data: unknown;

  /** A replacement dataset as JSON text (wins over `src`). */
  declare dataJson: string | null;

  /** URL of a replacement dataset (JSON; `https:` or same origin). */
  declare src: string | null;

  constructor() {
    super();
    this.dataState = { status: 'empty', source: 'default' };
    this.dataJson = null;
    this.src = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#controller) {
      this.#controller.abort();
      this.#controller = undefined;
      // Fetch again when re-attached.
      if (this.#fetched?.state.status === 'loading') this.#fetched = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src && !this.#fetched) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.dataState = this.#resolveData();
  }

  protected override collectProblems(): NvProblem[] {
    const problems = super.collectProblems();
    if (this.dataState.status === 'error') problems.push(this.dataState.problem);
    return problems;
  }

  protected override retry(): void {
    this.#fetched = undefined;
    this.requestUpdate();
  }

  /** The dataset being drawn, or `undefined` while loading, empty or in error. */
  protected get currentData(): Dataset | undefined {
    return this.dataState.status === 'ready' ? this.dataState.data : undefined;
  }

  /** Draws the dataset; called only when it is valid and non-empty. May throw: the base guards it. */
  protected abstract renderData(data: Dataset): unknown;

  protected override renderContent(): unknown {
    const s = this.dataState;
    if (s.status === 'loading') return this.renderLoading();
    if (s.status === 'empty') return this.renderEmpty();
    if (s.status === 'ready') return this.renderData(s.data);
    return null;
  }

  /** The loading state: a line of text in the reserved box. */
  protected renderLoading(): unknown {
    return html`<div class="nv-loading" role="status"><p>${this.msg('loading')}</p></div>`;
  }

  /** The empty state. */
  protected renderEmpty(): unknown {
    return html`<div class="nv-empty" role="status"><p>${this.msg('empty')}</p></div>`;
  }

  #resolveData(): DataState {
    const given = [this.data !== undefined, this.dataJson !== null, !!this.src].filter(Boolean).length;
    if (given > 1 && !this.#warnedPrecedence) {
      this.#warnedPrecedence = true;
      console.warn(
        `<${this.localName}> several datasets are set; using the ${
          this.data !== undefined ? '.data property' : 'data attribute'
        } (precedence: .data property, then data attribute, then src).`,
      );
    }
    if (this.data !== undefined) {
      this.#controller?.abort();
      const value = this.data;
      if (this.#propertyState?.value !== value) {
        if (!supplied) return this.#whenSupplied('property');
        const state =
          typeof value === 'string' ? supplied.fromJson(value, 'property', 'data') : supplied.fromValue(value, 'property', 'data');
        this.#propertyState = { value, state };
      }
      return this.#propertyState.state;
    }
    if (this.dataJson !== null) {
      this.#controller?.abort();
      if (this.#attributeState?.json !== this.dataJson) {
        if (!supplied) return this.#whenSupplied('attribute');
        this.#attributeState = { json: this.dataJson, state: supplied.fromJson(this.dataJson, 'attribute', 'data') };
      }
      return this.#attributeState.state;
    }
    if (this.src) {
      if (this.#fetched?.src !== this.src) {
        if (!this.isConnected) return { status: 'loading', source: 'src' };
        this.#load(this.src);
      }
      return this.#fetched!.state;
    }
    this.#controller?.abort();
    return { status: 'ready', data: this.defaultData, source: 'default' };
  }

  /** Loads the supplied-data code, re-renders when it is there, and shows the loading state meanwhile. */
  #whenSupplied(source: DataSource): DataState {
    this.#pending ??= loadSupplied().then(
      () => {
        this.#pending = undefined;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#pending = undefined;
        console.error(`<${this.localName}> could not load the dataset validator`, error);
      },
    );
    return { status: 'loading', source };
  }

  /** `updateComplete` also waits for the supplied-data code when a dataset needs it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#pending) {
      await this.#pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #load(src: string): void {
    this.#controller?.abort();
    const url = allowedSrc(src, this.ownerDocument.baseURI);
    if (!url) {
      this.#fetched = {
        src,
        state: {
          status: 'error',
          source: 'src',
          problem: { code: 'fetch-failed', attribute: 'src', detail: `only https: or same-origin URLs are fetched; got ${JSON.stringify(src)}` },
        },
      };
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.#fetched = { src, state: { status: 'loading', source: 'src' } };
    const done = loadSupplied().then((m) => {
      const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), m.FETCH_TIMEOUT_MS);
      return m.fetchDataset(url, controller.signal).finally(() => clearTimeout(timer));
    });
    void done.then((next) => {
      // Only the response for the current `src` renders; an aborted request renders nothing.
      if (!next || this.#controller !== controller || this.src !== src) return;
      this.#controller = undefined;
      this.#fetched = { src, state: next };
      this.requestUpdate();
    });
  }
}
