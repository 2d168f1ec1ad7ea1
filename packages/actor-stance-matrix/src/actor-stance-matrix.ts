import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { guard } from 'lit/directives/guard.js';
import {
  NvDataElement,
  PopoverController,
  RovingFocusController,
  SliceController,
  WidthController,
  boxWithin,
  expectedOneOf,
  formatDate,
  renderTableToggle,
  translate,
  uniqueId,
  type NvProblem,
} from '@nato-viz/core';
import { dataset, BASES, type Basis, type Dataset, type Position } from '@nato-viz/data';
import {
  SORTS,
  buildMatrix,
  nextIssueSort,
  type IssueSort,
  type Matrix,
  type Sort,
} from './order.js';
import { cardOrder, clampCell, nextCell, sameCell, type CellPos } from './keyboard.js';
import { fitLayout, type Fit } from './layout.js';
import {
  parseSortOption,
  patternText,
  renderCards,
  renderCitationsTable,
  statedCells,
  renderGrid,
  renderLegend,
  renderPopover,
  renderSortMenu,
  summaryText,
  wordsOf,
  type MatrixView,
  type PopoverHandlers,
} from './templates.js';
import { messages, type MessageKey } from './messages.js';
import { styles } from './actor-stance-matrix.styles.js';

/** The `detail` of `nv-cell-select`: the cell the reader opened. */
export interface CellSelectDetail {
  actor: string;
  issue: string;
  position: Position;
  basis?: Basis;
}

/** Above this many cells, off-screen cards and card lines skip layout (`content-visibility: auto`; not the table's cells). */
const MANY_CELLS = 400;

