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
  /** Resolves supplied datasets (supplied.ts); created when the page first supplies one. */
  #sources: InstanceType<Supplied['Sources']> | undefined;
  #pending: Promise<unknown> | undefined;
  /** Why the supplied-data code could not be loaded; cleared by retry. */
  #loadFailure: NvProblem | undefined;

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
    this.#sources?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A request aborted while detached starts again.
    if (this.src) this.requestUpdate();
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
    this.#loadFailure = undefined;
    this.#sources?.retry();
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
    const source: DataSource | undefined = this.data !== undefined ? 'property' : this.dataJson !== null ? 'attribute' : this.src ? 'src' : undefined;
    if (!source) {
      this.#sources?.abort();
      return { status: 'ready', data: this.defaultData, source: 'default' };
    }
    if (!supplied) return this.#loadFailure ? { status: 'error', source, problem: this.#loadFailure } : this.#whenSupplied(source);
    return (this.#sources ??= new supplied.Sources(this)).resolve();
  }

  /**
   * Loads the supplied-data code, re-renders when it is there, and shows the loading state
   * meanwhile. When the code cannot be loaded, the element shows the translated error state of
   * the attribute that supplied the dataset, with a retry button (logged once by the base).
   */
  #whenSupplied(source: DataSource): DataState {
    this.#pending ??= loadSupplied()
      .catch((error: unknown) => {
        // Offline, or a deploy removed the chunk: forgotten, so that a retry loads it again.
        suppliedLoading = undefined;
        this.#loadFailure = {
          code: 'fetch-failed',
          attribute: source === 'src' ? source : 'data',
          detail: `could not load the dataset validator: ${error}`,
          retryable: true,
        };
      })
      .finally(() => {
        this.#pending = undefined;
        this.requestUpdate();
      });
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
}
