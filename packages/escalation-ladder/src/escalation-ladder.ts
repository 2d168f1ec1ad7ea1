import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  NvDataElement,
  PopoverController,
  RovingFocusController,
  WidthController,
  SliceController,
  accessibleName,
  boxWithin,
  expectedOneOf,
  formatDate,
  renderTableToggle,
  linkOf,
  type NvProblem,
} from '@nato-viz/core';
import { dataset, PATHS, type Dataset, type Path, type Rung } from '@nato-viz/data';
import {
  ORIENTATIONS,
  MIN_SPLIT_WIDTH,
  defaultCurrent,
  effectiveOrientation,
  estimateHeight,
  gridTemplate,
  isNavKey,
  layoutLadder,
  nextRung,
  pinnedPlacement,
  stackLadder,
  type LadderLayout,
  type Orientation,
  type RungText,
} from './layout.js';
import { ladderMessage, type MessageKey } from './messages.js';
import { rungTexts } from './rung-texts.js';
import { stepCount, summarize } from './summary.js';
import { renderCard, renderLegend, renderRails, renderRung, renderTable } from './templates.js';
import { ladderStyles } from './escalation-ladder.styles.js';

/** The values of the `path` attribute. */
export const LADDER_PATHS = PATHS;

/** The `detail` of the `nv-rung-select` event. */
export interface RungSelectDetail {
  /** The rung's id. */
  id: string;
  /** The rung as in the dataset. */
  rung: Rung;
}

/**
 * The escalation ladder of the article of 2025-12-17: from the war, through US pressure and
 * the agreement on security guarantees, up the deal path to a permanent NATO presence at
 * Russia's border — or along the no-deal path, Russia fighting on. Each rung shows its label,
 * actors, date and status (shape, line style, colour and a word); hovering, focusing or
 * tapping a rung shows the sentence of the article that names it.
 *
 * Rungs are HTML buttons in a CSS grid (text wraps, the browser's focus and accessibility
 * come for free); only the rails and status shapes are SVG.
 *
 * @summary The escalation ladder of the deal and the no-deal paths.
 * @tagname escalation-ladder
 *
 * @attr {'nl' | 'en'} lang - Language; inherited from the page when absent (core). Anything else is an error state.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour theme (core).
 * @attr {string} data - A replacement dataset as JSON text (core; validated).
 * @attr {string} src - URL of a replacement dataset, `https:` or same origin (core; validated).
 * @prop {unknown} data - A replacement dataset as an object (core; wins over the attributes).
 *
 * @fires nv-rung-select - When the reader selects a rung (click, tap, Enter or Space); `detail` is `{ id, rung }`. Not fired when a property is set.
 * @fires nv-error - When the element's input is rejected (from core).
 *
 * @slot caption - The title above the ladder (default: "The escalation ladder: with or without a deal").
 * @slot source - The source line (default: the article and its date).
 *
 * @csspart base - The element's outer box.
 * @csspart error - The error state.
 * @csspart figure - The figure around caption, ladder, legend and source.
 * @csspart caption - The caption.
 * @csspart summary - The text summary under the caption.
 * @csspart ladder - The grid of rungs and rails.
 * @csspart rung - Each rung's button.
 * @csspart current - The badge on the rung where things stand.
 * @csspart citation - The card with the selected rung's citation.
 * @csspart legend - The legend.
 * @csspart table-toggle - The "show as table" button.
 * @csspart table - The table alternative.
 * @csspart source - The source line.
 *
 * @cssprop --nv-ladder-rail - Colour of the rails (default `--nv-color-border`).
 * @cssprop --nv-ladder-rail-width - Width of the rails (default 3px).
 * @cssprop --nv-ladder-gap - Space between two steps, where the rails run (default 1.75em).
 * @cssprop --nv-ladder-rung-bg - Background of a rung (default `--nv-color-bg`).
 * @cssprop --nv-ladder-current - Colour of the "where things stand" marker (default `--nv-color-focus`).
 * @cssprop --nv-ladder-dimmed - Text colour of rungs off the chosen path (default `--nv-color-muted`).
 * @cssprop --nv-ladder-card-width - Maximum width of the citation card (default 32em).
 * @cssprop --nv-color-status-ongoing - Colour of `ongoing` rungs (core token).
 * @cssprop --nv-color-status-agreed - Colour of `agreed` rungs (core token).
 * @cssprop --nv-color-status-proposed - Colour of `proposed` rungs (core token).
 * @cssprop --nv-color-status-conditional - Colour of `conditional` rungs (core token).
 * @cssprop --nv-color-status-hypothetical - Colour of `hypothetical` rungs (core token).
 * @cssprop --nv-color-bg - Background of the element, the rungs and the card (core token).
 * @cssprop --nv-color-surface - Background of a hovered, selected or dimmed rung (core token).
 * @cssprop --nv-color-fg - Text colour (core token).
 * @cssprop --nv-color-muted - Colour of secondary text (core token).
 * @cssprop --nv-color-border - Colour of borders and, by default, the rails (core token).
 * @cssprop --nv-color-focus - Colour of the focus ring and, by default, the "where things stand" marker (core token).
 * @cssprop --nv-color-link - Colour of the source link (core token).
 * @cssprop --nv-radius - Corner radius of the rungs, badges and card (core token).
 * @cssprop --nv-space - Space between the figure's parts (core token).
 * @cssprop --nv-font-family - Font family of all text (core).
 * @cssprop --nv-font-size - Base font size, clamped to 12–40 px (core).
 */
