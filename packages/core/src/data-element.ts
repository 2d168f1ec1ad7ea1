import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dataset } from '@nato-viz/data';
import type { validateDataset as ValidateFn } from '@nato-viz/data/validate';
import { NvElement } from './base.js';
import { parseJson, JSON_LIMITS } from './json.js';
import type { NvProblem } from './errors.js';

/** Where an element's dataset comes from, in order of precedence. */
export const DATA_SOURCES = ['property', 'attribute', 'src', 'default'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** How long a `src` request may take before it is aborted. */
export const FETCH_TIMEOUT_MS = 10_000;

/** The dataset an element draws, and how it got it. */
export type DataState =
  | { status: 'ready'; data: Dataset; source: DataSource }
  | { status: 'empty'; source: DataSource }
  | { status: 'loading'; source: DataSource }
  | { status: 'error'; source: DataSource; problem: NvProblem };

/** `[]`, `null`, `{}` and empty text stand for "nothing to show": an empty state, not an error. */
function isEmptyInput(value: unknown): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/**
 * The validator (valibot + the schema, ~4 KB gzip) is loaded only when a page supplies a
 * dataset: the built-in one was validated when it was generated.
 */
let validator: typeof ValidateFn | undefined;
let validatorLoading: Promise<typeof ValidateFn> | undefined;

/** Loads the dataset validator once; resolves immediately after the first time. */
export function loadValidator(): Promise<typeof ValidateFn> {
  validatorLoading ??= import('@nato-viz/data/validate').then((m) => (validator = m.validateDataset));
  return validatorLoading;
}

/**
 * Validates supplied data; `attribute` names where it came from for the error message.
 * `undefined` while the validator is still loading (call {@link loadValidator} and retry).
 */
export function datasetState(value: unknown, source: DataSource, attribute: string): DataState | undefined {
  if (isEmptyInput(value)) return { status: 'empty', source };
  if (!validator) return undefined;
  const result = validator(value);
  if (result.ok) return { status: 'ready', data: result.data, source };
  return {
    status: 'error',
    source,
    problem: {
      code: 'invalid-data',
      attribute,
      detail: result.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      paths: result.issues.map((i) => i.path),
    },
  };
}

/** Whether `url` may be fetched: `https:`, or the page's own origin. */
export function allowedSrc(url: string, base: string): URL | undefined {
  try {
    const u = new URL(url.trim(), base);
    const origin = new URL(base).origin;
    return u.protocol === 'https:' || u.origin === origin ? u : undefined;
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
  #validatorPending: Promise<void> | undefined;

  /** The dataset to draw when the page supplies none. */
  protected abstract readonly defaultData: Dataset;

  /** The state of the data being drawn. @internal */
  @state() protected dataState: DataState = { status: 'empty', source: 'default' };

  /** A replacement dataset as an object (wins over the `data` attribute and `src`). */
  @property({ attribute: false }) data: unknown = undefined;

  /** A replacement dataset as JSON text (wins over `src`). */
  @property({ attribute: 'data' }) dataJson: string | null = null;

  /** URL of a replacement dataset (JSON; `https:` or same origin). */
  @property({ reflect: true }) src: string | null = null;

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
      if (this.#propertyState?.value !== this.data) {
        const value = typeof this.data === 'string' ? parseJson(this.data) : { ok: true as const, value: this.data };
        const state = value.ok
          ? this.#validated(value.value, 'property', 'data')
          : { status: 'error' as const, source: 'property' as const, problem: { code: 'invalid-json' as const, attribute: 'data', detail: value.detail, ...(value.path ? { paths: [value.path] } : {}) } };
        if (!state) return { status: 'loading', source: 'property' };
        this.#propertyState = { value: this.data, state };
      }
      return this.#propertyState.state;
    }
    if (this.dataJson !== null) {
      if (this.#attributeState?.json !== this.dataJson) {
        const parsed = this.dataJson.trim() === '' ? { ok: true as const, value: '' } : parseJson(this.dataJson);
        const state = parsed.ok
          ? this.#validated(parsed.value, 'attribute', 'data')
          : { status: 'error' as const, source: 'attribute' as const, problem: { code: parsed.path ? ('invalid-data' as const) : ('invalid-json' as const), attribute: 'data', detail: parsed.detail, ...(parsed.path ? { paths: [parsed.path] } : {}) } };
        if (!state) return { status: 'loading', source: 'attribute' };
        this.#attributeState = { json: this.dataJson, state };
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

  /** Validates now if the validator is loaded; else loads it, re-renders when ready, and returns `undefined`. */
  #validated(value: unknown, source: DataSource, attribute: string): DataState | undefined {
    const state = datasetState(value, source, attribute);
    if (!state && !this.#validatorPending) {
      this.#validatorPending = loadValidator().then(
        () => {
          this.#validatorPending = undefined;
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#validatorPending = undefined;
          console.error(`<${this.localName}> could not load the dataset validator`, error);
        },
      );
    }
    return state;
  }

  /** `updateComplete` also waits for the validator when a supplied dataset needs it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#validatorPending) {
      await this.#validatorPending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #load(src: string): void {
    this.#controller?.abort();
    const fail = (detail: string, retryable = true): DataState => ({
      status: 'error',
      source: 'src',
      problem: { code: 'fetch-failed', attribute: 'src', detail, retryable },
    });
    const base = this.ownerDocument.baseURI;
    const url = allowedSrc(src, base);
    if (!url) {
      this.#fetched = { src, state: fail(`only https: or same-origin URLs are fetched; got ${JSON.stringify(src)}`, false) };
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.#fetched = { src, state: { status: 'loading', source: 'src' } };
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), FETCH_TIMEOUT_MS);
    const settle = (next: DataState) => {
      clearTimeout(timer);
      // Only the response for the current `src` renders.
      if (this.#controller !== controller || this.src !== src) return;
      this.#controller = undefined;
      this.#fetched = { src, state: next };
      this.requestUpdate();
    };
    (async (): Promise<DataState> => {
      const res = await fetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        mode: 'cors',
        redirect: 'follow',
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      if (!res.ok) return fail(`request failed with HTTP ${res.status}`);
      const type = res.headers.get('content-type') ?? '';
      if (!/\bjson\b/i.test(type)) return fail(`expected a JSON content-type; got ${JSON.stringify(type)}`, false);
      const length = Number(res.headers.get('content-length') ?? '0');
      if (length > JSON_LIMITS.maxChars * 2) return fail(`response is ${length} bytes; the limit is ${JSON_LIMITS.maxChars * 2}`, false);
      const text = await res.text();
      const parsed = parseJson(text);
      if (!parsed.ok) {
        return { status: 'error', source: 'src', problem: { code: parsed.path ? 'invalid-data' : 'invalid-json', attribute: 'src', detail: parsed.detail, ...(parsed.path ? { paths: [parsed.path] } : {}) } };
      }
      await loadValidator();
      return datasetState(parsed.value, 'src', 'src')!;
    })().then(settle, (error: unknown) => {
      if (controller.signal.aborted && controller.signal.reason?.name !== 'TimeoutError') {
        clearTimeout(timer);
        return;
      }
      const timedOut = controller.signal.reason?.name === 'TimeoutError';
      settle(fail(timedOut ? `no response within ${FETCH_TIMEOUT_MS / 1000} s` : `network error (${error instanceof Error ? error.message : String(error)})`));
    });
  }
}
