// The matrix's drawings as pure render functions of a MatrixView: the table, the cards, the
// cards' sort menu, the citation popover, the legend and the citations table. The element
// (actor-stance-matrix.ts) decides what to draw; event listeners on the cells are delegated to
// the container it puts around them.
import { html, nothing, type TemplateResult } from 'lit';
import {
  countNoun,
  coreMessages,
  formatList,
  renderCitations,
  translate,
  type Lang,
} from '@nato-viz/core';
import { BASES, POSITIONS, type Basis, type Position, type Stance } from '@nato-viz/data';
import { SORT_DIRECTIONS, tally, type ActorGroup, type IssueSort, type Matrix } from './order.js';
import type { CellPos } from './keyboard.js';
import type { MessageKey } from './messages.js';

/** A message of the matrix's catalog in the element's language. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The words and classes of a position × basis. */
export interface CellWords {
  /** The position's word: “opposes”. */
  label: string;
  /** What the cell shows: the short word in the compact grid (“opp.”), else the label. */
  short: string;
  /** The classes that draw its glyph and basis letter: `pos-<position>`, and `basis-<basis>` when there is one. */
  classes: string;
  /** What a screen reader says for the cell: “opposes (article’s analysis)”. */
  name: string;
}

/** The words of a stance's position and basis. */
export type WordsOf = (stance: Pick<Stance, 'position' | 'basis'>) => CellWords;

/** Everything the render functions need to draw the matrix. */
export interface MatrixView {
  matrix: Matrix;
  lang: Lang;
  t: Translate;
  words: WordsOf;
  /** Prefix of the ids that tie caption, summary, hint and popover title to the grid. */
  id: string;
  /** The compact grid: narrow columns and short words. */
  compact: boolean;
  /** The focused cell, whose row and column are highlighted; `undefined` when focus is elsewhere. */
  focus: CellPos | undefined;
  /** The reader's column sort. */
  issueSort: IssueSort | undefined;
}

/** The words of `position` with `basis`; the visible short word starts the name (label in name, WCAG 2.5.3). */
export function positionWords(
  t: Translate,
  compact: boolean,
  position: Position,
  basis?: Basis,
): CellWords {
  const label = t(`position.${position}`);
  const short = compact ? t(`short.${position}`) : label;
  const full = basis ? `${label} (${t(`basis.${basis}`)})` : label;
  return {
    label,
    short,
    classes: basis ? `pos-${position} basis-${basis}` : `pos-${position}`,
    name: short !== label ? `${short}: ${full}` : full,
  };
}

/** {@link positionWords}, worked out once per position × basis so 2,000 cells do not each translate. */
export function wordsOf(t: Translate, compact: boolean): WordsOf {
  const cache = new Map<string, CellWords>();
  return ({ position, basis }) => {
    const key = `${position} ${basis ?? ''}`;
    let words = cache.get(key);
    if (!words) {
      words = positionWords(t, compact, position, basis);
      cache.set(key, words);
    }
    return words;
  };
}

/** The one-line text summary under the title: “5 actors × 8 issues: 16 positions (…); on 24 pairs the article says nothing.” */
export function summaryText({ matrix, lang, t }: MatrixView): string {
  const all = matrix.cells.flat();
  const counts = tally(all);
  const silent = counts['not-stated'];
  const stated = POSITIONS.filter((p) => p !== 'not-stated' && counts[p] > 0).map(
    (p) => `${counts[p]} ${t(`position.${p}`)}`,
  );
  const count = (n: number, noun: 'actor' | 'issue' | 'position' | 'pair') =>
    countNoun(lang, n, t(`noun.${noun}`), t(`noun.${noun}s`));
  return t('summary', {
    actors: count(matrix.actors.length, 'actor'),
    issues: count(matrix.issues.length, 'issue'),
    stated:
      count(all.length - silent, 'position') +
      (stated.length ? ` (${formatList(lang, stated)})` : ''),
    silent: count(silent, 'pair'),
  });
}

/** The positions the pattern sentence names, in the order it names them. */
const PATTERN = ['opposes', 'supports', 'conditional'] as const;

/**
 * The pattern under the counts, computed from the cells: for each stated position, the actors
 * that take it, most issues first — “Opposed: Russia (4 issues), Putin (4 issues). In support: …”.
 */
