// The copy-paste embed code an editor puts into a CMS: one pinned script tag and the element.
// The version is read from packages/embed/package.json at build time, so the docs follow the
// release (the docs only show this URL; Storybook itself never loads it).
import { version } from '../../../packages/embed/package.json' with { type: 'json' };

export const EMBED_VERSION: string = version;
export const EMBED_URL = `https://cdn.jsdelivr.net/npm/@nato-viz/embed@${EMBED_VERSION}/dist/nato-viz.js`;
export const EMBED_SCRIPT = `<script type="module" src="${EMBED_URL}"></script>`;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<tag a="b" flag></tag>` from attribute name/value pairs (`true` = present, `false` = absent). */
export function elementTag(tag: string, attributes: Record<string, string | number | boolean> = {}, inner = ''): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttribute(String(v))}"`))
    .join('');
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

/** What the copy button copies: the script tag, a newline, the element. */
export function embedSnippet(tag: string, attributes?: Record<string, string | number | boolean>): string {
  return `${EMBED_SCRIPT}\n${elementTag(tag, attributes)}`;
}

/**
 * The CMS snippet with a `<noscript>` fallback: readers without JavaScript (and feed readers) get
 * a sentence and a link to the article instead of an empty box.
 */
export function embedSnippetWithFallback(
  tag: string,
  attributes: Record<string, string | number | boolean>,
  fallback: string,
): string {
  return `${embedSnippet(tag, attributes)}\n<noscript>\n  <p>${escapeText(fallback)}</p>\n</noscript>`;
}
