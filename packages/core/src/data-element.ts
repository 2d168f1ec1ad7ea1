import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Dataset } from '@nato-viz/data';
import { NvElement } from './base.js';
import type { NvProblem } from './errors.js';
import type * as SuppliedModule from './supplied.js';

/** Where an element's dataset comes from, in order of precedence. */
export const DATA_SOURCES = ['property', 'attribute', 'src', 'default'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** A dataset the page supplies: where it comes from, and the value as given. */
export type SuppliedInput = readonly [source: Exclude<DataSource, 'default'>, value: unknown];

/** The dataset an element draws, and how it got it. */
export type DataState =
  | { status: 'ready'; data: Dataset; source: DataSource }
  | { status: 'empty'; source: DataSource }
  | { status: 'loading'; source: DataSource }
  | { status: 'error'; source: DataSource; problem: NvProblem };

type Supplied = typeof SuppliedModule;
let suppliedLoading: Promise<Supplied> | undefined;
let suppliedLoaded = false;

/**
 * Loads the code for supplied datasets (parsing, the validator, `src` requests) once. The
 * built-in dataset was validated when it was generated, so pages that use it never load this.
 * A failed load is forgotten, so that trying again loads it again.
 */
export function loadSupplied(): Promise<Supplied> {
  suppliedLoading ??= import('./supplied.js').then(
    (module) => {
      suppliedLoaded = true;
      return module;
    },
    (error: unknown) => {
      suppliedLoading = undefined;
      throw error;
    },
  );
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
 * or `src` changes. The loading is a `@lit/task` Task: a new input aborts the run in flight.
 */
export abstract class NvDataElement extends NvElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: { reflect: true },
  };

  /** Whether the precedence warning was given. */
  #warned = false;

  /** The input of the last run of the task; `undefined` forces the next one. */
  #lastInput: SuppliedInput | undefined;

  /** The input whose `src` request is waiting for its response. */
  #requesting: SuppliedInput | undefined;

  /** Parses, validates or fetches the supplied dataset; rejects only when its code cannot be loaded. */
  #supplied = new Task(this, {
    autoRun: false,
    task: async (input: SuppliedInput, { signal }): Promise<DataState | undefined> => {
      const supplied = await loadSupplied();
      const checked = supplied.checkSupplied(input[0], input[1], this.ownerDocument.baseURI);
      if (!(checked instanceof URL)) return checked;
      this.#requesting = input;
      try {
        return await supplied.fetchSupplied(checked, signal);
      } finally {
        if (this.#requesting === input) this.#requesting = undefined;
      }
    },
  });

  /** The dataset to draw when the page supplies none. */
  protected abstract readonly defaultData: Dataset;

  /** A replacement dataset as an object (wins over the `data` attribute and `src`). */
  declare data: unknown;

  /** A replacement dataset as JSON text (wins over `src`). */
  declare dataJson: string | null;

  /** URL of a replacement dataset (JSON; `https:` or same origin). */
  declare src: string | null;

  constructor() {
    super();
    this.dataJson = null;
    this.src = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A request aborted while detached starts again.
    if (!this.#lastInput && this.src) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#supplied.status === TaskStatus.PENDING) {
      this.#supplied.abort();
      this.#lastInput = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const input = this.#input();
    if (!input) {
      // Nothing supplied (any more): a request in flight is dropped, and made again if `src` comes back.
      if (this.#lastInput) this.#supplied.abort();
      this.#lastInput = undefined;
      return;
    }
    const last = this.#lastInput;
    if (last && last[0] === input[0] && last[1] === input[1]) return;
    if (input[0] === 'src' && !this.isConnected) return;
    this.#lastInput = input;
    void this.#supplied.run(input);
  }

  /** The state of the data being drawn. */
  protected get dataState(): DataState {
    const input = this.#input();
    if (!input) return { status: 'ready', data: this.defaultData, source: 'default' };
    const [source] = input;
    const task = this.#supplied;
    if (task.status === TaskStatus.ERROR) {
      return {
        status: 'error',
        source,
        problem: {
          code: 'fetch-failed',
          attribute: source === 'src' ? 'src' : 'data',
          detail: `could not load the dataset validator: ${String(task.error)}`,
          retryable: true,
        },
      };
    }
    return (task.status === TaskStatus.COMPLETE && task.value) || { status: 'loading', source };
  }

  protected override collectProblems(): NvProblem[] {
    const problems = super.collectProblems();
    const state = this.dataState;
    if (state.status === 'error') problems.push(state.problem);
    return problems;
  }

  protected override retry(): void {
    this.#lastInput = undefined;
    this.requestUpdate();
  }

  /** The dataset being drawn, or `undefined` while loading, empty or in error. */
  protected get currentData(): Dataset | undefined {
    const state = this.dataState;
    return state.status === 'ready' ? state.data : undefined;
  }

  /** Draws the dataset; called only when it is valid and non-empty. May throw: the base guards it. */
  protected abstract renderData(data: Dataset): unknown;

  protected override renderContent(): unknown {
    const state = this.dataState;
    if (state.status === 'loading') return this.renderLoading();
    if (state.status === 'empty') return this.renderEmpty();
    if (state.status === 'ready') return this.renderData(state.data);
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

  /** The supplied dataset that wins (property, then attribute, then `src`), warning once when several are set. */
  #input(): SuppliedInput | undefined {
    const given: SuppliedInput[] = [];
    if (this.data !== undefined) given.push(['property', this.data]);
    if (this.dataJson !== null) given.push(['attribute', this.dataJson]);
    if (this.src) given.push(['src', this.src]);
    if (given.length > 1 && !this.#warned) {
      this.#warned = true;
      console.warn(
        `<${this.localName}> several datasets are set; using the ${
          given[0]![0] === 'property' ? '.data property' : 'data attribute'
        } (precedence: .data property, then data attribute, then src).`,
      );
    }
    return given[0];
  }

  /**
   * `updateComplete` also waits for the code that handles supplied datasets to load, and for a
   * supplied `.data` or `data` to be parsed and validated; not for a `src` request, which
   * shows the loading state until its response comes.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#supplied.status === TaskStatus.PENDING && this.#requesting !== this.#lastInput) {
      await (suppliedLoaded ? this.#supplied.taskComplete : loadSupplied()).catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }
}