export function patternText({ matrix, lang, t }: MatrixView): string {
  const sentences = PATTERN.flatMap((position) => {
    const actors = matrix.actors
      .map((actor, row) => ({
        name: actor.name[lang],
        n: matrix.cells[row]!.filter((s) => s.position === position).length,
      }))
      .filter((a) => a.n > 0)
      // Stable: ties keep the drawing order.
      .sort((a, b) => b.n - a.n);
    if (!actors.length) return [];
    const list = actors.map(
      (a) => `${a.name} (${countNoun(lang, a.n, t('noun.issue'), t('noun.issues'))})`,
    );
    return [t(`pattern.${position}`, { list: list.join(', ') })];
  });
  return sentences.join(' ');
}

/** Whether a group gets a heading: unless it is one actor that heads itself (NATO). */
export function hasHeading(matrix: Matrix, group: ActorGroup): boolean {
  return group.size > 1 || matrix.actors[group.start] !== group.head;
}

/** ` highlight` on the cells of the focused cell's row and column. */
function highlight(
  focus: CellPos | undefined,
  row: number | undefined,
  col: number | undefined,
): string {
  return focus && (row === focus.row || col === focus.col) ? ' highlight' : '';
}

/** The arrow of a column header: which way it is sorted, or that it can be. */
function sortArrow(direction: IssueSort['direction'] | undefined): string {
  if (direction === 'ascending') return '▲';
  if (direction === 'descending') return '▼';
  return '↕';
}

/**
 * The wide layout: a `<table role="grid">` with a row header per actor and a sortable column
 * header per issue. Every cell and header button is drawn with `tabindex="-1"` (and cells with
 * `aria-expanded="false"`): the element sets the one Tab stop and the open cell on two buttons
 * after each render instead of binding them on all 2,000.
 */
export function renderGrid(view: MatrixView): TemplateResult {
  const { matrix, lang, t, words, id, focus, issueSort } = view;
  const headers = matrix.issues.map((issue, col) => {
    const sorted = issueSort?.issue === issue.id ? issueSort.direction : undefined;
    // No whitespace between the button's spans: the arrow is placed absolutely at the end.
    // prettier-ignore
    return html`<th scope="col" part="column-header" class="col-head${highlight(focus, undefined, col)}" aria-sort=${sorted ?? 'none'}>
      <button type="button" class="sort-btn" data-row="-1" data-col=${col} tabindex="-1"><span class="issue-label">${issue.label[lang]}</span><span class="arrow" aria-hidden="true">${sortArrow(sorted)}</span></button>
    </th>`;
  });
  const rowOf = (actor: Matrix['actors'][number], row: number) => {
    const cells = matrix.cells[row]!.map((stance, col) => {
      const w = words(stance);
      // One flat template per cell, and nothing between its elements (no text node each):
      // the cell's glyph and basis letter are its button's ::before and ::after (see the styles).
      // prettier-ignore
      return html`<td class="cell ${w.classes}${highlight(focus, row, col)}"><button
        type="button"
        part="cell"
        class="cell-btn glyph"
        data-row=${row}
        data-col=${col}
        tabindex="-1"
        aria-haspopup="dialog"
        aria-expanded="false"
        aria-label=${w.name}
      ><span class="label">${w.short}</span></button></td>`;
    });
    return html`<tr>
      <th scope="row" part="row-header" class="row-head${highlight(focus, row, undefined)}">
        ${actor.name[lang]}
      </th>
      ${cells}
    </tr>`;
  };
  const cols = matrix.issues.length + 1;
  const groups = matrix.groups ?? [
    { head: matrix.actors[0]!, start: 0, size: matrix.actors.length },
  ];
  // A <tbody> per group, headed by a row with a `scope="rowgroup"` header across the table.
  const bodies = groups.map((group) => {
    const members = matrix.actors.slice(group.start, group.start + group.size);
    const heading =
      matrix.groups && hasHeading(matrix, group)
        ? html`<tr class="group-row">
            <th scope="rowgroup" colspan=${cols} class="group-head">${group.head.name[lang]}</th>
          </tr>`
        : nothing;
    return html`<tbody>
      ${heading}${members.map((actor, i) => rowOf(actor, group.start + i))}
    </tbody>`;
  });
  return html`<table
    role="grid"
    part="table"
    class="grid${view.compact ? ' compact' : ''}"
    aria-labelledby="${id}-title"
    aria-describedby="${id}-summary ${id}-hint"
  >
    <colgroup>
      <col class="col-actor" />
    </colgroup>
    <thead>
      <tr>
        <th scope="col" class="corner">${t('actorHeader')}</th>
        ${headers}
      </tr>
    </thead>
    ${bodies}
  </table>`;
}

