/** Limits for JSON supplied by a page (attribute text or a `src` response). */
export const JSON_LIMITS = {
  /** Characters of JSON text accepted (about 2 MB; the article's dataset is ~30 KB). */
  maxChars: 2_000_000,
  /** Nesting depth accepted (the dataset schema needs 6). */
  maxDepth: 32,
} as const;

/** Keys that could reach an object's prototype if code downstream merged the value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult =
  { ok: true; value: unknown } | { ok: false; detail: string; path?: string };

/**
 * Parses JSON from an untrusted page without surprises: a size cap before parsing, then an
 * iterative walk (no recursion, so 10,000 levels cannot overflow the stack) that rejects
 * deep nesting, numbers that overflowed to ±Infinity, and `__proto__` / `constructor` /
 * `prototype` keys — each with the JSON path. `NaN`/`Infinity` tokens are not JSON and fail
 * in `JSON.parse` itself.
 */
export function parseJson(text: string, limits = JSON_LIMITS): JsonResult {
  if (text.length > limits.maxChars) {
    return {
      ok: false,
      detail: `JSON is ${text.length} characters; the limit is ${limits.maxChars}`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      detail: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const problem = checkJsonValue(value, limits.maxDepth);
  return problem ? { ok: false, ...problem } : { ok: true, value };
}

/** Walks a parsed value iteratively; the first problem found, or `undefined`. */
export function checkJsonValue(
  root: unknown,
  maxDepth: number = JSON_LIMITS.maxDepth,
): { detail: string; path: string } | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: '$', depth: 0 },
  ];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return { detail: 'number is not finite (it overflowed or is NaN)', path };
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { detail: `nesting deeper than ${maxDepth} levels`, path };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const child = /^[A-Za-z_$][\w$]*$/.test(key)
        ? `${path}.${key}`
        : `${path}[${JSON.stringify(key)}]`;
      if (FORBIDDEN_KEYS.has(key))
        return { detail: `forbidden key ${JSON.stringify(key)}`, path: child };
      stack.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return undefined;
}
