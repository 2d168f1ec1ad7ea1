import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  NvDataElement,
  accessibleName,
  expectedOneOf,
  formatDate,
  formatList,
  safeHttpUrl,
  translate,
  type NvProblem,
} from '@nato-viz/core';
import { dataset, PATHS, RUNG_STATUSES, type Dataset, type Path, type Rung, type RungStatus } from '@nato-viz/data';
import {
  ORIENTATIONS,
  defaultCurrent,
  effectiveOrientation,
  estimateHeight,
  layoutLadder,
  MIN_SPLIT_WIDTH,
  nextRung,
  stackLadder,
  type LadderLayout,
  type NavKey,
  type Orientation,
  type PlacedRung,
  type RungText,
} from './layout.js';
import { messages, type MessageKey } from './messages.js';
import { stepCount, summarize } from './summary.js';
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

const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

/** The status shapes: filled circle, filled square, hollow diamond, hollow triangle, dashed circle. */
const ICONS: Record<RungStatus, TemplateResult> = {
  ongoing: svg`<circle cx="8" cy="8" r="6.5"/>`,
  agreed: svg`<rect x="2" y="2" width="12" height="12"/>`,
  proposed: svg`<path class="hollow" d="M8 1.5 14.5 8 8 14.5 1.5 8Z"/>`,
  conditional: svg`<path class="hollow" d="M8 2 14.5 14H1.5Z"/>`,
  hypothetical: svg`<circle class="hollow dashed" cx="8" cy="8" r="6"/>`,
};

