import { css, html, nothing, type TemplateResult } from 'lit';
import type { Citation, ContextSource } from '@nato-viz/data';
import { coreMessages, translate, type Lang } from './i18n.js';
import { formatDate } from './format.js';
import { linkOf } from './safe.js';

/**
 * The sentences of the article that back a fact, as a list: each quote verbatim in Dutch
 * (`<q lang="nl">`), its English translation when the element speaks English, and the
 * paragraph it stands in. Every element shows citations this way.
 */
export function renderCitations(
  lang: Lang,
  citations: readonly Citation[],
): TemplateResult | typeof nothing {
  if (citations.length === 0) return nothing;
  const t = (key: 'translation' | 'paragraph', vars?: Record<string, number>) =>
    translate(coreMessages, lang, key, vars);
  return html`<ul class="nv-citations">
    ${citations.map(
      (c) => html`<li>
        <q lang="nl">${c.quote}</q>${
          lang === 'en'
            ? html` <span class="nv-translation">(${t('translation')}: “${c.translation}”)</span>`
            : nothing
        }
        <span class="nv-paragraph">— ${t('paragraph', { n: c.paragraph })}</span>
      </li>`,
    )}
  </ul>`;
}

/**
 * Facts from outside the article (NATO membership, Crimea's occupation since 2014), each
 * labelled as context and linked to its source. A source whose title already carries the
 * year ("…, 27 March 2014") is not dated twice.
 */
export function renderContext(
  lang: Lang,
  context: readonly ContextSource[],
): TemplateResult | typeof nothing {
  if (context.length === 0) return nothing;
  const label = translate(coreMessages, lang, 'context');
  return html`${context.map((c) => {
    const href = linkOf(c);
    const dated = c.source.includes(c.date.slice(0, 4))
      ? c.source
      : `${c.source}, ${formatDate(lang, c.date)}`;
    const source = `${label}: ${dated}`;
    return html`<p class="nv-context">
      ${c.note[lang]}
      <span class="nv-muted">(${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${source}</a>` : source})</span>
    </p>`;
  })}`;
}

/** What {@link renderTableToggle} draws and calls. */
export interface TableToggleOptions {
  lang: Lang;
  /** Whether the table is shown now. */
  open: boolean;
  /** The id of the table's container, for `aria-controls`. */
  controls: string;
  onToggle: () => void;
}

/** The "show as table" / "hide table" button every element puts under its chart. */
export function renderTableToggle({
  lang,
  open,
  controls,
  onToggle,
}: TableToggleOptions): TemplateResult {
  return html`<button
    type="button"
    class="nv-button nv-table-toggle"
    part="table-toggle"
    aria-expanded=${String(open)}
    aria-controls=${controls}
    @click=${onToggle}
  >
    ${translate(coreMessages, lang, open ? 'hideTable' : 'showTable')}
  </button>`;
}

/** Styles for citations and context sources (in every element's styles: each one cites the article). */
export const sourceStyles = css`
  .nv-citations {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .nv-citations li + li {
    margin-top: 0.4em;
  }
  .nv-translation,
  .nv-paragraph,
  .nv-muted {
    color: var(--nv-color-muted);
  }
  .nv-paragraph {
    white-space: nowrap;
  }
  .nv-context {
    margin: 0.4em 0 0;
  }
`;
