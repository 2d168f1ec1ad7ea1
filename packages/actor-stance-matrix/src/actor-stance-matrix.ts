import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  NvDataElement,
  countNoun,
  expectedOneOf,
  formatDate,
  formatList,
  translate,
  uniqueId,
  type NvProblem,
} from '@nato-viz/core';
import { dataset, POSITIONS, BASES, type Actor, type Basis, type Dataset, type Issue, type Position, type Stance } from '@nato-viz/data';
import {
  SORTS,
  SORT_DIRECTIONS,
  actorWidth,
  cardOrder,
  cellStance,
  indexStances,
  isCompact,
  layoutFor,
  moveCell,
  nextIssueSort,
  orderActors,
  parseIds,
  pickSubset,
  tally,
  unknownIdDetail,
  type CellPos,
  type IssueSort,
  type Layout,
  type Sort,
  type SortDirection,
} from './layout.js';
import { messages, type MessageKey } from './messages.js';
import { styles } from './actor-stance-matrix.styles.js';

/** The `detail` of `nv-cell-select`: the cell the reader opened. */
export interface CellSelectDetail {
  actor: string;
  issue: string;
  position: Position;
  basis?: Basis;
}

/** What the matrix draws after subsetting and ordering. @internal */
interface Model {
  data: Dataset;
  actors: Actor[];
  issues: Issue[];
  /** `cells[row][col]`, rows in drawing order. */
  cells: Stance[][];
}

/** The words and classes of a position × basis: `name` is what a screen reader says for a cell. @internal */
interface Words {
  label: string;
  short: string;
  /** The classes of a cell: `pos-<position>`, and `b-<basis>` when there is one. */
  cls: string;
  name: string;
}

/** Above this many cells, off-screen cards and card lines skip layout (`content-visibility: auto`; not the table's cells). */
const MANY_CELLS = 400;

/** The Tab stop before the reader picks a cell (compared by identity). */
const START: CellPos = { row: 0, col: 0 };

/**
 * Who stands where on each part of the proposed Ukraine deal: a table with actors as rows and
 * issues as columns. Each cell shows the position with a glyph, a colour and a word, and a
 * letter for how the article knows it; opening a cell shows the sentence that says so (the
 * Dutch quote, its English translation when `lang="en"`, and the paragraph). Where the article
 * is silent, the cell says so.
 *
 * Arrow keys move between cells (one Tab stop), Home/End to the row's ends, Ctrl+Home/End to the
 * grid's; Enter, Space or a tap opens the citation, Escape closes it. Column headers sort the
 * actors by their position on that issue. Where the wide table does not fit, it turns compact
 * (narrow columns; each cell shows its glyph over a short word, explained in the legend; the full
 * word is the cell's accessible name): 8 issues fit 624 px. Below that (and below 560 px), the
 * table becomes a list of actor cards with the same content and keys; a card lists the stated
 * positions, then the issues the article is silent on in one line of small buttons.
 *
 * @summary Actors × issues, each cell with its position and the article's sentence.
 * @tagname actor-stance-matrix
 *
 * @attr {'nl' | 'en'} lang - Language; inherited from the page when absent (core). Anything else is an error state.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour theme (core).
 * @attr {string} data - A replacement dataset as JSON text (core; validated).
 * @attr {string} src - URL of a replacement dataset, `https:` or same origin (core; validated).
 * @prop {unknown} data - A replacement dataset as an object (core; wins over the attributes).
 *
 * @fires nv-cell-select - When the reader opens a cell (click, tap, Enter or Space); `detail` is `{ actor, issue, position, basis }`. Never fired by setting a property.
 * @fires nv-error - When the element's input is rejected (from core).
 *
 * @slot caption - The title (default: “Who stands where on the Ukraine deal”).
 * @slot source - The source line (default: the article and its date).
 *
 * @csspart base - The element's outer box (from core).
 * @csspart error - The error state (from core).
 * @csspart figure - The figure holding caption, grid, legend and source.
 * @csspart caption - The title.
 * @csspart summary - The one-line text summary under the title.
 * @csspart table - The grid (a `<table>`) in the wide layout.
 * @csspart column-header - Each issue's column header.
 * @csspart row-header - Each actor's row header (and card title).
 * @csspart cell - Each cell's button.
 * @csspart cards - The list of actor cards in the narrow layout.
 * @csspart card - One actor card.
 * @csspart popover - The citation popover.
 * @csspart legend - The legend.
 * @csspart citations-table - The “show as table” list of positions with their quotes.
 * @csspart source - The source line.
 *
 * @cssprop --nv-asm-supports - Colour of “supports” (default `--nv-color-stance-supports`).
 * @cssprop --nv-asm-opposes - Colour of “opposes” (default `--nv-color-stance-opposes`).
 * @cssprop --nv-asm-conditional - Colour of “conditional” (default `--nv-color-stance-conditional`).
 * @cssprop --nv-asm-not-stated - Colour of “not stated” (default `--nv-color-stance-not-stated`).
 * @cssprop --nv-asm-highlight - Background of the focused cell's row and column.
 * @cssprop --nv-asm-actor-width - Width of the actor column (default `9em`).
 * @cssprop --nv-asm-min-height - Height reserved before the data is drawn (default `16em`).
 * @cssprop --nv-font-family - Font family of all text (from core).
 * @cssprop --nv-font-size - Base font size (from core).
 */
