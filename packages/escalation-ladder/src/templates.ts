import { html, nothing, svg, type TemplateResult } from 'lit';
import { coreMessages, renderCitations, translate, type Lang } from '@nato-viz/core';
import { RUNG_STATUSES, type Path, type Rung, type RungStatus } from '@nato-viz/data';
import {
  cellPlacement,
  trackSpan,
  type LadderLayout,
  type PlacedRung,
  type RungText,
} from './layout.js';
import { TABLE_COLUMNS, ladderMessage } from './messages.js';

/**
 * The ladder's templates: status shapes, rungs, rails, the citation card, the legend and the
 * table. Pure functions of their arguments; the element supplies the state and the listeners.
 */

/** The status shapes: filled circle, filled square, hollow diamond, hollow triangle, dashed circle. */
const STATUS_SHAPES: Record<RungStatus, TemplateResult> = {
  ongoing: svg`<circle cx="8" cy="8" r="6.5"/>`,
  agreed: svg`<rect x="2" y="2" width="12" height="12"/>`,
  proposed: svg`<path class="hollow" d="M8 1.5 14.5 8 8 14.5 1.5 8Z"/>`,
  conditional: svg`<path class="hollow" d="M8 2 14.5 14H1.5Z"/>`,
  hypothetical: svg`<circle class="hollow dashed" cx="8" cy="8" r="6"/>`,
};