/**
 * The narrow layout: one card per actor, listing its stated positions (one button each), then
 * one line of the issues the article is silent on, each an inline `role="button"` (a
 * `<button>` is an atomic box and would not wrap): the line flows like a sentence.
 */
export function renderCards(view: MatrixView): TemplateResult {
  const { matrix, lang, t, words, id, focus } = view;
  const silentName = t('position.not-stated');
  const cardOf = (actor: Matrix['actors'][number], row: number) => {
    const name = actor.name[lang];
    const cells = matrix.cells[row]!;
    const stated = cells.map((stance, col) => {
      if (stance.position === 'not-stated') return nothing;
      const w = words(stance);
      const issue = matrix.issues[col]!.label[lang];
      // The grid cell's attributes again, written out: one flat template per cell (see renderGrid).
      // prettier-ignore
      return html`<li class="card-cell ${w.classes}"><button
        type="button"
        part="cell"
        class="cell-btn"
        data-row=${row}
        data-col=${col}
        tabindex="-1"
        aria-haspopup="dialog"
        aria-expanded="false"
        aria-label="${name}, ${issue}: ${w.name}"
      ><span class="issue-label">${issue}</span> <span class="val glyph"><span class="label">${w.label}</span></span></button></li>`;
    });
    // A sentence-like list: a comma after each but the last silent issue.
    const last = cells.map((s) => s.position).lastIndexOf('not-stated');
    const silent = cells.map((stance, col) => {
      if (stance.position !== 'not-stated') return nothing;
      const issue = matrix.issues[col]!.label[lang];
      // prettier-ignore
      return html` <span
        role="button"
        part="cell"
        class="cell-btn"
        data-row=${row}
        data-col=${col}
        tabindex="-1"
        aria-haspopup="dialog"
        aria-expanded="false"
        aria-label="${name}, ${issue}: ${silentName}"
      >${issue}</span>${col < last ? ',' : ''}`;
    });
    // The line break after the <li> is the space between the line's glyph (::before) and its words.
    const silentLine =
      last >= 0
        ? html`<li class="card-cell card-silent">${t('notStated')} ${silent}</li>`
        : nothing;
    return html`<li class="card${highlight(focus, row, undefined)}" part="card">
      <p class="card-title" part="row-header" id="${id}-row${row}">${name}</p>
      <ul aria-labelledby="${id}-row${row}">
        ${stated}${silentLine}
      </ul>
    </li>`;
  };
  const groups = matrix.groups ?? [
    { head: matrix.actors[0]!, start: 0, size: matrix.actors.length },
  ];
  // A headed group is a list item holding its heading and its own list of cards.
  const cards = groups.map((group, g) => {
    const members = matrix.actors
      .slice(group.start, group.start + group.size)
      .map((actor, i) => cardOf(actor, group.start + i));
    if (!matrix.groups || !hasHeading(matrix, group)) return members;
    return html`<li class="group">
      <p class="group-title" id="${id}-group${g}">${group.head.name[lang]}</p>
      <ul class="cards" aria-labelledby="${id}-group${g}">
        ${members}
      </ul>
    </li>`;
  });
  return html`<ul
    class="cards"
    part="cards"
    aria-labelledby="${id}-title"
    aria-describedby="${id}-summary ${id}-hint"
  >
    ${cards}
  </ul>`;
}

/** The value of a sort menu option: `direction:issue`, or empty for the default order. */
export function sortOptionValue(sort: IssueSort | undefined): string {
  return sort ? `${sort.direction}:${sort.issue}` : '';
}

/** The inverse of {@link sortOptionValue}. */
export function parseSortOption(value: string): IssueSort | undefined {
  const [direction, issue] = value.split(':');
  const known = SORT_DIRECTIONS.find((d) => d === direction);
  return known && issue ? { issue, direction: known } : undefined;
}

/** The cards' sort menu (the grid sorts from its column headers). */
export function renderSortMenu(view: MatrixView, onChange: (e: Event) => void): TemplateResult {
  const { matrix, lang, t } = view;
  const value = sortOptionValue(view.issueSort);
  const options = matrix.issues.flatMap((issue) =>
    SORT_DIRECTIONS.map((direction) => {
      const option = sortOptionValue({ issue: issue.id, direction });
      return html`<option value=${option} ?selected=${option === value}>
        ${issue.label[lang]} — ${t(`sort.${direction}`)}
      </option>`;
    }),
  );
  return html`<label class="sort">
    <span>${t('sortBy')}</span>
    <select @change=${onChange} .value=${value}>
      <option value="" ?selected=${!value}>${t('sortDefault')}</option>
      ${options}
    </select>
  </label>`;
}

