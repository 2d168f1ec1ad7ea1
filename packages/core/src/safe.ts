/**
 * `value` as an absolute `http:` or `https:` URL, or `undefined`. Links from data pass through
 * here, so `javascript:`, `data:` and other schemes (in any case, with leading spaces or control
 * characters) never reach an `href`.
 */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The http(s) link of a data record: its own `url` field through {@link safeHttpUrl}. Only an
 * own property counts, so a `url` a page added to `Object.prototype` never becomes a link.
 */
export function linkOf(record: object | undefined): string | undefined {
  return record && Object.hasOwn(record, 'url')
    ? safeHttpUrl((record as { url?: unknown }).url)
    : undefined;
}
