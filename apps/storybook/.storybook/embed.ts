// The copy-paste embed code an editor puts into a CMS, as the README's snippet has it: the pinned
// stylesheet (each tag's box before the script runs: no layout shift), the pinned script tag and
// the element. The version is read from packages/embed/package.json at build time, so the docs
// follow the release (the docs only show these URLs; Storybook itself never loads them).
import { version } from '../../../packages/embed/package.json' with { type: 'json' };

export const EMBED_VERSION: string = version;
const EMBED_BASE = `https://cdn.jsdelivr.net/npm/@nato-viz/embed@${EMBED_VERSION}/dist`;
export const EMBED_URL = `${EMBED_BASE}/nato-viz.js`;
export const EMBED_CSS_URL = `${EMBED_BASE}/nato-viz.css`;
export const EMBED_SCRIPT = `<script type="module" src="${EMBED_URL}"></script>`;
export const EMBED_STYLESHEET = `<link rel="stylesheet" href="${EMBED_CSS_URL}">`;
/** Once per page: the stylesheet and the script. */
export const EMBED_HEAD = `${EMBED_STYLESHEET}\n${EMBED_SCRIPT}`;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<tag a="b" flag></tag>` from attribute name/value pairs (`true` = present, `false` = absent). */
export function elementTag(
  tag: string,
  attributes: Record<string, string | number | boolean> = {},
  inner = '',
): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttribute(String(v))}"`))
    .join('');
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

/** What the copy button copies: the stylesheet and script tags, then the element, one a line. */
export function embedSnippet(
  tag: string,
  attributes?: Record<string, string | number | boolean>,
): string {
  return `${EMBED_HEAD}\n${elementTag(tag, attributes)}`;
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
