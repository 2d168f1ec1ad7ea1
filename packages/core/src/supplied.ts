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

/**
 * The state of a dataset the page supplies as the `.data` property (an object, or JSON text)
 * or the `data` attribute (JSON text); for `src`, the URL to fetch, or the error state when
 * that URL may not be fetched.
 */
export function checkSupplied(source: Exclude<DataSource, 'default'>, value: unknown, base: string): DataState | URL {
  if (source === 'property') return typeof value === 'string' ? fromJson(value, 'property', 'data') : fromValue(value, 'property', 'data');
  if (source === 'attribute') return fromJson(String(value), 'attribute', 'data');
  const src = String(value);
  const url = allowedSrc(src, base);
  if (url) return url;
  const detail = `only https: or same-origin URLs are fetched; got ${JSON.stringify(src)}`;
  return { status: 'error', source: 'src', problem: { code: 'fetch-failed', attribute: 'src', detail } };
}

/**
 * Fetches a `src` dataset (see {@link fetchDataset}), aborted by `signal` or after
 * {@link FETCH_TIMEOUT_MS}. Resolves to `undefined` when aborted by `signal`; never rejects.
 */
export async function fetchSupplied(url: URL, signal: AbortSignal): Promise<DataState | undefined> {
  const controller = new AbortController();
  const abort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), FETCH_TIMEOUT_MS);
  try {
    return await fetchDataset(url, controller.signal);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