export class ActorStanceMatrix extends NvDataElement {
  static override styles = [...NvDataElement.styles, styles];

  // Declared without decorators: legacy decorators make tsc emit a helper into the module.
  static override properties: PropertyDeclarations = {
    active: { state: true },
    focusInside: { state: true },
    open: { state: true },
    issueSort: { state: true },
    layout: { state: true },
    compact: { state: true },
    tableShown: { state: true },
    sort: { reflect: true },
    actors: {},
    issues: {},
    noLegend: { type: Boolean, attribute: 'no-legend', reflect: true },
    noTable: { type: Boolean, attribute: 'no-table', reflect: true },
  };

  /** @internal */
  #model: Model | undefined;
  /** @internal */
  #modelKey: unknown[] = [];
  /** @internal */
  #subsetProblem: NvProblem | undefined;
  /** @internal */
  #resize: ResizeObserver | undefined;
  /** The issue count the layout was last chosen for. @internal */
  #measuredCols = -1;
  /** Width of the wide grid's actor column, in ems. @internal */
  #actorEm = 9;
  /** Width of the actor column, px: the longest word of a name, or what the compact grid leaves. @internal */
  #actorPx = 144;
  /** The buttons that hold the Tab stop and the open citation (set in `updated`). @internal */
  #marked: (Element | null | undefined)[] = [];
  /** Prefix of the ids that tie caption, summary, hint and popover title to the grid. @internal */
  #id = uniqueId('asm');
  /** @internal */
  #onDocPointer = (e: PointerEvent) => {
    // A press on the popover or on a cell (which toggles it on click) keeps it open.
    const pop = this.#popover();
    if (this.open && !e.composedPath().some((n) => n === pop || (n as Element).classList?.contains('cell-btn'))) {
      this.open = undefined;
    }
  };

  /** @internal */
  protected readonly defaultData: Dataset = dataset;

  /** The cell that holds the Tab stop (`START` until the reader picks one). @internal */
  protected active: CellPos = START;
  /** Whether focus is on a cell (highlights the active row and column). @internal */
  protected focusInside = false;
  /** The cell whose citation is open. @internal */
  protected open: CellPos | undefined;
  /** The reader's column sort. @internal */
  protected issueSort: IssueSort | undefined;
  /** The drawing that fits the element's width. @internal */
  protected layout: Layout = 'grid';
  /** Whether the grid needs its compact form (narrow columns, short words); never in cards. @internal */
  protected compact = false;
  /** Whether the citations table is shown. @internal */
  protected tableShown = false;

  /** Order of the actors: `data` (as in the dataset) or `agreement` (most issues supported first). */
  sort: Sort = 'data';

  /** Comma-separated actor ids to show, in that order (default: all). */
  actors: string | null = null;

  /** Comma-separated issue ids to show, in that order (default: all). */
  issues: string | null = null;

  /** Hides the legend. */
  noLegend = false;

  /** Hides the “show as table” list of positions with their quotes. */
  noTable = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.#resize ??= new ResizeObserver(() => this.#measure());
      this.#resize.observe(this);
    }
    this.ownerDocument.addEventListener('pointerdown', this.#onDocPointer, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.ownerDocument.removeEventListener('pointerdown', this.#onDocPointer, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.currentData;
    const key = [data, this.actors, this.issues, this.sort, this.issueSort];
    if (key.every((k, i) => k === this.#modelKey[i])) return;
    this.#modelKey = key;
    this.#model = this.#subsetProblem = undefined;
    if (!data || !SORTS.includes(this.sort)) return;
    const actors = pickSubset(data.actors, parseIds(this.actors));
    const issues = pickSubset(data.issues, parseIds(this.issues));
    if (!actors.ok || !issues.ok) {
      this.#subsetProblem = {
        code: 'unknown-id',
        attribute: actors.ok ? 'issues' : 'actors',
        detail: unknownIdDetail(actors.ok ? (issues as Extract<typeof issues, { ok: false }>) : actors),
      };
      return;
    }
    const index = indexStances(data.stances);
    const rows = orderActors(actors.items, issues.items, data.stances, this.sort, this.issueSort);
    const cols = issues.items;
    this.#model = { data, actors: rows, issues: cols, cells: rows.map((a) => cols.map((i) => cellStance(index, a.id, i.id))) };
    if (this.#measuredCols !== cols.length) {
      this.#measuredCols = cols.length;
      this.#measure();
    }
    const { row, col } = this.active;
    if (row >= rows.length || col >= cols.length) this.active = { row: Math.min(row, rows.length - 1), col: Math.max(0, Math.min(col, cols.length - 1)) };
    if (this.open && (this.open.row >= rows.length || this.open.col >= cols.length)) this.open = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The cells and column headers are drawn with `tabindex="-1"` (cells with `aria-expanded="false"`):
    // the Tab stop and the open cell are set here on two buttons, not bound on each of 2,000.
    let [stop, open] = this.#marked;
    stop?.setAttribute('tabindex', '-1');
    open?.setAttribute('aria-expanded', 'false');
    // A card reads its stated positions first: until the reader picks a cell, Tab lands on the first card's first line.
    const cards = this.layout === 'cards' && this.active === START && this.#model;
    this.#marked = [(stop = this.#button(cards ? cardOrder(cards.cells)[0]! : this.active)), (open = this.open && this.#button(this.open))];
    stop?.setAttribute('tabindex', '0');
    open?.setAttribute('aria-expanded', 'true');
    this.#setActorWidth();
    // The basis letters of cells and legend, from the catalog (`attr()` in `content` would cost a style pass per cell).
    const fig = this.renderRoot.querySelector<HTMLElement>('.asm');
    for (const b of BASES) fig?.style.setProperty(`--_m-${b}`, JSON.stringify(this.#t(`basisMark.${b}`)));
    // The popover under its cell, inside the figure (CSSOM, allowed under a strict CSP).
    const pop = this.#popover();
    if (!pop || !open) return;
    const f = fig!.getBoundingClientRect(); // the popover's parent
    const b = open.getBoundingClientRect();
    pop.style.top = `${Math.round(b.bottom - f.top + 4)}px`;
    pop.style.left = `${Math.round(Math.max(0, Math.min(b.left - f.left, f.width - pop.offsetWidth)))}px`;
  }

  /** The actor column fits the longest word of a name (CSSOM: allowed under a strict CSP). @internal */
  #setActorWidth(): void {
    this.renderRoot.querySelector<HTMLElement>('.grid')?.style.setProperty('--_aw', `${this.#actorPx}px`);
  }

  protected override collectProblems(): NvProblem[] {
    const problems = super.collectProblems();
    if (!SORTS.includes(this.sort)) problems.push({ code: 'invalid-attribute', attribute: 'sort', detail: expectedOneOf(SORTS, this.sort) });
    if (this.#subsetProblem) problems.push(this.#subsetProblem);
    return problems;
  }

  /** @internal */
  #t(key: MessageKey, vars?: Record<string, string | number>): string {
    return translate(messages, this.resolvedLang, key, vars);
  }

  /** Switches between table and cards as the element's own width changes. @internal */
  #measure(): void {
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    const width = this.getBoundingClientRect().width;
    const cols = this.#model?.issues.length ?? 0;
    const next = layoutFor(width, cols, em);
    this.#actorEm = actorWidth(this.#model?.actors.map((a) => a.name[this.resolvedLang]) ?? []);
    if (next) {
      this.compact = next === 'grid' && isCompact(width, cols, em, this.#actorEm);
      // Compact: what 4 em per issue and the padding leave, between 6 em and the wide width.
      this.#actorPx = Math.round(this.compact ? Math.max(6 * em, Math.min(this.#actorEm * em, width - (1 + 4 * cols) * em)) : this.#actorEm * em);
      // Set on the drawn grid, not by a re-render: a resize that changes nothing else redraws none of 2,000 cells.
      this.#setActorWidth();
    }
    if (next && next !== this.layout) {
      this.layout = next;
      // Cards have no header row: keep the Tab stop on a cell.
      if (next === 'cards' && this.active.row < 0) this.active = { row: 0, col: this.active.col };
    }
  }

  /** The button of a cell (row −1: a column header). @internal */
  #button(pos: CellPos): HTMLElement | null {
    return this.renderRoot.querySelector(`[data-r="${pos.row}"][data-c="${pos.col}"]`);
  }

  /** The cell of a cell or header button, from its `data-r`/`data-c`. @internal */
  #posOf(el: EventTarget | null): CellPos | undefined {
    const d = (el as HTMLElement | null)?.dataset;
    return d?.r === undefined ? undefined : { row: Number(d.r), col: Number(d.c) };
  }

  /** @internal */
  async #focusCell(pos: CellPos): Promise<void> {
    this.active = pos;
    await this.updateComplete;
    this.#button(pos)?.focus();
  }

  /** Keys on the grid or the cards: arrows, Home/End, Escape. @internal */
  #onKeydown(e: KeyboardEvent): void {
    const m = this.#model;
    if (!m || e.altKey || e.metaKey) return;
    if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      this.#close(true);
      return;
    }
    // Enter and Space on a card's inline role=button (a silent issue) work as on a <button>.
    const pos = (e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).localName === 'span' && this.#posOf(e.target);
    if (pos) {
      e.preventDefault();
      void this.#select(pos);
      return;
    }
    let next = moveCell(this.active, e.key, e.ctrlKey, m.actors.length, m.issues.length, this.layout);
    if (this.layout === 'cards' && /^Arrow(Up|Down)$/.test(e.key)) {
      // Cards list the stated positions first, then one line of silent issues: follow that order.
      const order = cardOrder(m.cells);
      const i = order.findIndex((p) => p.row === this.active.row && p.col === this.active.col);
      next = order[Math.max(0, Math.min(order.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    }
    if (!next) return;
    e.preventDefault();
    void this.#focusCell(next);
  }

  /** A click on a cell or a column header, delegated from the grid or the cards. @internal */
  #onClick(e: Event): void {
    const pos = this.#posOf((e.target as HTMLElement).closest('[data-r]'));
    if (pos && pos.row < 0) this.#sortBy(pos.col);
    else if (pos) void this.#select(pos);
  }

  /** @internal */
  #onFocusIn(e: FocusEvent): void {
    const pos = this.#posOf(e.target);
    if (pos) this.active = pos;
    this.focusInside = true;
  }

  /** @internal */
  #onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (!to || !(e.currentTarget as Node).contains(to)) this.focusInside = false;
  }

  /** Opens a cell's citation (or closes it when it is open) and tells the page. @internal */
  async #select(pos: CellPos): Promise<void> {
    const stance = this.#model?.cells[pos.row]?.[pos.col];
    if (!stance) return;
    this.active = pos;
    if (this.open?.row === pos.row && this.open.col === pos.col) return this.#close(true);
    this.open = pos;
    const detail: CellSelectDetail = { actor: stance.actor, issue: stance.issue, position: stance.position };
    if (stance.basis) detail.basis = stance.basis;
    this.dispatchEvent(new CustomEvent('nv-cell-select', { detail, bubbles: true, composed: true }));
    await this.updateComplete;
    this.#popover()?.focus();
  }

  /** @internal */
  #popover(): HTMLElement | null {
    return this.renderRoot.querySelector('.popover');
  }

  /** @internal */
  #close(returnFocus: boolean): void {
    const at = this.open;
    this.open = undefined;
    if (returnFocus && at) void this.#focusCell(at);
  }

  /** Escape closes the popover; tabbing out of it closes it, focus staying where the reader put it. @internal */
  #onPopoverKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    this.#close(true);
  }

  /** @internal */
  #onPopoverFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as HTMLElement | null;
    if (to && !(e.currentTarget as Node).contains(to) && !to.classList?.contains('cell-btn')) this.#close(false);
  }

  /** @internal */
  #sortBy(col: number): void {
    const issue = this.#model?.issues[col];
    if (!issue) return;
    this.issueSort = nextIssueSort(this.issueSort, issue.id);
    this.active = { row: -1, col };
  }

  /** @internal */
  #onSortSelect(e: Event): void {
    // The options' values are `direction:issue` (written by #renderSortMenu), or empty for the default order.
    const [direction, issue] = (e.target as HTMLSelectElement).value.split(':') as [SortDirection, string?];
    this.issueSort = issue ? { issue, direction } : undefined;
  }

  /**
   * Per render, the words of each position × basis, so 2,000 cells do not each run `translate`.
   * `name` is what a screen reader says for a cell: “opposes (article’s analysis)”.
   * @internal
   */
  #words(): (s: Pick<Stance, 'position' | 'basis'>) => Words {
    const cache: Record<string, Words> = {};
    return ({ position, basis }) => (cache[`${position}|${basis}`] ??= this.#word(position, basis));
  }

  /** @internal */
  #word(position: Position, basis?: Basis): Words {
    const label = this.#t(`position.${position}`);
    const short = this.compact ? this.#t(`short.${position}`) : label;
    const name = basis ? `${label} (${this.#t(`basis.${basis}`)})` : label;
    // The visible short word starts the name (label in name, WCAG 2.5.3).
    return { label, short, cls: `pos-${position}${basis ? ` b-${basis}` : ''}`, name: short !== label && short !== '—' ? `${short}: ${name}` : name };
  }

  /** @internal */
  #summary(m: Model): string {
    const lang = this.resolvedLang;
    const all = m.cells.flat();
    const counts = tally(all);
    const silent = counts['not-stated'];
    const parts = POSITIONS.filter((p) => p !== 'not-stated' && counts[p]).map((p) => `${counts[p]} ${this.#t(`position.${p}`)}`);
    const count = (n: number, noun: 'actor' | 'issue' | 'position' | 'pair') =>
      countNoun(lang, n, this.#t(`noun.${noun}`), this.#t(`noun.${noun}s`));
    return this.#t('summary', {
      actors: count(m.actors.length, 'actor'),
      issues: count(m.issues.length, 'issue'),
      stated: count(all.length - silent, 'position') + (parts.length ? ` (${formatList(lang, parts)})` : ''),
      silent: count(silent, 'pair'),
    });
  }

  /**
   * The grid (wide) or the cards (narrow). Each cell is one flat template (no nested ones), and
   * clicks are handled once on the container: 2,000 cells render several times faster.
   * @internal
   */
  #renderCells(m: Model): TemplateResult {
    const lang = this.resolvedLang;
    const { active, focusInside, issueSort } = this;
    const words = this.#words();
    const id = this.#id;
    const hl = (row: number, col: number) => (focusInside && (row === active.row || col === active.col) ? ' hl' : '');
    if (this.layout === 'cards') {
      const silentName = this.#t('position.not-stated');
      return html`<ul class="cards" part="cards" aria-labelledby="${id}-t" aria-describedby="${id}-s ${id}-h">
        ${m.actors.map((actor, row) => {
          const name = actor.name[lang];
          // The last silent issue: no comma after it (and none at all: no silent line).
          const last = m.cells[row]!.map((s) => s.position).lastIndexOf('not-stated');
          return html`<li class="card${hl(row, -2)}" part="card"><p class="card-title" part="row-header" id="${id}-r${row}">${name}</p
><ul aria-labelledby="${id}-r${row}">${m.cells[row]!.map((s, col) => {
                if (s.position === 'not-stated') return nothing;
                const w = words(s);
                const issue = m.issues[col]!.label[lang];
                return html`<li class="card-cell ${w.cls}"><button type="button" part="cell" class="cell-btn"
data-r=${row} data-c=${col} tabindex="-1" aria-haspopup="dialog" aria-expanded="false"
aria-label="${name}, ${issue}: ${w.name}"><span class="issue-label">${issue}</span> <span class="val g"><span class="label">${w.label}</span></span></button></li>`;
              })}${last >= 0
                ? html`<li class="card-cell card-silent pos-not-stated g"> ${this.#t('notStated')}
${m.cells[row]!.map((s, col) => {
  if (s.position !== 'not-stated') return nothing;
  const issue = m.issues[col]!.label[lang];
  // A sentence-like list: a comma after each but the last silent issue.
  const sep = col < last ? ',' : '';
  // An inline role=button (a <button> is an atomic box and would not wrap): the list flows like a sentence.
  return html` <span role="button" part="cell" class="cell-btn"
data-r=${row} data-c=${col} tabindex="-1" aria-haspopup="dialog" aria-expanded="false"
aria-label="${name}, ${issue}: ${silentName}">${issue}</span>${sep}`;
})}</li>`
                : nothing}</ul></li>`;
        })}
      </ul>`;
    }
    return html`<table role="grid" part="table" class="grid${this.compact ? ' compact' : ''}" aria-labelledby="${id}-t" aria-describedby="${id}-s ${id}-h">
      <colgroup><col class="col-actor"></colgroup><thead><tr><th scope="col" class="corner">${this.#t('actorHeader')}</th>${m.issues.map((issue, col) => {
            const sorted = issueSort?.issue === issue.id ? issueSort.direction : undefined;
            return html`<th scope="col" part="column-header" class="col-head${hl(-2, col)}" aria-sort=${sorted ?? 'none'}>