/** What the popover's controls call. */
export interface PopoverHandlers {
  onKeydown: (e: KeyboardEvent) => void;
  onFocusOut: (e: FocusEvent) => void;
  onClose: () => void;
}

/**
 * The citation popover of the cell at `open`: a non-modal dialog with the actor and issue, the
 * position and its basis, what the article says (or that it is silent) and a close button.
 * Placed under its cell by the element's PopoverController.
 */
export function renderPopover(
  view: MatrixView,
  open: CellPos,
  handlers: PopoverHandlers,
): TemplateResult | typeof nothing {
  const { matrix, lang, t, id } = view;
  const stance = matrix.cells[open.row]?.[open.col];
  if (!stance) return nothing;
  const actor = matrix.actors[open.row]!.name[lang];
  const issue = matrix.issues[open.col]!.label[lang];
  return html`<div
    class="popover pos-${stance.position}"
    part="popover"
    role="dialog"
    aria-labelledby="${id}-popover"
    tabindex="-1"
    @keydown=${handlers.onKeydown}
    @focusout=${handlers.onFocusOut}
  >
    <p class="pop-title" id="${id}-popover">${actor} — ${issue}</p>
    <p class="pop-stance glyph">
      <span class="label">${t(`position.${stance.position}`)}</span>
      ${stance.basis ? ` · ${t(`basis.${stance.basis}`)}` : nothing}
    </p>
    ${stance.position === 'not-stated' ? html`<p>${t('silent', { actor, issue })}</p>` : nothing}
    ${stance.note ? html`<p class="note">${stance.note[lang]}</p>` : nothing}
    ${renderCitations(lang, stance.citations)}
    <button type="button" class="nv-button close" @click=${handlers.onClose}>
      ${translate(coreMessages, lang, 'close')}
    </button>
  </div>`;
}

/** The legend: each position's glyph and word (with its short word in the compact grid), and each basis letter. */
export function renderLegend({ matrix, lang, t, compact }: MatrixView): TemplateResult {
  const positions = POSITIONS.map((position) => {
    const { label, short } = positionWords(t, compact, position);
    if (position === 'not-stated')
      return html`<li class="pos-${position} glyph">${t('legendNotStated')}</li>`;
    return html`<li class="pos-${position} glyph">
      ${label}${short !== label ? ` (${short})` : nothing}
    </li>`;
  });
  const bases = BASES.map(
    (basis) =>
      html`<li class="basis-mark basis-${basis}">
        ${t(`basis.${basis}`)}: ${t(`basisHelp.${basis}`)}
      </li>`,
  );
  return html`<div
    class="legend"
    part="legend"
    role="group"
    aria-label=${translate(coreMessages, lang, 'legend')}
  >
    <p class="legend-title">${t('position')}</p>
    <ul>
      ${positions}
    </ul>
    <p class="legend-title">${t('legendBasis')}</p>
    <ul>
      ${bases}
    </ul>
    ${matrix.groups ? html`<p class="groups-note">${t('groupsNote')}</p>` : nothing}
  </div>`;
}

/** A stated position of the matrix: where it is and what it is. */
export interface StatedCell {
  row: number;
  col: number;
  stance: Stance;
}

/** Every stated position, row by row: the rows of the citations table. */
export function statedCells(matrix: Matrix): StatedCell[] {
  return matrix.cells.flatMap((cells, row) =>
    cells.flatMap((stance, col) =>
      stance.position === 'not-stated' ? [] : [{ row, col, stance }],
    ),
  );
}

/**
 * The “show as table” list: every stated position with its quotes. `cells` are the first
 * rows (the element adds the rest in slices); `busy` while some are still to come.
 */
export function renderCitationsTable(
  view: MatrixView,
  tableId: string,
  cells: readonly StatedCell[],
  busy: boolean,
): TemplateResult {
  const { matrix, lang, t, words } = view;
  const rows = cells.map(
    ({ row, col, stance }) => html`<tr>
      <th scope="row">${matrix.actors[row]!.name[lang]} · ${matrix.issues[col]!.label[lang]}</th>
      <td>${words(stance).name}</td>
      <td>${renderCitations(lang, stance.citations)}</td>
    </tr>`,
  );
  return html`<table class="citations" part="citations-table" id=${tableId} aria-busy=${String(busy)}>
    <caption>
      ${t('citationsCaption')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('actorHeader')} · ${t('issue')}</th>
        <th scope="col">${t('position')}</th>
        <th scope="col">${t('quote')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}
