import { css, html, type TemplateResult } from 'lit';
import { coreMessages, translate, type Lang } from './i18n.js';

/** What can go wrong with an element's input. */
export const ERROR_CODES = [
  'invalid-attribute',
  'invalid-json',
  'invalid-data',
  'unknown-id',
  'fetch-failed',
  'render-failed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with an element's input, as shown to the reader and logged for the developer. */
export interface NvProblem {
  code: ErrorCode;
  /** The attribute (or property) that holds the bad input, e.g. `scenario` or `data`. */
  attribute: string;
  /** What was wrong, in English, for the console: `expected one of deal, no-deal; got "x"`. */
  detail: string;
  /** JSON paths of the offending values, when the input is a dataset. */
  paths?: string[];
  /** Whether trying again can help (a failed request). */
  retryable?: boolean;
}

/** The `detail` of the `nv-error` event. */
export interface NvErrorDetail extends NvProblem {
  /** The element's tag name, lower case. */
  element: string;
  /** The console message. */
  message: string;
}

/** The console message for a problem: names the element, the attribute and what was wrong. */
export function problemMessage(tag: string, problem: NvProblem): string {
  const paths = problem.paths?.length ? ` at ${problem.paths.join(', ')}` : '';
  return `<${tag}> ${problem.attribute}: ${problem.detail}${paths}`;
}

/** A stable key for a problem, so the same problem is logged once. */
export function problemKey(problem: NvProblem): string {
  return JSON.stringify(problem);
}

/** How much of a problem's detail is shown and logged; a 20 MB attribute must not become a 20 MB message. */
export const MAX_DETAIL_CHARS = 500;
/** How many JSON paths a problem names before it says how many more there are. */
export const MAX_PATHS = 10;

/** `text`, cut to `max` characters with a note of how many were left out. */
export function shorten(text: string, max = MAX_DETAIL_CHARS): string {
  return text.length <= max
    ? text
    : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/** The problem with its detail and its list of paths cut to a readable length. */
export function shortenProblem(problem: NvProblem): NvProblem {
  const paths = problem.paths;
  if (problem.detail.length <= MAX_DETAIL_CHARS && (!paths || paths.length <= MAX_PATHS))
    return problem;
  const shortened: NvProblem = { ...problem, detail: shorten(problem.detail) };
  if (paths && paths.length > MAX_PATHS)
    shortened.paths = [...paths.slice(0, MAX_PATHS), `and ${paths.length - MAX_PATHS} more`];
  return shortened;
}

/** `expected one of a, b; got "x"` — for enumerated attributes. */
export function expectedOneOf(allowed: readonly string[], got: unknown): string {
  return `expected one of ${allowed.join(', ')}; got ${JSON.stringify(shorten(String(got), 100))}`;
}

/**
 * The visible error state: a translated title and reason, the technical detail, and a retry
 * button (calling `onRetry`) when trying again can help (`problem.retryable`). `role="status"`
 * announces it politely; it fills the element's reserved box, so the page does not jump.
 */
export function renderErrorState(
  lang: Lang,
  problem: NvProblem,
  onRetry: () => void,
): TemplateResult {
  const reason = translate(coreMessages, lang, `error.${problem.code}`, {
    attribute: problem.attribute,
  });
  return html`<div class="nv-error" part="error" role="status">
    <p class="nv-error__title">${translate(coreMessages, lang, 'errorTitle')}</p>
    <p class="nv-error__reason">${reason}</p>
    <details class="nv-error__detail">
      <summary>${translate(coreMessages, lang, 'errorDetail')}</summary>
      <code>${problem.detail}${problem.paths?.length ? ` (${problem.paths.join(', ')})` : ''}</code>
    </details>
    ${
      problem.retryable
        ? html`<button type="button" class="nv-button" @click=${onRetry}>
          ${translate(coreMessages, lang, 'retry')}
        </button>`
        : null
    }
  </div>`;
}

/** Styles for the error, loading and empty states. */
export const stateStyles = css`
  /* The states fill the box the element reserves (its min-height, set by the element or the page). */
  .nv-base {
    min-height: inherit;
  }
  .nv-error,
  .nv-empty,
  .nv-loading {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: flex-start;
    gap: 0.25em;
    min-height: inherit;
    height: 100%;
    padding: 1em;
    border: 1px dashed var(--nv-color-border);
    border-radius: var(--nv-radius);
    color: var(--nv-color-fg);
    background: var(--nv-color-surface);
    overflow-wrap: anywhere;
  }
  .nv-error p,
  .nv-empty p {
    margin: 0;
  }
  .nv-error__title {
    font-weight: 700;
  }
  .nv-error__detail code {
    font-size: 0.85em;
    white-space: pre-wrap;
    word-break: break-word;
  }
  .nv-button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.35em 0.9em;
    color: var(--nv-color-fg);
    background: var(--nv-color-bg);
    border: 1px solid var(--nv-color-border);
    border-radius: var(--nv-radius);
    cursor: pointer;
  }
  .nv-button[aria-pressed='true'] {
    color: var(--nv-color-bg);
    background: var(--nv-color-fg);
    font-weight: 700;
  }
  /* Forced colours would paint a pressed button like any other (Canvas on Canvas): mark it with the system highlight. */
  @media (forced-colors: active) {
    .nv-button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
  /* Controls (scenario toggles, "show as table", retry) are not printed. */
  @media print {
    .nv-button {
      display: none !important;
    }
  }
`;
