// Everything an element needs only when a page supplies its own dataset: JSON parsing with
// limits, the schema validator (valibot, ~3.5 KB gzip) and the `src` request. Loaded on demand
// by NvDataElement, so a reader of a page that uses the built-in dataset never downloads it.
import { validateDataset } from '@nato-viz/data/validate';
import { parseJson, JSON_LIMITS } from './json.js';
import type { DataSource, DataState } from './data-element.js';

/** Whether `url` may be fetched: `https:`, or the page's own origin. */
export function allowedSrc(url: string, base: string): URL | undefined {
  try {
    const u = new URL(url.trim(), base);
    return u.protocol === 'https:' || u.origin === new URL(base).origin ? u : undefined;
  } catch {
    return undefined;
  }
}

/** How long a `src` request may take before it is aborted. */
export const FETCH_TIMEOUT_MS = 10_000;

/** `[]`, `null`, `{}` and empty text stand for "nothing to show": an empty state, not an error. */
export function isEmptyInput(value: unknown): boolean {
  if (value === null || value === '' || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** Validates a parsed value; `attribute` names where it came from for the error message. */
export function fromValue(value: unknown, source: DataSource, attribute: string): DataState {
  if (isEmptyInput(value)) return { status: 'empty', source };
  const result = validateDataset(value);
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

/** Parses JSON text with limits, then validates it. Empty text is the empty state. */
export function fromJson(text: string, source: DataSource, attribute: string): DataState {
  if (text.trim() === '') return { status: 'empty', source };
  const parsed = parseJson(text);
  if (parsed.ok) return fromValue(parsed.value, source, attribute);
  return {
    status: 'error',
    source,
    problem: {
      // A path means the JSON parsed but holds something refused (depth, a __proto__ key…).
      code: parsed.path ? 'invalid-data' : 'invalid-json',
      attribute,
      detail: parsed.detail,
      ...(parsed.path ? { paths: [parsed.path] } : {}),
    },
  };
}

const failed = (detail: string, retryable = true): DataState => ({
  status: 'error',
  source: 'src',
  problem: { code: 'fetch-failed', attribute: 'src', detail, retryable },
});

/**
 * Fetches and validates a dataset: no cookies, no referrer, JSON content type required, size
 * capped. Never rejects: every failure is an error state (aborts resolve to `undefined`).
 */
export async function fetchDataset(url: URL, signal: AbortSignal): Promise<DataState | undefined> {
  try {
    const res = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
      signal,
      headers: { accept: 'application/json' },
    });
    if (!res.ok) return failed(`request failed with HTTP ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(type)) return failed(`expected a JSON content-type; got ${JSON.stringify(type)}`, false);
    const limit = JSON_LIMITS.maxChars * 2;
    const length = Number(res.headers.get('content-length') ?? '0');
    if (length > limit) return failed(`response is ${length} bytes; the limit is ${limit}`, false);
    return fromJson(await res.text(), 'src', 'src');
  } catch (error) {
    const reason = signal.reason as { name?: string } | undefined;
    if (signal.aborted && reason?.name !== 'TimeoutError') return undefined;
    return failed(
      reason?.name === 'TimeoutError'
        ? `no response within ${FETCH_TIMEOUT_MS / 1000} s`
        : `network error (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** What `Sources` reads and drives: the element (an NvDataElement). */
export interface SourceHost {
  readonly data: unknown;
  readonly dataJson: string | null;
  readonly src: string | null;
  readonly localName: string;
  readonly isConnected: boolean;
  readonly ownerDocument: Document;
  requestUpdate(): void;
}

/**
 * The dataset a page supplies to one element — the `.data` property, the `data` attribute or
 * `src`, in that order of precedence (warned once when several are set) — parsed, validated and
 * fetched, each result kept until its input changes.
 */
export class Sources {
  #warned = false;
  #controller: AbortController | undefined;
  #fetched: { src: string; state: DataState } | undefined;
  #attribute: { json: string; state: DataState } | undefined;
  #property: { value: unknown; state: DataState } | undefined;

  constructor(readonly host: SourceHost) {}

  /** The state of the supplied dataset (the host has checked that one is supplied). */
  resolve(): DataState {
    const h = this.host;
    const given = [h.data !== undefined, h.dataJson !== null, !!h.src].filter(Boolean).length;
    if (given > 1 && !this.#warned) {
      this.#warned = true;
      console.warn(
        `<${h.localName}> several datasets are set; using the ${
          h.data !== undefined ? '.data property' : 'data attribute'
        } (precedence: .data property, then data attribute, then src).`,
      );
    }
    if (h.data !== undefined) {
      this.abort();
      const value = h.data;
      if (this.#property?.value !== value) {
        this.#property = { value, state: typeof value === 'string' ? fromJson(value, 'property', 'data') : fromValue(value, 'property', 'data') };
      }
      return this.#property.state;
    }
    if (h.dataJson !== null) {
      this.abort();
      if (this.#attribute?.json !== h.dataJson) this.#attribute = { json: h.dataJson, state: fromJson(h.dataJson, 'attribute', 'data') };
      return this.#attribute.state;
    }
    const src = h.src ?? '';
    if (this.#fetched?.src !== src) {
      if (!h.isConnected) return { status: 'loading', source: 'src' };
      this.#load(src);
    }
    return this.#fetched!.state;
  }

  /**
   * Aborts a request in flight — another source won, none is supplied any more, or the element
   * was removed — and forgets it, so the same `src` is fetched again when it is next drawn.
   */
  abort(): void {
    if (!this.#controller) return;
    this.#controller.abort();
    this.#controller = undefined;
    if (this.#fetched?.state.status === 'loading') this.#fetched = undefined;
  }

  /** The reader pressed "try again": fetch `src` again. */
  retry(): void {
    this.#fetched = undefined;
  }

  #load(src: string): void {
    this.#controller?.abort();
    const url = allowedSrc(src, this.host.ownerDocument.baseURI);
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
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), FETCH_TIMEOUT_MS);
    void fetchDataset(url, controller.signal)
      .finally(() => clearTimeout(timer))
      .then((next) => {
        // Only the response for the current `src` renders; an aborted request renders nothing.
        if (!next || this.#controller !== controller || this.host.src !== src) return;
        this.#controller = undefined;
        this.#fetched = { src, state: next };
        this.host.requestUpdate();
      });
  }
}