<button type="button" class="sort-btn" data-r="-1" data-c=${col} tabindex="-1"><span class="issue-label">${issue.label[lang]}</span
><span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span></button></th>`;
          })}</tr></thead>
      <tbody>${m.actors.map(
          (actor, row) => html`<tr><th scope="row" part="row-header" class="row-head${hl(row, -2)}">${actor.name[lang]}</th>${m.cells[row]!.map((s, col) => {
              const w = words(s);
              // Glyph and basis letter are the button's ::before and ::after (see the styles): no element per glyph.
              return html`<td class="cell ${w.cls}${hl(row, col)}"><button type="button" part="cell" class="cell-btn g"
data-r=${row} data-c=${col} tabindex="-1" aria-haspopup="dialog" aria-expanded="false"
aria-label=${w.name}><span class="label">${w.short}</span></button></td>`;
            })}</tr>`,
        )}</tbody>
    </table>`;
  }

  /** The sort menu of the cards (the grid sorts from its column headers). @internal */
  #renderSortMenu(m: Model): TemplateResult {
    const lang = this.resolvedLang;
    const value = this.issueSort ? `${this.issueSort.direction}:${this.issueSort.issue}` : '';
    return html`<label class="sort"><span>${this.#t('sortBy')}</span>
      <select @change=${this.#onSortSelect} .value=${value}
        ><option value="" ?selected=${!value}>${this.#t('sortDefault')}</option
        >${m.issues.flatMap((issue) =>
          SORT_DIRECTIONS.map((d) => {
            const v = `${d}:${issue.id}`;
            return html`<option value=${v} ?selected=${v === value}>${issue.label[lang]} — ${this.#t(`sort.${d}`)}</option>`;
          }),
        )}</select></label>`;
  }

  /** @internal */
  #renderPopover(m: Model): TemplateResult | typeof nothing {
    const pos = this.open;
    const s = pos && m.cells[pos.row]?.[pos.col];
    if (!s) return nothing;
    const lang = this.resolvedLang;
    const actor = m.actors[pos.row]!.name[lang];
    const issue = m.issues[pos.col]!.label[lang];
    return html`<div class="popover pos-${s.position}" part="popover" role="dialog" aria-labelledby="${this.#id}-p" tabindex="-1"
      @keydown=${this.#onPopoverKey} @focusout=${this.#onPopoverFocusOut}
      ><p class="pop-title" id="${this.#id}-p">${actor} — ${issue}</p
      ><p class="pop-stance g"><span class="label">${this.#t(`position.${s.position}`)}</span>
        ${s.basis ? ` · ${this.#t(`basis.${s.basis}`)}` : nothing}</p>
      ${s.position === 'not-stated' ? html`<p>${this.#t('silent', { actor, issue })}</p>` : nothing}
      ${s.note ? html`<p class="note">${s.note[lang]}</p>` : nothing}
      ${this.#citations(s)}
      <button type="button" class="nv-button close" @click=${() => this.#close(true)}>${this.msg('close')}</button>
    </div>`;
  }

  /** The quotes of a stance: Dutch in `<q lang="nl">`, the translation when English, the paragraph. @internal */
  #citations(s: Stance): TemplateResult | typeof nothing {
    const en = this.resolvedLang === 'en';
    return s.citations.length
      ? html`<ul class="quotes">${s.citations.map(
          (c) => html`<li><q lang="nl">${c.quote}</q>${en ? html` <span class="translation">(${this.#t('translation')}: ${c.translation})</span>` : nothing}
<span class="para">— ${this.msg('paragraph', { n: c.paragraph })}</span></li>`,
        )}</ul>`
      : nothing;
  }

  /** @internal */
  #renderLegend(): TemplateResult {
    return html`<div class="legend" part="legend" aria-label=${this.msg('legend')} role="group"
      ><p class="legend-title">${this.#t('position')}</p
      ><ul>${POSITIONS.map((p) => {
        // The compact grid writes short words: say what each stands for.
        const { label, short } = this.#word(p);
        return html`<li class="pos-${p} g">${label}${short !== label ? ` (${short})` : nothing}</li>`;
      })}</ul
      ><p class="legend-title">${this.#t('legendBasis')}</p
      ><ul>${BASES.map(
        (b) => html`<li class="m b-${b}">${this.#t(`basis.${b}`)}:
${this.#t(`basisHelp.${b}`)}</li>`,
      )}</ul></div>`;
  }

  /** @internal */
  #renderCitationsTable(m: Model): TemplateResult {
    const words = this.#words();
    const lang = this.resolvedLang;
    return html`<table class="citations" part="citations-table">
      <caption>${this.#t('citationsCaption')}</caption>
      <thead><tr><th scope="col">${this.#t('actorHeader')} · ${this.#t('issue')}</th><th scope="col">${this.#t('position')}</th><th scope="col">${this.#t('quote')}</th></tr></thead>
      <tbody>${m.cells.flatMap((cells, row) =>
        cells.map((s, col) =>
          s.position === 'not-stated'
            ? nothing
            : html`<tr><th scope="row">${m.actors[row]!.name[lang]} · ${m.issues[col]!.label[lang]}</th>
<td>${words(s).name}</td><td>${this.#citations(s)}</td></tr>`,
        ),
      )}</tbody>
    </table>`;
  }

  protected override renderData(data: Dataset): unknown {
    const m = this.#model;
    if (!m || m.data !== data) return null;
    if (!m.actors.length || !m.issues.length) return this.renderEmpty();
    const lang = this.resolvedLang;
    const id = this.#id;
    const many = m.actors.length * m.issues.length > MANY_CELLS ? ' many' : '';
    // `lang` on the figure: the text is in the element's language even when the page says none.
    // Named by the title alone; the summary and the keyboard help describe it.
    return html`<figure class="asm layout-${this.layout}${many}" part="figure" lang=${lang} aria-labelledby="${id}-t" aria-describedby="${id}-s ${id}-h">
      <figcaption><p class="title" part="caption" id="${id}-t"><slot name="caption">${this.#t('title')}</slot></p
        ><p class="summary" part="summary" id="${id}-s">${this.#summary(m)}</p
        ><p class="nv-visually-hidden" id="${id}-h">${this.#t('hint')}</p></figcaption>
      ${this.layout === 'cards' ? this.#renderSortMenu(m) : nothing}
      <div @click=${this.#onClick} @keydown=${this.#onKeydown} @focusin=${this.#onFocusIn} @focusout=${this.#onFocusOut}>${this.#renderCells(m)}</div>
      ${this.#renderPopover(m)} ${this.noLegend ? nothing : this.#renderLegend()}
      ${this.noTable
        ? nothing
        : html`<button type="button" class="nv-button toggle" aria-expanded=${String(this.tableShown)}
              @click=${() => (this.tableShown = !this.tableShown)}>${this.msg(this.tableShown ? 'hideTable' : 'showTable')}</button>
            ${this.tableShown ? this.#renderCitationsTable(m) : nothing}`}
      <p class="source" part="source"><slot name="source">${this.#t('sourceLine', { date: formatDate(lang, data.article?.date ?? '2025-12-17') })}</slot></p>
    </figure>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nv-cell-select': CustomEvent<CellSelectDetail>;
  }
}