const icon = (status: RungStatus) =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${ICONS[status]}</svg>`;

/**
 * Inline grid placement, set through the CSSOM (Lit's `.style` property binding assigns
 * `cssText`), which a strict `style-src` allows, unlike a `style` attribute in the markup.
 * `step` is the grid line along the ladder, `across` the track span across it.
 */
const place = (vertical: boolean, step: number, across: string) =>
  vertical ? `grid-row:${step};grid-column:${across}` : `grid-column:${step};grid-row:${across}`;

/** The grid columns (vertical) or rows (horizontal) a track spans. */
const span = (track: Path, layout: LadderLayout) =>
  track === 'both' || layout.stacked ? '1/-1' : track === 'deal' || layout.branches.length < 2 ? '1' : '2';

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
 * @cssprop --nv-color-status-ongoing - Colour of `ongoing` rungs (and the other `--nv-color-status-*` tokens).
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
  };

  /** @internal */
  #resize: ResizeObserver | undefined;
  /** @internal */
  #layout: { rungs: readonly Rung[]; layout: LadderLayout } | undefined;
  /** @internal */
  #texts: { data: Dataset; lang: string; texts: Map<string, RungText> } | undefined;
  /** @internal */
  #reserved = '';

  // Interaction state lives in private fields (their names minify, reactive properties' names
  // do not); whatever changes one calls `requestUpdate()`.
  /** The element's width in px, from a ResizeObserver. @internal */
  #width = 0;
  /** The rung under the pointer. @internal */
  #hover: string | undefined;
  /** The rung with keyboard focus. @internal */
  #focus: string | undefined;
  /** The rung the reader selected. @internal */
  #selected: string | undefined;
  /** The rung that takes Tab focus (roving tabindex). @internal */
  #tab: string | undefined;
  /** Escape hides the card until the reader moves on. @internal */
  #cardHidden = false;
  /** Whether the table alternative is shown. @internal */
  #tableOpen = false;

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

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.#resize = new ResizeObserver((entries) => {
        const w = Math.round(entries[entries.length - 1]!.contentRect.width);
        if (w !== this.#width) {
          this.#width = w;
          this.requestUpdate();
        }
      });
      this.#resize.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the first paint the observer has not reported yet: read the width once, so the
    // first frame already has the right orientation and reserved height.
    if (!this.hasUpdated && this.isConnected) this.#width = Math.round(this.getBoundingClientRect().width);
    const data = this.currentData ?? this.defaultData;
    const layout = this.#layoutOf(data.rungs);
    const px = `${estimateHeight(layout, this.#textsOf(data), this.#width, this.#orientation(layout))}px`;
    if (px !== this.#reserved) {
      this.#reserved = px;
      // CSSOM, not a style attribute: allowed under a strict style-src.
      this.style.setProperty('--_nv-ladder-reserve', px);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#placeCard();
  }

  protected override collectProblems(): NvProblem[] {
    const problems = super.collectProblems();
    for (const [attribute, allowed] of [['orientation', ORIENTATIONS], ['path', PATHS]] as const) {
      const got: string = this[attribute];
      if (!(allowed as readonly string[]).includes(got))
        problems.push({ code: 'invalid-attribute', attribute, detail: expectedOneOf(allowed, got) });
    }
    const data = this.currentData;
    if (data && this.current && !data.rungs.some((r) => r.id === this.current)) {
      problems.push({
        code: 'unknown-id',
        attribute: 'current',
        detail: `no rung has the id ${JSON.stringify(this.current)}; valid ids: ${data.rungs.map((r) => r.id).join(', ')}`,
      });
    }
    return problems;
  }

  /** @internal */
  #t(key: MessageKey, vars?: Record<string, string | number>): string {
    return translate(messages, this.resolvedLang, key, vars);
  }

  /** The layout as drawn at this width: the branches stack when a vertical ladder is narrow. @internal */
  #layoutOf(rungs: readonly Rung[]): LadderLayout {
    if (this.#layout?.rungs !== rungs) this.#layout = { rungs, layout: layoutLadder(rungs) };
    const layout = this.#layout.layout;
    return this.#orientation(layout) === 'horizontal' || this.#width >= MIN_SPLIT_WIDTH ? layout : stackLadder(layout);
  }

  /** @internal */
  #textsOf(data: Dataset): Map<string, RungText> {
    const lang = this.resolvedLang;
    if (this.#texts?.data === data && this.#texts.lang === lang) return this.#texts.texts;
    const names = new Map(data.actors.map((a) => [a.id, a.name[lang]]));
    // Intl formatters are slow to construct and core builds one per call: format each distinct
    // actor list and date once (a 200-rung ladder repeats them).
    const memo = new Map<string, string>();
    const once = (key: string, make: () => string) => memo.get(key) ?? (memo.set(key, make()), memo.get(key)!);
    const derived = ` (${this.#t('derived')})`;
    const texts = new Map<string, RungText>();
    for (const r of data.rungs) {
      const d = r.date;
      texts.set(r.id, {
        label: r.label[lang],
        actors: once(`a|${r.actors.join()}`, () => formatList(lang, r.actors.map((a) => names.get(a) ?? a))),
        date: d ? once(`d|${d.value}`, () => formatDate(lang, d.value)) + (d.derived ? derived : '') : '',
        status: this.#t(`status.${r.status}`),
      });
    }
    this.#texts = { data, lang, texts };
    return texts;
  }

  /** @internal */
  #orientation(layout: LadderLayout): Orientation {
    return effectiveOrientation(this.orientation === 'horizontal' ? 'horizontal' : 'vertical', this.#width, layout.rows);
  }

  /** Whether a rung or rail on `track` is off the chosen path. @internal */
  #dimmed(track: Path): boolean {
    return this.path !== 'both' && track !== 'both' && track !== this.path;
  }

  /** @internal */
  #rungFrom(event: Event): string | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.dataset.rung) return node.dataset.rung;
      if (node === this) break;
    }
    return undefined;
  }

  // Event listeners: Lit calls them with `this` set to the element.

  /** @internal */
  #onPointerOver(event: PointerEvent): void {
    const id = this.#rungFrom(event);
    if (event.pointerType === 'touch' || !id || id === this.#hover) return;
    this.#hover = id;
    this.#cardHidden = false;
    this.requestUpdate();
  }

  /** @internal */
  #onPointerLeave(): void {
    if (!this.#hover) return;
    this.#hover = undefined;
    this.requestUpdate();
  }

  /** @internal */
  #onFocusIn(event: FocusEvent): void {
    const id = this.#rungFrom(event);
    if (!id) return;
    this.#focus = this.#tab = id;
    this.#cardHidden = false;
    this.requestUpdate();
    // Once drawn and placed, the sentence is scrolled into view (it may lie below the viewport); not on hover.
    void this.updateComplete.then(() => this.shadowRoot?.getElementById('card')?.scrollIntoView({ block: 'nearest' }));
  }

  /** @internal */
  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof HTMLElement && next.dataset.rung) return;
    this.#focus = undefined;
    this.requestUpdate();
  }

  /** @internal */
  #onClick(event: MouseEvent): void {
    const id = this.#rungFrom(event);
    if (!id) return;
    this.#tab = id;
    this.#cardHidden = false;
    this.requestUpdate();
    if (id === this.#selected) return;
    this.#selected = id;
    const rung = this.currentData?.rungs.find((r) => r.id === id);
    if (rung) {
      this.dispatchEvent(
        new CustomEvent<RungSelectDetail>('nv-rung-select', { detail: { id, rung }, bubbles: true, composed: true }),
      );
    }
  }

  /** @internal */
  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.#cardHidden && !this.#selected) return;
      this.#cardHidden = true;
      this.#selected = this.#hover = undefined;
      this.requestUpdate();
      event.stopPropagation();
      return;
    }
    const from = this.#rungFrom(event);
    const data = this.currentData;
    if (!NAV_KEYS.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey || !from || !data) return;
    event.preventDefault();
    const layout = this.#layoutOf(data.rungs);
    const to = nextRung(layout, from, event.key as NavKey, this.#orientation(layout), this.path);
    if (to === from) return;
    this.#tab = to;
    this.requestUpdate();
    this.shadowRoot?.getElementById(`rung-${to}`)?.focus();
  }

  /** @internal */
  #toggleTable(): void {
    this.#tableOpen = !this.#tableOpen;
    this.requestUpdate();
  }

  /** Positions the citation card under (or above) its rung: measured, so only on interaction. @internal */
  #placeCard(): void {
    const card = this.shadowRoot?.getElementById('card');
    const id = card?.dataset.for;
    const button = id ? this.shadowRoot?.getElementById(`rung-${id}`) : undefined;
    const box = card?.parentElement;
    if (!card || !button || !box) return;
    const b = button.getBoundingClientRect();
    const c = box.getBoundingClientRect();
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    // Below the rung while it fits inside the element (it may cover the legend), else above.
    const limit = this.getBoundingClientRect().bottom - c.top;
    let top = b.bottom - c.top + 6;
    if (top + h > limit && b.top - c.top - h - 6 >= 0) top = b.top - c.top - h - 6;
    const left = Math.max(0, Math.min(b.left - c.left, c.width - w));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }

  /** The rung ids in reading order (shared rungs, then the deal branch, then the no-deal branch). */
  get rungIds(): string[] {
    const data = this.currentData;
    return data ? this.#layoutOf(data.rungs).rungs.map((p) => p.rung.id) : [];
  }

  /** The orientation being drawn now (`vertical` below 480 px whatever `orientation` says). */
  get drawnOrientation(): Orientation {
    const data = this.currentData ?? this.defaultData;
    return this.#orientation(this.#layoutOf(data.rungs));
  }

  /** @internal */
  #renderRung(p: PlacedRung, v: boolean, layout: LadderLayout, text: RungText, isCurrent: boolean, tab: boolean, described: boolean): TemplateResult {
    const { rung: r, track } = p;
    const dimmed = this.#dimmed(track);
    return html`<li
      class="rung status-${r.status} track-${track}${isCurrent ? ' is-current' : ''}${dimmed ? ' is-dimmed' : ''}"
      .style=${place(v, 2 * p.row + 1, span(track, layout))}
    >
      <button
        type="button"
        part="rung"
        class="rung__box"
        id="rung-${r.id}"
        data-rung=${r.id}
        tabindex=${tab ? 0 : -1}
        aria-pressed=${String(this.#selected === r.id)}
        aria-current=${isCurrent ? 'step' : nothing}
        aria-describedby="m-${r.id}${described ? ' card' : ''}"
      >
        <span class="rung__meta" id="m-${r.id}" aria-hidden="true">${isCurrent ? html`<span class="rung__current" part="current">${this.#t('current')}</span> ` : nothing}<span class="rung__status">${icon(r.status)}${text.status}</span> ${dimmed
            ? html`<span class="nv-visually-hidden">(${this.#t('otherPath')})</span> `
            : nothing}${track === 'both' ? nothing : html`<span class=${v ? 'nv-visually-hidden' : 'rung__path'}>${this.#t(`path.${track}`)}</span> `}${text.actors
            ? html`<span class="rung__actors">${text.actors}</span> `
            : nothing}${text.date ? html`<span class="rung__date">${text.date}</span>` : nothing}</span>
        <span class="rung__label" lang=${this.resolvedLang}>${text.label}</span>
        <span class="nv-visually-hidden">(${this.#t('stepOf', { n: p.order + 1, m: layout.rungs.length })})</span>
      </button>
    </li>`;
  }

  /** The rails between the steps, and where a branch runs past a row without a rung of its own. @internal */
  #renderRails(layout: LadderLayout, v: boolean): TemplateResult {
    const gaps = new Map<number, LadderLayout['rails']>();
    for (const s of layout.rails) gaps.set(s.gap, [...(gaps.get(s.gap) ?? []), s]);
    return html`<div class="rails" aria-hidden="true">
      ${[...gaps].map(
        ([gap, segments]) => html`<svg class="rail" .style=${place(v, 2 * gap + 2, '1/-1')} viewBox=${v ? '0 0 100 10' : '0 0 10 100'} preserveAspectRatio="none">
          ${segments.map(
            ({ from, to, paths }) =>
              svg`<line class=${paths.every((b) => this.#dimmed(b)) ? 'is-dimmed' : ''} x1=${v ? from : 0} y1=${v ? 0 : from} x2=${v ? to : 10} y2=${v ? 10 : to} vector-effect="non-scaling-stroke"/>`,
          )}
        </svg>`,
      )}
      ${v // A vertical ladder names each branch once, above its first rung; a horizontal one on each rung.
        ? layout.branches.map((b) => {
            const gap = layout.rungs.find((p) => p.track === b)!.row - 1;
            return gap < 0 ? nothing : html`<b class="head" .style=${place(v, 2 * gap + 2, span(b, layout))}>${this.#t(`path.${b}`)}</b>`;
          })
        : nothing}
      ${layout.passes.map(
        (p) => html`<div class="pass${this.#dimmed(p.track) ? ' is-dimmed' : ''}" .style=${place(v, 2 * p.row + 1, span(p.track, layout))}></div>`,
      )}
    </div>`;
  }

  /** @internal */
  #renderCitations(r: Rung): TemplateResult {
    const en = this.resolvedLang === 'en';
    return html`<ul class="citations">
      ${r.citations.map(
        (c) => html`<li>
          <q lang="nl">${c.quote}</q>${en ? html` <span class="translation">(${this.#t('translation')}: “${c.translation}”)</span>` : nothing}
          <span class="paragraph">— ${this.msg('paragraph', { n: c.paragraph })}</span>
        </li>`,
      )}
    </ul>`;
  }

  /** @internal */
  #renderCard(data: Dataset, id: string | undefined, texts: Map<string, RungText>): unknown {
    const r = id ? data.rungs.find((x) => x.id === id) : undefined;
    if (!r) return nothing;
    const lang = this.resolvedLang;
    const text = texts.get(r.id)!;
    return html`<div class="card" part="citation" id="card" data-for=${r.id}>
      <p><strong>${text.label}</strong></p>
      <p class="card__meta">${text.status} · ${this.#t(`path.${r.path}`)}${text.date ? ` · ${text.date}` : ''}</p>
      ${r.date?.note ? html`<p class="card__meta">${r.date.note[lang]}</p>` : nothing}
      ${r.description ? html`<p>${r.description[lang]}</p>` : nothing}
      ${this.#renderCitations(r)}
    </div>`;
  }

  /** @internal */
  #renderLegend(): TemplateResult {
    return html`<div class="legend" part="legend">
      <p class="legend__title">${this.msg('legend')}</p>
      <ul>
        ${RUNG_STATUSES.map(
          (s) => html`<li class="status-${s}">
            <span class="legend__swatch">${icon(s)}</span>
            <span><strong>${this.#t(`status.${s}`)}</strong>: ${this.#t(`statusHelp.${s}`)}</span>
          </li>`,
        )}
        <li class="is-current"><span class="legend__swatch legend__swatch--current"></span><span>${this.#t('current')}</span></li>
      </ul>
    </div>`;
  }

  /** @internal */
  #renderTable(layout: LadderLayout, texts: Map<string, RungText>): TemplateResult {
    return html`<div class="table-wrap" id="table" role="region" aria-label=${this.#t('tableCaption')} tabindex="0">
      <table part="table">
        <caption>${this.#t('tableCaption')}</caption>
        <thead>
          <tr>${this.#t('columns').split('|').map((name) => html`<th scope="col">${name}</th>`)}</tr>
        </thead>
        <tbody>
          ${layout.rungs.map(({ rung: r }, i) => {
            const text = texts.get(r.id)!;
            return html`<tr>
              <td>${i + 1}</td>
              <th scope="row">${text.label}</th>
              <td>${this.#t(`path.${r.path}`)}</td>
              <td>${text.status}</td>
              <td>${text.actors}</td>
              <td>${text.date || this.#t('dateUnknown')}</td>
              <td>${this.#renderCitations(r)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  protected override renderData(data: Dataset): unknown {
    if (data.rungs.length === 0) return this.renderEmpty();
    const lang = this.resolvedLang;
    const layout = this.#layoutOf(data.rungs);
    const texts = this.#textsOf(data);
    const o = this.#orientation(layout);
    const v = o === 'vertical';
    const current = this.current ? data.rungs.find((r) => r.id === this.current) : defaultCurrent(data.rungs, data.article?.date);
    const cardFor = this.#cardHidden ? undefined : (this.#hover ?? this.#focus ?? this.#selected);
    const tab = this.#tab ?? current?.id ?? layout.rungs[0]?.rung.id;
    // Along the ladder: the steps with a gap for the rails between them; across it: the tracks.
    const cell = v ? 'auto' : 'minmax(0,1fr)';
    const along = `${layout.rows > 1 ? `repeat(${layout.rows - 1},${cell} var(--nv-ladder-gap,1.75em)) ` : ''}${cell}`;
    const across = `repeat(${layout.branches.length > 1 && !layout.stacked ? 2 : 1},${v ? 'minmax(0,1fr)' : '1fr'})`;
    const url = safeHttpUrl(data.article?.url);
    const source = this.#t('sourceDefault', { date: formatDate(lang, data.article?.date ?? '2025-12-17') });
    return html`<figure class="figure" part="figure" aria-labelledby="caption">
      <figcaption class="caption" part="caption" id="caption"><slot name="caption">${this.#t('title')}</slot></figcaption>
      <p class="summary" part="summary">${summarize(lang, data.rungs, current)}</p>
      <p class="nv-visually-hidden" id="help">${this.#t('instructions')}</p>
      <div class="ladder ${o}${data.rungs.length > 40 ? ' long' : ''}" part="ladder" @pointerleave=${this.#onPointerLeave}>
        <div class="grid" .style=${`grid-template:${v ? `${along}/${across}` : `${across}/${along}`}`}>
          ${this.#renderRails(layout, v)}

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
            ${layout.rungs.map((p) =>
              this.#renderRung(p, v, layout, texts.get(p.rung.id)!, p.rung === current, p.rung.id === tab, p.rung.id === cardFor),
            )}
          </ol>
        </div>
        ${this.#renderCard(data, cardFor, texts)}
      </div>
      ${this.noLegend ? nothing : this.#renderLegend()}
      ${this.noTable
        ? nothing
        : html`<button
              type="button"
              class="nv-button table-toggle"
              part="table-toggle"
              aria-expanded=${String(this.#tableOpen)}
              aria-controls="table"
              @click=${this.#toggleTable}
            >
              ${this.msg(this.#tableOpen ? 'hideTable' : 'showTable')}
            </button>
            ${this.#tableOpen ? this.#renderTable(layout, texts) : nothing}`}
      <p class="source" part="source">
        <slot name="source">${url ? html`<a href=${url}>${source}</a>` : source}</slot>
      </p>
    </figure>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nv-rung-select': CustomEvent<RungSelectDetail>;
  }
}