export class EscalationLadder extends NvDataElement {
  static override styles = [...NvDataElement.styles, ladderStyles];

  // Declared without decorators: legacy decorators make tsc emit a helper into the module.
  static override properties: PropertyDeclarations = {
    orientation: { reflect: true },
    path: { reflect: true },
    current: { reflect: true },
    noLegend: { type: Boolean, reflect: true, attribute: 'no-legend' },
    noTable: { type: Boolean, reflect: true, attribute: 'no-table' },
    hoveredRung: { state: true },
    focusedRung: { state: true },
    selectedRung: { state: true },
    cardHidden: { state: true },
    tableOpen: { state: true },
  };

  /** The element's width in px (measured before the first render, then kept by a ResizeObserver). */
  readonly #width = new WidthController(this);
  /** The table's rows, in slices (a dataset may have hundreds of rungs). */
  readonly #tableRows = new SliceController(this);

  /** The one Tab stop among the rungs: where things stand until the reader moves it. */
  readonly #tabStop = new RovingFocusController<string>(this, {
    find: (id) => this.#rungButton(id),
    initial: () => this.#currentRung()?.id ?? this.#drawnLayout()?.rungs[0]?.rung.id,
  });

  /** Places the citation card below its rung while it fits inside the element, else above. */
  readonly #citationCard = new PopoverController(this, {
    gap: 6,
    align: 'start',
    flip: 'above',
    popover: () => this.shadowRoot?.getElementById('card'),
    anchor: (card) => {
      const button = this.#rungButton(card.dataset.for);
      return button && card.offsetParent ? boxWithin(button, card.offsetParent) : undefined;
    },
    // It may cover the legend, but not reach past the element's bottom edge.
    limit: (card) =>
      this.getBoundingClientRect().bottom - (card.offsetParent?.getBoundingClientRect().top ?? 0),
  });

  /** The layout of the last rungs seen (recomputed only when the rungs change). */
  #laidOut: { rungs: readonly Rung[]; layout: LadderLayout } | undefined;

  /** The rungs' texts for the last dataset and language seen. */
  #texts: { data: Dataset; lang: string; texts: Map<string, RungText> } | undefined;

  /** What the reserved height was last worked out for: dataset, width, language and orientation. */
  #reservedFor: unknown[] = [];
  /** Whether the next drawing should be measured for the height to reserve. */
  #measureDrawing = false;

  /** The rung under the pointer. @internal */
  private hoveredRung: string | undefined;

  /** The rung with keyboard focus. @internal */
  private focusedRung: string | undefined;

  /** The rung the reader selected (click, tap, Enter or Space). @internal */
  private selectedRung: string | undefined;

  /** Escape hides the card until the reader moves on. @internal */
  private cardHidden = false;

  /** Whether the table alternative is shown. @internal */
  private tableOpen = false;

  /** Direction of the ladder: `vertical` (default) or `horizontal`; always vertical below 480 px. */
  orientation: Orientation = 'vertical';

  /** Which branch to emphasise: `both` (default), `deal` or `no-deal`; the other is dimmed. */
  path: Path = 'both';

  /** The id of the rung where things stand (default: the latest dated rung that has happened). */
  current: string | null = null;

  /** Hides the legend. */
  noLegend = false;

  /** Hides the "show as table" button and table. */
  noTable = false;

  /** The article's dataset from `@nato-viz/data`. @internal */
  protected get defaultData(): Dataset {
    return dataset;
  }

  /** Reserves the height the ladder will take, so a loading, error or late dataset does not shift the page. @internal */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.currentData ?? this.defaultData;
    // A new dataset may lack the rung that held the Tab stop: the default rung takes it again.
    const stop = this.#tabStop.key;
    if (stop !== undefined && !data.rungs.some((r) => r.id === stop)) this.#tabStop.reset();
    const layout = this.#layoutOf(data.rungs);
    const orientation = this.#orientationOf(layout);
    const key = [data, this.#width.value, this.resolvedLang, orientation];
    if (key.every((part, i) => part === this.#reservedFor[i])) return;
    this.#reservedFor = key;
    // Estimated before anything is drawn; then the drawing itself is measured, in whatever
    // typeface the ladder inherits from the page, so a later loading or error state keeps its height.
    this.#reserve(estimateHeight(layout, this.#textsOf(data), this.#width.value, orientation));
    this.#measureDrawing = true;
  }

  /** Measures a new drawing for the height to reserve. @internal */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#measureDrawing || !this.renderRoot.querySelector('.figure')) return;
    this.#measureDrawing = false;
    this.#reserve(this.getBoundingClientRect().height);
  }

  /** Reserves `height` px for the loading, empty and error states (CSSOM: allowed under a strict style-src). */
  #reserve(height: number): void {
    this.style.setProperty('--_nv-ladder-reserve', `${Math.ceil(height)}px`);
  }

  /** Core's checks, then `orientation`, `path` and whether `current` names a rung. @internal */
  protected override collectProblems(): NvProblem[] {
    const problems = super.collectProblems();
    for (const [attribute, allowed] of [
      ['orientation', ORIENTATIONS],
      ['path', PATHS],
    ] as const) {
      const got: string = this[attribute];
      if (!(allowed as readonly string[]).includes(got))
        problems.push({
          code: 'invalid-attribute',
          attribute,
          detail: expectedOneOf(allowed, got),
        });
    }
    const data = this.currentData;
    if (data && this.current && !data.rungs.some((r) => r.id === this.current)) {
      const valid = data.rungs.map((r) => r.id).join(', ');
      problems.push({
        code: 'unknown-id',
        attribute: 'current',
        detail: `no rung has the id ${JSON.stringify(this.current)}; valid ids: ${valid}`,
      });
    }
    return problems;
  }

  #t(key: MessageKey, vars?: Record<string, string | number>): string {
    return ladderMessage(this.resolvedLang, key, vars);
  }

  /** The layout as drawn at this width: the branches stack when a vertical ladder is narrow. */
  #layoutOf(rungs: readonly Rung[]): LadderLayout {
    if (this.#laidOut?.rungs !== rungs) this.#laidOut = { rungs, layout: layoutLadder(rungs) };
    const layout = this.#laidOut.layout;
    const split =
      this.#orientationOf(layout) === 'horizontal' || this.#width.value >= MIN_SPLIT_WIDTH;
    return split ? layout : stackLadder(layout);
  }

  /** The layout of the dataset being drawn, if any. */
  #drawnLayout(): LadderLayout | undefined {
    const data = this.currentData;
    return data ? this.#layoutOf(data.rungs) : undefined;
  }

  #textsOf(data: Dataset): Map<string, RungText> {
    const lang = this.resolvedLang;
    if (this.#texts?.data !== data || this.#texts.lang !== lang)
      this.#texts = { data, lang, texts: rungTexts(data, lang) };
    return this.#texts.texts;
  }

  #orientationOf(layout: LadderLayout): Orientation {
    const requested = this.orientation === 'horizontal' ? 'horizontal' : 'vertical';
    return effectiveOrientation(requested, this.#width.value, layout.rows);
  }

  /** The rung where things stand: `current`, else the latest that has happened. */
  #currentRung(): Rung | undefined {
    const data = this.currentData;
    if (!data) return undefined;
    return this.current
      ? data.rungs.find((r) => r.id === this.current)
      : defaultCurrent(data.rungs, data.article?.date);
  }

  /** Whether a rung or rail on `track` is off the chosen path. */
  #dimmed(track: Path): boolean {
    return this.path !== 'both' && track !== 'both' && track !== this.path;
  }

  #rungButton(id: string | undefined): HTMLElement | null | undefined {
    return id ? this.shadowRoot?.getElementById(`rung-${id}`) : undefined;
  }

  /** The id of the rung an event comes from (`data-rung` on its button). */
  #rungFrom(event: Event): string | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.dataset.rung) return node.dataset.rung;
      if (node === this) break;
    }
    return undefined;
  }

  // Event listeners: Lit calls them with `this` set to the element.

  #onPointerOver(event: PointerEvent): void {
    const id = this.#rungFrom(event);
    if (event.pointerType === 'touch' || !id || id === this.hoveredRung) return;
    this.hoveredRung = id;
    this.cardHidden = false;
  }

  #onPointerLeave(): void {
    this.hoveredRung = undefined;
  }

  #onFocusIn(event: FocusEvent): void {
    const id = this.#rungFrom(event);
    if (!id) return;
    this.focusedRung = id;
    this.cardHidden = false;
    this.#tabStop.moveTo(id);
    // The card may lie below the viewport: scrolled into view once drawn (never on hover).
    this.#citationCard.reveal();
  }

  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof HTMLElement && next.dataset.rung) return;
    this.focusedRung = undefined;
  }

  #onClick(event: MouseEvent): void {
    const id = this.#rungFrom(event);
    if (!id) return;
    this.#tabStop.moveTo(id);
    this.cardHidden = false;
    if (id === this.selectedRung) return;
    this.selectedRung = id;
    const rung = this.currentData?.rungs.find((r) => r.id === id);
    if (!rung) return;
    this.dispatchEvent(
      new CustomEvent<RungSelectDetail>('nv-rung-select', {
        detail: { id, rung },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.cardHidden && !this.selectedRung) return;
      this.cardHidden = true;
      this.selectedRung = this.hoveredRung = undefined;
      event.stopPropagation();
      return;
    }
    const from = this.#rungFrom(event);
    const layout = this.#drawnLayout();
    if (!isNavKey(event.key) || event.altKey || event.ctrlKey || event.metaKey || !from || !layout)
      return;
    event.preventDefault();
    const to = nextRung(layout, from, event.key, this.#orientationOf(layout), this.path);
    if (to !== from) void this.#tabStop.focus(to);
  }

  #toggleTable(): void {
    this.tableOpen = !this.tableOpen;
    this.#tableRows.reset();
  }

  /** The rung ids in reading order (shared rungs, then the deal branch, then the no-deal branch). */
  get rungIds(): string[] {
    return this.#drawnLayout()?.rungs.map((p) => p.rung.id) ?? [];
  }

  /** The orientation being drawn now (`vertical` below 480 px whatever `orientation` says). */
  get drawnOrientation(): Orientation {
    const data = this.currentData ?? this.defaultData;
    return this.#orientationOf(this.#layoutOf(data.rungs));
  }

  /** The figure: caption, summary, ladder with its card, legend, table and source. @internal */
  protected override renderData(data: Dataset): unknown {
    if (data.rungs.length === 0) return this.renderEmpty();
    const lang = this.resolvedLang;
    const layout = this.#layoutOf(data.rungs);
    const texts = this.#textsOf(data);
    const orientation = this.#orientationOf(layout);
    const vertical = orientation === 'vertical';
    const current = this.#currentRung();
    // The selected rung's citation is pinned in the flow, so it covers no rung: in the gap under
    // its rung on a vertical ladder, in a row below the lanes on a horizontal one. Hover or
    // focus on another rung shows that one's card over the ladder.
    const pinned = layout.rungs.find((p) => p.rung.id === this.selectedRung);
    const cardFor = this.cardHidden ? undefined : (this.hoveredRung ?? this.focusedRung);
    const cardRung =
      cardFor === this.selectedRung ? undefined : data.rungs.find((r) => r.id === cardFor);
    const url = linkOf(data.article);
    const source = this.#t('sourceDefault', {
      date: formatDate(lang, data.article?.date ?? '2025-12-17'),
    });
    return html`<figure class="figure" part="figure" aria-labelledby="caption">
      <figcaption class="caption" part="caption" id="caption">
        <slot name="caption">${this.#t('title')}</slot>
      </figcaption>
      <p class="summary" part="summary">${summarize(lang, data.rungs, current)}</p>
      <p class="nv-visually-hidden" id="help">${this.#t('instructions')}</p>
      <div
        class="ladder ${orientation}${data.rungs.length > 40 ? ' long' : ''}"
        part="ladder"
        @pointerleave=${this.#onPointerLeave}
      >
        <div class="grid" .style=${gridTemplate(layout, vertical)}>
          ${renderRails(lang, layout, vertical, (track) => this.#dimmed(track))}

          <ol
            class="rungs"
            aria-label=${accessibleName(this.#t('ladder'), stepCount(lang, data.rungs.length))}
            aria-describedby="help"
            @pointerover=${this.#onPointerOver}
            @focusin=${this.#onFocusIn}
            @focusout=${this.#onFocusOut}
            @click=${this.#onClick}
            @keydown=${this.#onKeyDown}
          >
            ${layout.rungs.map((placed) =>
              renderRung(lang, placed, layout, vertical, texts.get(placed.rung.id)!, {
                current: placed.rung === current,
                dimmed: this.#dimmed(placed.track),
                selected: placed.rung.id === this.selectedRung,
                described: placed.rung === cardRung,
              }),
            )}
          </ol>
          ${pinned ? renderCard(lang, pinned.rung, texts.get(pinned.rung.id)!, vertical ? pinnedPlacement(pinned, layout) : '') : nothing}
        </div>
        ${cardRung ? renderCard(lang, cardRung, texts.get(cardRung.id)!) : nothing}
      </div>
      ${this.noLegend ? nothing : renderLegend(lang)}
      ${
        this.noTable
          ? nothing
          : html`${renderTableToggle({ lang, open: this.tableOpen, controls: 'table', onToggle: () => this.#toggleTable() })}
            ${this.tableOpen ? renderTable(lang, this.#tableRows.rows(layout.rungs), texts, this.#tableRows.busy) : nothing}`
      }
      <p class="source" part="source">
        <slot name="source">${url ? html`<a href=${url}>${source}</a>` : source}</slot>
      </p>
    </figure>`;
  }
}

// The tag's type comes with the class, so importing the package root (not only define.js)
// types document.querySelector('escalation-ladder').
declare global {
  interface GlobalEventHandlersEventMap {
    'nv-rung-select': CustomEvent<RungSelectDetail>;
  }
  interface HTMLElementTagNameMap {
    'escalation-ladder': EscalationLadder;
  }
}