/** The grid's first cell: the Tab stop until the reader picks one. */
const FIRST_CELL: CellPos = { row: 0, col: 0 };

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
 * A silent cell is drawn empty (its words visually hidden), so the stated positions stand out;
 * the summary names who opposes and who supports. In the dataset's order, actors tied by
 * `partOf` are grouped under a heading (a presentation choice). The cards leave out actors with
 * no stated position unless `all-actors`; `hide-silent` leaves them out everywhere.
 *
 * @summary Actors × issues, each cell with its position and the article's sentence.
 * @tagname actor-stance-matrix
 *
 * @attr {'nl' | 'en'} lang - Language; inherited from the page when absent (core). Anything else is an error state.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour theme (core).
 * @attr {string} data - A replacement dataset as JSON text (core; validated).
 * @attr {string} src - URL of a replacement dataset, `https:` or same origin (core; validated).
 * @attr {boolean} hide-silent - Leaves out the actors with no stated position on the issues shown, in every layout.
 * @attr {boolean} all-actors - Shows every actor in the cards too; by default the narrow layout leaves out actors with no stated position.
 * @prop {'auto' | 'light' | 'dark'} theme - Colour theme: `auto` follows the page's `color-scheme`, else the reader's preference (core).
 * @prop {unknown} data - A replacement dataset as an object (core; wins over the attributes).
 * @prop {string | null} dataJson - The `data` attribute (core).
 * @prop {string | null} src - The `src` attribute (core).
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
 * @csspart table-toggle - The “show as table” button (from core).
 * @csspart citations-table - The “show as table” list of positions with their quotes.
 * @csspart source - The source line.
 *
 * @cssprop --nv-asm-supports - Colour of “supports” (default `--nv-color-stance-supports`).
 * @cssprop --nv-asm-opposes - Colour of “opposes” (default `--nv-color-stance-opposes`).
 * @cssprop --nv-asm-conditional - Colour of “conditional” (default `--nv-color-stance-conditional`).
 * @cssprop --nv-asm-not-stated - Colour of “not stated” (default `--nv-color-stance-not-stated`).
 * @cssprop --nv-asm-highlight - Background of the focused cell's row and column (default: 10 % of `--nv-color-focus` on `--nv-color-bg`).
 * @cssprop --nv-asm-actor-width - Width of the actor column (default: the longest word of an actor's name, 9–14 em).
 * @cssprop --nv-asm-min-height - Height reserved before the data is drawn (default `16em`).
 * @cssprop --nv-color-stance-supports - Core token: the default colour of “supports”.
 * @cssprop --nv-color-stance-opposes - Core token: the default colour of “opposes”.
 * @cssprop --nv-color-stance-conditional - Core token: the default colour of “conditional”.
 * @cssprop --nv-color-stance-not-stated - Core token: the default colour of “not stated”.
 * @cssprop --nv-color-fg - Core token: text, the popover's border, the open cell's ring.
 * @cssprop --nv-color-bg - Core token: background, the glyphs' text.
 * @cssprop --nv-color-muted - Core token: summary, source line, sort arrows, the silent line.
 * @cssprop --nv-color-border - Core token: grid lines, cards, basis letters.
 * @cssprop --nv-color-focus - Core token: the focus ring and the default highlight.
 * @cssprop --nv-space - Core token: the figure's padding.
 * @cssprop --nv-radius - Core token: corners of cards, sort menu and popover.
 * @cssprop --nv-font-family - Font family of all text (from core).
 * @cssprop --nv-font-size - Base font size (from core).
 */
export class ActorStanceMatrix extends NvDataElement {
  static override styles = [...NvDataElement.styles, styles];

  // Declared without decorators: legacy decorators make tsc emit a helper into the module.
  static override properties: PropertyDeclarations = {
    focusInside: { state: true },
    open: { state: true },
    issueSort: { state: true },
    tableShown: { state: true },
    sort: { reflect: true },
    actors: {},
    issues: {},
    noLegend: { type: Boolean, attribute: 'no-legend', reflect: true },
    noTable: { type: Boolean, attribute: 'no-table', reflect: true },
    hideSilent: { type: Boolean, attribute: 'hide-silent', reflect: true },
    allActors: { type: Boolean, attribute: 'all-actors', reflect: true },
  };

  /** What is drawn: the subset, ordered; `undefined` while there is no data or in an error state. @internal */
  #matrix: Matrix | undefined;
  /** The inputs `#matrix` was built from. @internal */
  #matrixInputs: unknown[] = [];
  /** An `actors` or `issues` attribute that names an unknown id. @internal */
  #subsetProblem: NvProblem | undefined;
  /** The drawing that fits the element's width. @internal */
  #fit: Fit = { layout: 'grid', compact: false, actorPx: 144 };
  /** The inputs `#fit` was chosen for. @internal */
  #fitInputs: unknown[] = [];
  /** The open cell's button, which carries `aria-expanded="true"`. @internal */
  #expanded: Element | null = null;
  /** Prefix of the ids that tie caption, summary, hint and popover title to the grid. @internal */
  #id = uniqueId('asm');
  /** The element's width: it chooses the drawing. @internal */
  #width = new WidthController(this);
  /** The citations table's rows, in slices (hundreds of actors × issues may all be stated). */
  readonly #tableRows = new SliceController(this);
  /** The one Tab stop among the cells and column headers. @internal */
  #roving = new RovingFocusController<CellPos>(this, {
    find: (pos) => this.#button(pos),
    // A card reads its stated positions first: until the reader picks a cell, Tab lands on the first card's first line.
    initial: () =>
      this.#fit.layout === 'cards' && this.#matrix ? cardOrder(this.#matrix.cells)[0] : FIRST_CELL,
  });
  /** Places the popover under its cell, clamped inside the figure. @internal */
  #placement = new PopoverController(this, {
    gap: 4,
    align: 'start',
    flip: 'none',
    popover: () => this.#popoverElement(),
    anchor: (popover) => {
      const button = this.open && this.#button(this.open);
      const figure = popover.offsetParent;
      return button && figure ? boxWithin(button, figure) : undefined;
    },
  });
  /** What the popover's controls call. @internal */
  #popoverHandlers: PopoverHandlers = {
    onKeydown: (e) => this.#onPopoverKeydown(e),
    onFocusOut: (e) => this.#onPopoverFocusOut(e),
    onClose: () => this.#close(true),
  };
  /** A press outside the popover and the cells closes the popover. @internal */
  #onDocumentPointer = (e: PointerEvent) => {
    // A press on a cell toggles its popover on click: leave that to the click.
    const popover = this.#popoverElement();
    const inside = e
      .composedPath()
      .some((n) => n === popover || (n as Element).classList?.contains('cell-btn'));
    if (this.open && !inside) this.open = undefined;
  };

  /** @internal */
  protected readonly defaultData: Dataset = dataset;

  /** Whether focus is on a cell (highlights its row and column). @internal */
  protected focusInside = false;
  /** The cell whose citation is open. @internal */
  protected open: CellPos | undefined;
  /** The reader's column sort. @internal */
  protected issueSort: IssueSort | undefined;
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

  /** Leaves out the actors with no stated position on the issues shown, in every layout. */
  hideSilent = false;

  /** Shows every actor in the narrow layout (cards), also those with no stated position; by default the cards leave them out. */
  allActors = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('pointerdown', this.#onDocumentPointer, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('pointerdown', this.#onDocumentPointer, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#buildMatrix();
    this.#fitWidth();
    // The cards leave out silent actors by default: a change of layout may change the rows.
    this.#buildMatrix();
    const m = this.#matrix;
    if (!m) return;
    // Keep the Tab stop and the open cell inside a matrix that shrank (cards have no header row).
    const stop = this.#roving.key;
    if (stop)
      this.#roving.moveTo(clampCell(stop, m.actors.length, m.issues.length, this.#fit.layout));
    if (this.open && !m.cells[this.open.row]?.[this.open.col]) this.open = undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // Once the render is in the DOM, before the controllers place the Tab stop and the popover.
    this.#markOpenCell();
    this.#setCustomProperties();
  }

  /** Core's checks, then `sort` and the ids in `actors` and `issues`. @internal */
  protected override collectProblems(): NvProblem[] {
    const problems = super.collectProblems();
    if (!SORTS.includes(this.sort)) {
      problems.push({
        code: 'invalid-attribute',
        attribute: 'sort',
        detail: expectedOneOf(SORTS, this.sort),
      });
    }
    if (this.#subsetProblem) problems.push(this.#subsetProblem);
    return problems;
  }

  /** Builds the matrix when the data, the subset or the order changed. @internal */
  #buildMatrix(): void {
    const data = this.currentData;
    const hideSilent = this.hideSilent || (this.#fit.layout === 'cards' && !this.allActors);
    const inputs = [data, this.actors, this.issues, this.sort, this.issueSort, hideSilent];
    if (inputs.every((input, i) => input === this.#matrixInputs[i])) return;
    this.#matrixInputs = inputs;
    this.#matrix = this.#subsetProblem = undefined;
    if (!data || !SORTS.includes(this.sort)) return;
    const { actors, issues, sort, issueSort } = this;
    const result = buildMatrix(data, { actors, issues, sort, issueSort, hideSilent });
    if (result.ok) this.#matrix = result.matrix;
    else
      this.#subsetProblem = {
        code: 'unknown-id',
        attribute: result.attribute,
        detail: result.detail,
      };
  }

  /** Chooses table, compact table or cards for the element's width. @internal */
  #fitWidth(): void {
    const m = this.#matrix;
    const width = this.#width.value;
    const lang = this.resolvedLang;
    const inputs = [m, width, lang];
    if (!m || inputs.every((input, i) => input === this.#fitInputs[i])) return;
    this.#fitInputs = inputs;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    const names = m.actors.map((a) => a.name[lang]);
    // No width yet (detached, or inside display: none): keep the last drawing.
    this.#fit = fitLayout(width, em, m.issues.length, names) ?? this.#fit;
  }

  /** Moves `aria-expanded="true"` to the open cell's button (one attribute, not one binding per cell). @internal */
  #markOpenCell(): void {
    const open = this.open ? this.#button(this.open) : null;
    if (this.#expanded !== open) this.#expanded?.setAttribute('aria-expanded', 'false');
    open?.setAttribute('aria-expanded', 'true');
    this.#expanded = open;
  }

  /**
   * The basis letters of cells and legend, from the catalog (`attr()` in `content` would cost a
   * style pass per cell), and the actor column's width on the grid: set through the CSSOM (which
   * a strict CSP allows), so that a resize that changes only the width redraws none of the cells.
   * @internal
   */
  #setCustomProperties(): void {
    const figure = this.renderRoot.querySelector<HTMLElement>('.matrix');
    if (!figure) return;
    for (const basis of BASES) {
      const letter = translate(messages, this.resolvedLang, `basisMark.${basis}`);
      figure.style.setProperty(`--_mark-${basis}`, JSON.stringify(letter));
    }
    this.renderRoot
      .querySelector<HTMLElement>('.grid')
      ?.style.setProperty('--_actor-width', `${this.#fit.actorPx}px`);
  }

  /** The button of a cell (row −1: a column header). @internal */
  #button(pos: CellPos): HTMLElement | null {
    return this.renderRoot.querySelector(`[data-row="${pos.row}"][data-col="${pos.col}"]`);
  }

  /** The cell of a cell or header button, from its `data-row` and `data-col`. @internal */
  #cellOf(target: EventTarget | null): CellPos | undefined {
    const data = (target as HTMLElement | null)?.dataset;
    if (data?.row === undefined) return undefined;
    return { row: Number(data.row), col: Number(data.col) };
  }

  /** @internal */
  #popoverElement(): HTMLElement | null {
    return this.renderRoot.querySelector('.popover');
  }

  /** Keys on the grid or the cards: arrows, Home/End, Escape; Enter and Space on a silent issue. @internal */
  #onKeydown(e: KeyboardEvent): void {
    const m = this.#matrix;
    if (!m || e.altKey || e.metaKey) return;
    if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      this.#close(true);
      return;
    }
    // A card's silent issue is an inline role=button: Enter and Space work as on a <button>.
    const target = e.target as HTMLElement;
    if ((e.key === 'Enter' || e.key === ' ') && target.localName === 'span') {
      const pos = this.#cellOf(target);
      if (pos) {
        e.preventDefault();
        void this.#select(pos);
      }
      return;
    }
    const from = this.#roving.current ?? FIRST_CELL;
    const next = nextCell(from, e.key, e.ctrlKey, m.cells, this.#fit.layout);
    if (!next) return;
    e.preventDefault();
    void this.#roving.focus(next);
  }

  /** A click on a cell or a column header, delegated from the grid or the cards. @internal */
  #onClick(e: Event): void {
    const pos = this.#cellOf((e.target as HTMLElement).closest('[data-row]'));
    if (pos && pos.row < 0) this.#sortBy(pos.col);
    else if (pos) void this.#select(pos);
  }

  /** @internal */
  #onFocusIn(e: FocusEvent): void {
    const pos = this.#cellOf(e.target);
    if (pos) this.#roving.moveTo(pos);
    this.focusInside = true;
  }

  /** @internal */
  #onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (!to || !(e.currentTarget as Node).contains(to)) this.focusInside = false;
  }

  /** Opens a cell's citation (or closes it when it is open) and tells the page. @internal */
  async #select(pos: CellPos): Promise<void> {
    const stance = this.#matrix?.cells[pos.row]?.[pos.col];
    if (!stance) return;
    this.#roving.moveTo(pos);
    if (sameCell(this.open, pos)) return this.#close(true);
    this.open = pos;
    const detail: CellSelectDetail = {
      actor: stance.actor,
      issue: stance.issue,
      position: stance.position,
    };
    if (stance.basis) detail.basis = stance.basis;
    this.dispatchEvent(
      new CustomEvent('nv-cell-select', { detail, bubbles: true, composed: true }),
    );
    // Opened by a click or a key, never by hover: scroll it into view once placed, then focus it.
    this.#placement.reveal();
    await this.updateComplete;
    this.#popoverElement()?.focus();
  }

  /** Closes the popover; `returnFocus` puts focus back on its cell. @internal */
  #close(returnFocus: boolean): void {
    const at = this.open;
    this.open = undefined;
    if (returnFocus && at) void this.#roving.focus(at);
  }

  /** Escape closes the popover and returns focus to its cell. @internal */
  #onPopoverKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    this.#close(true);
  }

  /** Tabbing out of the popover closes it, focus staying where the reader put it. @internal */
  #onPopoverFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as HTMLElement | null;
    const inside = to && (e.currentTarget as Node).contains(to);
    if (to && !inside && !to.classList?.contains('cell-btn')) this.#close(false);
  }

  /** A column header click: ascending, descending, then back to `sort`. @internal */
  #sortBy(col: number): void {
    const issue = this.#matrix?.issues[col];
    if (!issue) return;
    this.issueSort = nextIssueSort(this.issueSort, issue.id);
    this.#roving.moveTo({ row: -1, col });
  }

  /** @internal */
  #onSortSelect(e: Event): void {
    this.issueSort = parseSortOption((e.target as HTMLSelectElement).value);
  }

  /** @internal */
  #onTableToggle(): void {
    this.tableShown = !this.tableShown;
    this.#tableRows.reset();
  }

  /** What the render functions need to draw `m` now. @internal */
  #view(m: Matrix): MatrixView {
    const lang = this.resolvedLang;
    const { compact } = this.#fit;
    const t = (key: MessageKey, vars?: Record<string, string | number>) =>
      translate(messages, lang, key, vars);
    const focus = this.focusInside ? this.#roving.current : undefined;
    return {
      matrix: m,
      lang,
      t,
      words: wordsOf(t, compact),
      id: this.#id,
      compact,
      focus,
      issueSort: this.issueSort,
    };
  }

  /** The “show as table” button, and the table when it is shown (up to one row per cell, in slices: redrawn only when the matrix, the language, the compact form or the rows shown change). @internal */
  #renderTable(view: MatrixView): TemplateResult {
    const tableId = `${this.#id}-citations`;
    const toggle = renderTableToggle({
      lang: view.lang,
      open: this.tableShown,
      controls: tableId,
      onToggle: () => this.#onTableToggle(),
    });
    if (!this.tableShown) return toggle;
    const rows = this.#tableRows.rows(statedCells(view.matrix));
    const busy = this.#tableRows.busy;
    return html`${toggle}
    ${guard([view.matrix, view.lang, view.compact, rows.length], () => renderCitationsTable(view, tableId, rows, busy))}`;
  }

  /** @internal */
  protected override renderData(data: Dataset): unknown {
    const m = this.#matrix;
    if (!m || m.data !== data) return null;
    if (!m.actors.length || !m.issues.length) return this.renderEmpty();
    const view = this.#view(m);
    const { lang, t, id, focus } = view;
    const { layout, compact } = this.#fit;
    const many = m.actors.length * m.issues.length > MANY_CELLS ? ' many' : '';
    const sourceLine = t('sourceLine', {
      date: formatDate(lang, data.article?.date ?? '2025-12-17'),
    });
    // Only what changed redraws the cells: a resize that keeps the layout touches none of 2,000.
    const cells = guard([m, layout, compact, lang, focus?.row, focus?.col], () =>
      layout === 'cards' ? renderCards(view) : renderGrid(view),
    );
    // `lang` on the figure: the text is in the element's language even when the page says none.
    // Named by the title alone; the summary and the keyboard help describe it.
    return html`<figure
      class="matrix layout-${layout}${many}"
      part="figure"
      lang=${lang}
      aria-labelledby="${id}-title"
      aria-describedby="${id}-summary ${id}-hint"
    >
      <figcaption>
        <p class="title" part="caption" id="${id}-title">
          <slot name="caption">${t('title')}</slot>
        </p>
        <p class="summary" part="summary" id="${id}-summary">
          ${guard([m, lang], () => [summaryText(view), patternText(view)].filter(Boolean).join(' '))}
        </p>
        <p class="nv-visually-hidden" id="${id}-hint">
          ${t(layout === 'cards' ? 'hintCards' : 'hint')}
        </p>
      </figcaption>
      ${layout === 'cards' ? renderSortMenu(view, (e) => this.#onSortSelect(e)) : nothing}
      <div
        @click=${this.#onClick}
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocusIn}
        @focusout=${this.#onFocusOut}
      >
        ${cells}
      </div>
      ${this.open ? renderPopover(view, this.open, this.#popoverHandlers) : nothing}
      ${this.noLegend ? nothing : renderLegend(view)}
      ${this.noTable ? nothing : this.#renderTable(view)}
      <p class="source" part="source"><slot name="source">${sourceLine}</slot></p>
    </figure>`;
  }
}

// The tag's type comes with the class, so importing the package root (not only define.js)
// types document.querySelector('actor-stance-matrix').
declare global {
  interface GlobalEventHandlersEventMap {
    'nv-cell-select': CustomEvent<CellSelectDetail>;
  }
  interface HTMLElementTagNameMap {
    'actor-stance-matrix': ActorStanceMatrix;
  }
}
