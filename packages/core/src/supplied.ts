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

/** The most bytes of a `src` response that are read: the JSON character limit, at two bytes a character. */
export const MAX_RESPONSE_BYTES = JSON_LIMITS.maxChars * 2;

/**
 * Reads a response body as text, counting the bytes as they arrive (after any content
 * encoding is undone): a body past `limit` is cancelled there, whatever its `Content-Length`
 * said, so neither a chunked stream nor a small compressed body that unpacks to gigabytes is
 * read in full. Resolves to `undefined` when the body is over the limit.
 */
export async function readCapped(res: Response, limit: number): Promise<string | undefined> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limit) {
      void reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Fetches and validates a dataset: no cookies, no referrer, JSON content type required, no
 * redirect to another origin, size capped while reading. Never rejects: every failure is an
 * error state (aborts resolve to `undefined`).
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
    // The origin checked before the request must be the one that answers.
    if (res.url && new URL(res.url).origin !== url.origin) {
      return failed(
        `the request for ${url.href} was redirected to another origin (${res.url}); only ${url.origin} is accepted`,
        false,
      );
    }
    if (!res.ok) return failed(`request failed with HTTP ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(type))
      return failed(`expected a JSON content-type; got ${JSON.stringify(type)}`, false);
    const length = Number(res.headers.get('content-length') ?? '0');
    if (length > MAX_RESPONSE_BYTES)
      return failed(`response is ${length} bytes; the limit is ${MAX_RESPONSE_BYTES}`, false);
    const text = await readCapped(res, MAX_RESPONSE_BYTES);
    if (text === undefined)
      return failed(
        `response is over the limit of ${MAX_RESPONSE_BYTES} bytes; stopped reading`,
        false,
      );
    return fromJson(text, 'src', 'src');
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
export function checkSupplied(
  source: Exclude<DataSource, 'default'>,
  value: unknown,
  base: string,
): DataState | URL {
  if (source === 'property') return fromProperty(value);
  if (source === 'attribute') return fromJson(String(value), 'attribute', 'data');
  const src = String(value);
  const url = allowedSrc(src, base);
  if (url) return url;
  const detail = `only https: or same-origin URLs are fetched; got ${JSON.stringify(src)}`;
  return {
    status: 'error',
    source: 'src',
    problem: { code: 'fetch-failed', attribute: 'src', detail },
  };
}

/**
 * A `.data` value the page set: an object, or JSON text. An object that throws when it is
 * read (a proxy whose traps throw, a revoked proxy, a throwing getter) is invalid data, not
 * a crash.
 */
function fromProperty(value: unknown): DataState {
  try {
    return typeof value === 'string'
      ? fromJson(value, 'property', 'data')
      : fromValue(value, 'property', 'data');
  } catch (error) {
    return {
      status: 'error',
      source: 'property',
      problem: {
        code: 'invalid-data',
        attribute: 'data',
        detail: `the dataset could not be read (${error instanceof Error ? error.message : String(error)})`,
      },
    };
  }
}

/**
 * Fetches a `src` dataset (see {@link fetchDataset}), aborted by `signal` or after
 * {@link FETCH_TIMEOUT_MS}. The timeout holds even when the page has wrapped `fetch` and
 * dropped its signal: the request is then left to itself and the error state shown. Resolves
 * to `undefined` when aborted by `signal`; never rejects.
 */
export async function fetchSupplied(url: URL, signal: AbortSignal): Promise<DataState | undefined> {
  const controller = new AbortController();
  const abort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', abort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<DataState>((resolve) => {
    timer = setTimeout(() => {
      resolve(failed(`no response within ${FETCH_TIMEOUT_MS / 1000} s`));
      controller.abort(new DOMException('timeout', 'TimeoutError'));
    }, FETCH_TIMEOUT_MS);
  });
  const aborted = new Promise<undefined>((resolve) =>
    signal.addEventListener('abort', () => resolve(undefined), { once: true }),
  );
  try {
    const result = await Promise.race([fetchDataset(url, controller.signal), timedOut, aborted]);
    // An abort from the element (another input, removal) draws nothing; the timeout draws its error.
    return signal.aborted ? undefined : result;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