/** The shape of `status`, sized by CSS (`.icon`); decorative, the status is also a word. */
export function statusIcon(status: RungStatus): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
    ${STATUS_SHAPES[status]}
  </svg>`;
}

/** What sets one rung apart when it is drawn. */
export interface RungFlags {
  /** It is where things stand. */
  current: boolean;
  /** It is off the chosen path. */
  dimmed: boolean;
  /** The reader selected it. */
  selected: boolean;
  /** The citation card is open for it. */
  described: boolean;
}

/**
 * One rung (`<li>` in the grid, with its button): its label and "(step N of M)" name it; the
 * status, branch, actors and date (shown, `aria-hidden`) describe it, and so does the
 * citation card while that is open for it. The Tab stop (`tabindex="0"`) is set by the
 * element's roving-focus controller.
 */
export function renderRung(
  lang: Lang,
  placed: PlacedRung,
  layout: LadderLayout,
  vertical: boolean,
  text: RungText,
  flags: RungFlags,
): TemplateResult {
  const { rung, track } = placed;
  const classes = [
    'rung',
    `status-${rung.status}`,
    `track-${track}`,
    ...(flags.current ? ['is-current'] : []),
    ...(flags.dimmed ? ['is-dimmed'] : []),
  ].join(' ');
  const badge = flags.current
    ? html`<span class="rung__current" part="current">${ladderMessage(lang, 'current')}</span> `
    : nothing;
  const offPath = flags.dimmed
    ? html`<span class="nv-visually-hidden">(${ladderMessage(lang, 'otherPath')})</span> `
    : nothing;
  // A vertical ladder names the branch once, above its first rung: on the rung it is for
  // screen readers only.
  const branchClass = vertical ? 'nv-visually-hidden' : 'rung__path';
  const branch =
    track === 'both'
      ? nothing
      : html`<span class=${branchClass}>${ladderMessage(lang, `path.${track}`)}</span> `;
  const actors = text.actors ? html`<span class="rung__actors">${text.actors}</span> ` : nothing;
  const date = text.date ? html`<span class="rung__date">${text.date}</span>` : nothing;
  const step = ladderMessage(lang, 'stepOf', { n: placed.order + 1, m: layout.rungs.length });
  return html`<li
    class=${classes}
    .style=${cellPlacement(vertical, 2 * placed.row + 1, trackSpan(track, layout))}
  >
    <button
      type="button"
      part="rung"
      class="rung__box"
      id="rung-${rung.id}"
      data-rung=${rung.id}
      tabindex="-1"
      aria-pressed=${String(flags.selected)}
      aria-current=${flags.current ? 'step' : nothing}
      aria-describedby="m-${rung.id}${flags.described ? ' card' : ''}${flags.selected ? ' pinned' : ''}"
    >
      <span class="rung__meta" id="m-${rung.id}" aria-hidden="true"
        >${badge}<span class="rung__status">${statusIcon(rung.status)}${text.status}</span>
        ${offPath}${branch}${actors}${date}</span
      >
      <span class="rung__label" lang=${lang}>${text.label}</span>
      <span class="nv-visually-hidden">(${step})</span>
    </button>
  </li>`;
}

/**
 * The rails between the steps, the branch names on a vertical ladder, and the rails that run
 * past a row where a branch has no rung of its own. `dimmed` says whether a track is off the
 * chosen path.
 */
export function renderRails(
  lang: Lang,
  layout: LadderLayout,
  vertical: boolean,
  dimmed: (track: Path) => boolean,
): TemplateResult {
  const byGap = new Map<number, LadderLayout['rails']>();
  for (const segment of layout.rails)
    byGap.set(segment.gap, [...(byGap.get(segment.gap) ?? []), segment]);
  const rails = [...byGap].map(
    ([gap, segments]) =>
      html`<svg
        class="rail"
        .style=${cellPlacement(vertical, 2 * gap + 2, '1/-1')}
        viewBox=${vertical ? '0 0 100 10' : '0 0 10 100'}
        preserveAspectRatio="none"
      >
        ${segments.map(({ from, to, paths }) => {
          const lineClass = paths.every((branch) => dimmed(branch)) ? 'is-dimmed' : '';
          // Along the ladder the rail runs 0 → 10; across it, from one track's position to another's.
          return svg`<line
          class=${lineClass}
          x1=${vertical ? from : 0}
          y1=${vertical ? 0 : from}
          x2=${vertical ? to : 10}
          y2=${vertical ? 10 : to}
          vector-effect="non-scaling-stroke"
        />`;
        })}
      </svg>`,
  );
  // A vertical ladder names each branch once, on the rail above its first rung; a horizontal
  // one names it on each rung.
  const heads = vertical
    ? layout.branches.map((branch) => {
        const gap = layout.rungs.find((p) => p.track === branch)!.row - 1;
        if (gap < 0) return nothing;
        const placement = cellPlacement(vertical, 2 * gap + 2, trackSpan(branch, layout));
        return html`<b class="head" .style=${placement}
          >${ladderMessage(lang, `path.${branch}`)}</b
        >`;
      })
    : nothing;
  const passes = layout.passes.map(
    (pass) =>
      html`<div
        class="pass${dimmed(pass.track) ? ' is-dimmed' : ''}"
        .style=${cellPlacement(vertical, 2 * pass.row + 1, trackSpan(pass.track, layout))}
      ></div>`,
  );
  return html`<div class="rails" aria-hidden="true">${rails}${heads}${passes}</div>`;
}

/**
 * The card with a rung's citation (part `citation`): its label, status, branch and date, the
 * date's note and the description when the dataset has them, and the sentences of the article
 * that name it. Shown for hover or focus (id `card`), the element places it over the ladder at
 * the rung (`data-for`). Pinned by a click, Enter or Space (id `pinned`), it is a grid item in
 * the flow at `placement` (CSS text), so it covers no rung.
 */
export function renderCard(
  lang: Lang,
  rung: Rung,
  text: RungText,
  placement?: string,
): TemplateResult {
  const meta = [
    text.status,
    ladderMessage(lang, `path.${rung.path}`),
    ...(text.date ? [text.date] : []),
  ];
  // One template for both (the popover controller positions the shown one through its own
  // `style`; the binding below sets it once, empty, and then only for a pinned citation).
  return html`<div
    class=${placement === undefined ? 'card' : `card pinned track-${rung.path}`}
    part="citation"
    id=${placement === undefined ? 'card' : 'pinned'}
    data-for=${rung.id}
    .style=${placement ?? ''}
  >
    <p><strong>${text.label}</strong></p>
    <p class="card__meta">${meta.join(' · ')}</p>
    ${rung.date?.note ? html`<p class="card__meta">${rung.date.note[lang]}</p>` : nothing}
    ${rung.description ? html`<p>${rung.description[lang]}</p>` : nothing}
    ${renderCitations(lang, rung.citations)}
  </div>`;
}

/** The legend: each status's shape, word and meaning, and the "where things stand" ring. */
export function renderLegend(lang: Lang): TemplateResult {
  return html`<div class="legend" part="legend">
    <p class="legend__title">${translate(coreMessages, lang, 'legend')}</p>
    <ul>
      ${RUNG_STATUSES.map(
        (status) =>
          html`<li class="status-${status}">
            <span class="legend__swatch">${statusIcon(status)}</span>
            <span
              ><strong>${ladderMessage(lang, `status.${status}`)}</strong>:
              ${ladderMessage(lang, `statusHelp.${status}`)}</span
            >
          </li>`,
      )}
      <li class="is-current">
        <span class="legend__swatch legend__swatch--current"></span
        ><span>${ladderMessage(lang, 'current')}</span>
      </li>
    </ul>
  </div>`;
}

/**
 * The table alternative (id `table`, part `table`): a row per rung in reading order, numbered
 * from 1, with its label as the row header and its citations. `rungs` are the first rows (the
 * element adds the rest in slices); `busy` while some are still to come.
 */
export function renderTable(
  lang: Lang,
  rungs: readonly LadderLayout['rungs'][number][],
  texts: ReadonlyMap<string, RungText>,
  busy: boolean,
): TemplateResult {
  const caption = ladderMessage(lang, 'tableCaption');
  return html`<div class="table-wrap" id="table" role="region" aria-label=${caption} tabindex="0">
    <table part="table" aria-busy=${String(busy)}>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${TABLE_COLUMNS.map((column) => html`<th scope="col">${ladderMessage(lang, `column.${column}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rungs.map(({ rung }, i) => {
          const text = texts.get(rung.id)!;
          return html`<tr>
            <td>${i + 1}</td>
            <th scope="row">${text.label}</th>
            <td>${ladderMessage(lang, `path.${rung.path}`)}</td>
            <td>${text.status}</td>
            <td>${text.actors}</td>
            <td>${text.date || ladderMessage(lang, 'dateUnknown')}</td>
            <td>${renderCitations(lang, rung.citations)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
