import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  NvDataElement,
  expectedOneOf,
  formatDate,
  formatList,
  safeHttpUrl,
  translate,
  uniqueId,
  type NvProblem,
} from '@nato-viz/core';
import type { Citation, ContextSource, Dataset, Presence, Region, Scenario } from '@nato-viz/data';
import { messages, type MessageKey } from './messages.js';
import { VIEWS, aspectRatio, fitProjection, type View } from './projection.js';
import {
  SCENARIOS,
  buildMap,
  inScenario,
  natoMembers,
  noDealSteps,
  thinLabels,
  topologyName,
  type Label,
  type MapModel,
  type MapTopology,
} from './layers.js';
import { LABELS, countryName } from './names.js';
import { dataset } from '@nato-viz/data';
import { europe } from '@nato-viz/data/topology';
import { styles } from './nato-presence-map.styles.js';

/** The `detail` of `nv-scenario-change`. */
export interface NvScenarioChangeDetail {
  scenario: Scenario;
}

/** One thing on the map a reader can point at: a presence layer or a region. @internal */
interface Item {
  key: string;
  name: string;
  status: string;
  x: number;
  y: number;
  citations: readonly Citation[];
  context: readonly ContextSource[];
}

/**
 * Models shared by every instance: data → topology → "view width lang" → model. Elements on one
 * page with the same data and size (or one element re-created) skip the topology work.
 */
const models = new WeakMap<Dataset, WeakMap<MapTopology, Map<string, MapModel | undefined>>>();

const MARKS = {
  ground: 'M-8,-8H8V8H-8Z',
  air: 'M0,-10L10,8H-10Z',
  sea: 'M0,-10L10,0L0,10L-10,0Z',
} as const;

/**
 * `<nato-presence-map>`: a map of Europe showing who would be where under the proposed Ukraine
 * deal of December 2025 — the European-led multinational force (ground, air, sea), NATO air
 * policing over Ukraine next to its precedent over the Baltic states, the protected Black Sea
 * routes — and, in the `no-deal` scenario, the article's alternative: Russia keeps fighting and
 * no Western troops come. The Donbas is hatched as the area Ukraine would withdraw from, Crimea is
 * drawn as part of Ukraine with a note that Russia has occupied it since 2014, and the
 * Ukraine–Russia land border is drawn heavy.
 *
 * Projection: conic equal-area (Albers type), parallels 43°N/62°N, central meridian 30°E —
 * areas stay comparable and Ukraine sits upright in the middle; see `projection.ts`.
 *
 * @tagname nato-presence-map
 * @fires nv-scenario-change - When the reader switches the scenario with the buttons (never when `scenario` is set); `detail.scenario` is the new one.
 * @fires nv-error - When the element's input is rejected (from core).
 * @slot caption - The title above the map (default: a title in the element's language).
 * @slot source - The source line under the map (default: the article, its date and the map data credits).
 * @csspart base - The element's outer box.
 * @csspart map - The box holding the SVG map.
 * @csspart legend - The HTML legend.
 * @csspart popover - The popover with a layer's or region's name, status and quote.
 * @csspart table - The "show as table" alternative.
 * @csspart error - The error state (from core).
 * @cssprop --nv-map-ukraine - Colour of Ukraine (default `--nv-color-ukraine`).
 * @cssprop --nv-map-russia - Colour of Russia (default `--nv-color-russia`).
 * @cssprop --nv-map-nato - Colour of NATO members (default `--nv-color-nato`).
 * @cssprop --nv-map-land - Colour of other countries (default `--nv-color-land`).
 * @cssprop --nv-map-water - Colour of the sea (default `--nv-color-water`).
 * @cssprop --nv-map-border - Colour of the Ukraine–Russia border (default `--nv-color-fg`).
 * @cssprop --nv-map-existing - Colour of existing presence (default `--nv-color-existing`).
 * @cssprop --nv-map-proposed - Colour of proposed presence (default `--nv-color-europe`).
 * @cssprop --nv-map-withdrawal - Colour of the Donbas hatching (default `--nv-color-fg`).
 */
export class NatoPresenceMap extends NvDataElement {
  static override styles = [...NvDataElement.styles, styles];

  // Declared without decorators: legacy decorators make tsc emit a helper into the module.
  static override properties: PropertyDeclarations = {
    width: { state: true },
    activeKey: { state: true },
    pinned: { state: true },
    focusIndex: { state: true },
    tableOpen: { state: true },
    scenario: { reflect: true },
    view: { reflect: true },
    noLegend: { type: Boolean, attribute: 'no-legend' },
    noTable: { type: Boolean, attribute: 'no-table' },
    topology: { attribute: false },
  };

  /** @internal */
  #observer: ResizeObserver | undefined;
  /** @internal */
  #ids = uniqueId('npm');
  /** @internal */
  #model: MapModel | undefined;
  /** The focusable items of the last render. @internal */
  #shown: Item[] = [];
  /** The task the first model waits for. @internal */
  #building: Promise<void> | undefined;
  /** Whether the first model has waited for its own task. @internal */
  #waited = false;

  /** Width of the map in CSS pixels, from the ResizeObserver. @internal */
  protected width = 0;
  /** Key of the item whose popover is open. @internal */
  protected activeKey: string | undefined;
  /** Whether the popover stays open after the pointer leaves (tap or click). @internal */
  protected pinned = false;
  /** Index of the item that takes the tab stop. @internal */
  protected focusIndex = 0;
  /** Whether the table is shown. @internal */
  protected tableOpen = false;

  /** Which scenario to show: `deal` (the proposed presence) or `no-deal` (Russia keeps fighting). */
  scenario: Scenario = 'deal';

  /** Which part of the map: `europe` (default) or `ukraine` (zoomed to Ukraine). */
  view: View = 'europe';

  /** Hides the legend. */
  noLegend = false;

  /** Hides the "show as table" button and table. */
  noTable = false;

  /** The TopoJSON topology to draw (objects `countries` with ISO alpha-3 ids and `regions`). */
  topology: MapTopology = europe;

  /** The article's dataset from `@nato-viz/data`. @internal */
  protected readonly defaultData: Dataset = dataset;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w !== this.width) this.width = w;
    });
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Draw in the first render when the box already has a width, instead of waiting a frame
    // for the ResizeObserver's first report.
    if (!this.hasUpdated && !this.width && this.isConnected) this.width = Math.floor(this.getBoundingClientRect().width);
    if (changed.has('scenario') || changed.has('view')) this.activeKey = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#place();
  }

  /**
   * Places the floating popover at its item: below it, or above when it does not fit below,
   * and clamped inside the map box horizontally (and vertically when it is taller than both).
   * @internal
   */
  #place(): void {
    const pop = this.renderRoot.querySelector<HTMLElement>('.popover:not(.docked)');
    const it = this.#items(this.#model).find((i) => i.key === this.activeKey);
    const map = pop?.parentElement;
    if (!pop || !it || !map || !this.#model) return;
    const k = map.clientWidth / this.#model.fit.width;
    const [x, y, W, H, w, h] = [it.x * k, it.y * k, map.clientWidth, map.clientHeight, pop.offsetWidth, pop.offsetHeight];
    const top = y + 12 + h <= H ? y + 12 : y - 12 - h >= 0 ? y - 12 - h : Math.max(0, H - h);
    pop.style.left = `${Math.round(Math.max(0, Math.min(W - w, x - w / 2)))}px`;
    pop.style.top = `${Math.round(top)}px`;
  }

  /** Adds the `scenario` and `view` checks to core's. @internal */
  protected override collectProblems(): NvProblem[] {
    const problems = super.collectProblems();
    if (!(SCENARIOS as readonly string[]).includes(this.scenario)) {
      problems.push({ code: 'invalid-attribute', attribute: 'scenario', detail: expectedOneOf(SCENARIOS, this.scenario) });
    }
    if (!(VIEWS as readonly string[]).includes(this.view)) {
      problems.push({ code: 'invalid-attribute', attribute: 'view', detail: expectedOneOf(VIEWS, this.view) });
    }
    return problems;
  }

  /** @internal */
  #t(key: MessageKey, vars?: Record<string, string | number>): string {
    return translate(messages, this.resolvedLang, key, vars);
  }

  /** A layer's label with its status in brackets, merged with the label's own note: "… (precedent, bestaand)". @internal */
  #noted(p: Presence): string {
    const label = p.label[this.resolvedLang];
    const status = this.#t(`status.${p.status}`);
    return label.endsWith(')') ? `${label.slice(0, -1)}, ${status})` : `${label} (${status})`;
  }

  /** "proposed · air". @internal */
  #status(p: Presence): string {
    return `${this.#t(`status.${p.status}`)} · ${this.#t(`domain.${p.domain}`)}`;
  }

  /**
   * The model at the current size, shared across instances (see `models`). The element's first
   * model is built in a task of its own, after the first render has drawn the rest of the
   * element into its reserved box: each main-thread task stays short (under 50 ms on a slow
   * machine). Later sizes and languages are built in the render (the previous model would
   * otherwise be drawn stretched for a moment), when the code is warm and a build takes a few ms.
   * @internal
   */
  #modelFor(data: Dataset): MapModel | undefined {
    const lang = this.resolvedLang;
    let byTopology = models.get(data);
    if (!byTopology) models.set(data, (byTopology = new WeakMap()));
    let byKey = byTopology.get(this.topology);
    if (!byKey) byTopology.set(this.topology, (byKey = new Map()));
    const key = `${this.view} ${this.width} ${lang}`;
    const build = () => {
      // Keep the last few sizes only: a resize drag must not grow the cache without bound.
      if (byKey.size > 7) byKey.delete(byKey.keys().next().value!);
      const fit = fitProjection(this.view, this.width);
      byKey.set(key, fit && buildMap(data, this.topology, fit, (id, fallback) => countryName(lang, id, fallback)));
    };
    if (!byKey.has(key)) {
      // Built here, inside the render's guard: a topology that cannot be drawn shows the error state.
      if (this.#model || this.#waited || !this.width) build();
      else {
        this.#building ??= new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
          this.#building = undefined;
          this.#waited = true;
          this.requestUpdate();
        });
        return undefined;
      }
    }
    return (this.#model = byKey.get(key));
  }

  /** `updateComplete` also waits for the first model (see `#modelFor`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#building) {
      await this.#building;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The items a reader can focus, in reading order: active presence layers, then regions. @internal */
  #items(model: MapModel | undefined): Item[] {
    const lang = this.resolvedLang;
    const items: Item[] = [];
    for (const layer of model?.layers ?? []) {
      const p = layer.presence;
      if (!inScenario(p, this.scenario)) continue;
      items.push({
        key: `p-${p.id}`,
        name: p.label[lang],
        status: this.#status(p),
        x: layer.marker[0],
        y: layer.marker[1],
        citations: p.citations,
        context: p.context ?? [],
      });
    }
    for (const r of model?.regions ?? []) {
      items.push({
        key: `r-${r.region.id}`,
        name: r.region.label[lang],
        status: this.#t(`kind.${r.region.kind}`),
        x: r.anchor[0],
        y: r.anchor[1],
        citations: r.region.citations,
        context: r.region.context ?? [],
      });
    }
    return items;
  }

  /** @internal */
  #setScenario(next: Scenario): void {
    if (next === this.scenario) return;
    this.scenario = next;
    this.dispatchEvent(
      new CustomEvent<NvScenarioChangeDetail>('nv-scenario-change', { detail: { scenario: next }, bubbles: true, composed: true }),
    );
  }

  /** @internal */
  #show(key: string, pinned = false): void {
    this.activeKey = key;
    this.pinned = pinned;
  }

  /** @internal */
  #hide(key?: string): void {
    if (key && key !== this.activeKey) return;
    this.activeKey = undefined;
    this.pinned = false;
  }

  /** Opens `key`'s popover pinned, or closes it when it is already pinned open (click, Enter, Space). @internal */
  #toggle(key: string): void {
    if (this.activeKey === key && this.pinned) this.#hide();
    else this.#show(key, true);
  }

  /** Pointer, click, focus and blur on a map item (`data-key`). @internal */
  #onItem(e: Event): void {
    const key = (e.currentTarget as SVGElement).dataset['key']!;
    const mouse = (e as PointerEvent).pointerType === 'mouse';
    if (e.type === 'pointerenter') {
      if (mouse) this.#show(key, this.pinned && this.activeKey === key);
    } else if (e.type === 'pointerleave' || e.type === 'blur') {
      if ((mouse || e.type === 'blur') && !this.pinned) this.#hide(key);
    } else {
      this.focusIndex = this.#shown.findIndex((i) => i.key === key);
      if (e.type === 'click') this.#toggle(key);
      else if (this.activeKey !== key) this.#show(key);
      // Focus or a click: once placed, the floating popover is scrolled into view (it may open below the viewport).
      void this.updateComplete.then(() => this.renderRoot.querySelector('.popover:not(.docked)')?.scrollIntoView({ block: 'nearest' }));
    }
  }

  /** @internal */
  #onKeydown(e: KeyboardEvent): void {
    const items = this.#shown;
    if (e.key === 'Escape') {
      if (this.activeKey) {
        this.#hide();
        e.preventDefault();
      }
      return;
    }
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next: number | undefined;
    if (e.key in moves) next = (this.focusIndex + moves[e.key]! + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if ((e.key === 'Enter' || e.key === ' ') && items[this.focusIndex]) {
      e.preventDefault();
      this.#toggle(items[this.focusIndex]!.key);
      return;
    }
    if (next === undefined || !items.length) return;
    e.preventDefault();
    this.focusIndex = next;
    this.#show(items[next]!.key);
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-key="${items[next]!.key}"]`)?.focus());
  }

  /** Accessible text for the current scenario. @internal */
  #summary(data: Dataset, items: Item[]): string {
    const lang = this.resolvedLang;
    const layers = data.presence.filter((p) => inScenario(p, this.scenario));
    const parts = [this.#t(`scenarioLong.${this.scenario}`) + '.'];
    const ukraine = layers.filter((p) => p.countries.includes('UKR') || p.domain === 'sea');
    if (this.scenario === 'no-deal' && !ukraine.length) parts.push(this.#t('summaryNone'));
    // One sentence per layer (labels start with a capital); a label's own note joins the status: "(precedent, bestaand)".
    for (const p of layers) parts.push(this.#noted(p) + '.');
    for (const step of this.scenario === 'no-deal' ? noDealSteps(data) : []) parts.push(step.label[lang] + '.');
    const regions = items.filter((i) => i.key.startsWith('r-')).map((i) => `${i.name}: ${i.status}`);
    if (regions.length) parts.push(regions.join('. ') + '.');
    return parts.join(' ');
  }

  /** @internal */
  protected override renderData(data: Dataset): unknown {
    const lang = this.resolvedLang;
    const model = this.#modelFor(data);
    const items = (this.#shown = this.#items(model));
    if (this.focusIndex >= items.length) this.focusIndex = 0;
    const id = this.#ids;
    const aspect = aspectRatio(this.view);
    const scenarioName = this.#t(`scenarioLong.${this.scenario}`);
    const name = this.#t('mapName', { scenario: scenarioName }) + (this.view === 'ukraine' ? ` (${this.#t('viewUkraine')})` : '');
    const steps = this.scenario === 'no-deal' ? noDealSteps(data) : [];
    // Under 480 px the popover docks full-width under the map instead of covering it.
    const docked = this.width < 480;
    // Inline styles go through the CSSOM (`.style` = cssText), never a `style` attribute, which
    // a strict `style-src 'self'` blocks (Lit's styleMap writes the attribute on first render).
    const fills = `--_fill-russia: url(#${id}-russia); --_fill-nato: url(#${id}-nato)`;
    return html`<figure .style=${fills}>
      <figcaption class="title"><slot name="caption">${this.#t('title')}</slot></figcaption>
      <div class="controls" role="group" aria-label=${this.#t('scenarioGroup')}>
        ${SCENARIOS.map(
          (s) => html`<button
            type="button"
            class="nv-button"
            aria-pressed=${this.scenario === s ? 'true' : 'false'}
            @click=${() => this.#setScenario(s)}
          >
            ${this.#t(`scenario.${s}`)}
          </button>`,
        )}
      </div>
      ${steps.map(
        (s) => html`<p class="note">
          ${s.label[lang]}${s.citations[0] ? html` — <q lang="nl">${s.citations[0].quote}</q>` : nothing}
        </p>`,
      )}
      <p class="print-only">${this.#t('shown', { scenario: this.#t(`scenario.${this.scenario}`).toLowerCase() })}</p>
      <div part="map" class="map" .style=${`aspect-ratio: 1 / ${aspect.toFixed(4)}`}>
        ${this.#renderSvg(data, model, items, name, id)} ${docked ? nothing : this.#renderPopover(items)}
      </div>
      ${docked ? this.#renderPopover(items) : nothing}
      <p id="${id}-summary" class="nv-visually-hidden">${this.#summary(data, items)}</p>
      ${this.noLegend ? nothing : this.#renderLegend(data, id)}
      <p class="source"><slot name="source">${this.#t('defaultSource')}</slot></p>
      ${this.noTable ? nothing : this.#renderTable(data, id)}
    </figure>`;
  }

  /** @internal */
  #renderSvg(data: Dataset, model: MapModel | undefined, items: Item[], name: string, id: string): TemplateResult {
    const w = model?.fit.width ?? 0;
    const h = model?.fit.height ?? 0;
    const fontPx = w < 480 ? 10 : 12;
    const labels: Label[] = [];
    for (const c of model?.countries ?? []) {
      const priority = LABELS[c.id]?.[0];
      if (priority && c.anchor) labels.push({ id: c.id, text: c.name, x: c.anchor[0], y: c.anchor[1] + (c.id === 'UKR' ? 7 : 0), priority });
    }
    for (const r of model?.regions ?? []) {
      if (!r.line) labels.push({ id: r.region.id, text: r.region.label[this.resolvedLang].replace(/\s*\(.*\)$/, ''), x: r.anchor[0], y: r.anchor[1], priority: 2 });
    }
    // Drawn marker size shrinks with the map (model.scale); the hit circle keeps a 28 px target.
    const k = model?.scale ?? 1;
    const obstacles = (model?.layers ?? []).filter((l) => inScenario(l.presence, this.scenario)).map((l): [number, number, number, number] => [l.marker[0] - 12 * k, l.marker[1] - 12 * k, l.marker[0] + 12 * k, l.marker[1] + 12 * k]);
    const shown = model ? thinLabels(labels, w, h, fontPx, obstacles) : [];
    const focusKey = items[this.focusIndex]?.key;
    // One listener for every item and event (Lit calls it with the element as `this`).
    const on = this.#onItem;
    const item = (key: string, label: string, content: unknown) => {
      if (!items.some((i) => i.key === key)) return content;
      return svg`<g class="item ${this.activeKey === key ? 'is-active' : ''}" data-key=${key} role="button"
        aria-label=${label} aria-describedby=${this.activeKey === key ? `${id}-pop` : nothing}
        tabindex=${key === focusKey ? 0 : -1}
        @pointerenter=${on} @pointerleave=${on} @click=${on} @focus=${on} @blur=${on}>${content}</g>`;
    };
    const lang = this.resolvedLang;
    return html`<svg
      viewBox="0 0 ${w} ${h}"
      class=${w < 480 ? 'narrow' : ''}
      role="group"
      aria-label=${name}
      aria-describedby="${id}-summary"
      @keydown=${this.#onKeydown}
    >
      <defs>
        <pattern id="${id}-russia" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect class="pat-bg--russia" width="6" height="6"></rect>
          <line class="pat-line--russia" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
        <pattern id="${id}-nato" patternUnits="userSpaceOnUse" width="5" height="5">
          <rect class="pat-bg--nato" width="5" height="5"></rect>
          <circle class="pat-dot--nato" cx="2.5" cy="2.5" r="0.9"></circle>
        </pattern>
        <pattern id="${id}-donbas" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(-45)">
          <rect class="pat-bg--donbas" width="5" height="5"></rect>
          <line class="pat-line--donbas" x1="0" y1="0" x2="0" y2="5"></line>
        </pattern>
        <pattern id="${id}-crimea" patternUnits="userSpaceOnUse" width="4" height="4">
          <rect class="pat-bg--donbas" width="4" height="4"></rect>
          <line class="pat-line--crimea" x1="0" y1="0" x2="4" y2="0"></line>
        </pattern>
        <marker id="${id}-arrow" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto">
          <path class="arrow" d="M1,1L8,5L1,9"></path>
        </marker>
      </defs>
      ${model
        ? svg`<rect class="water" width=${w} height=${h}></rect>
      <g aria-hidden="true">${model.countries.map(
        (c) => svg`<path class="c c--${c.role}" d=${c.d}></path>`,
      )}</g>
      ${model.regions.map((r) =>
        item(
          `r-${r.region.id}`,
          `${r.region.label[lang]}: ${this.#t(`kind.${r.region.kind}`)}`,
          svg`<path class="region region--${r.region.kind}" d=${r.d}
            fill=${r.region.kind === 'withdrawal-area' ? `url(#${id}-donbas)` : r.region.kind === 'occupied-context' ? `url(#${id}-crimea)` : nothing}></path>
            <path class="focus" d=${r.d}></path>`,
        ),
      )}
      ${model.layers.map((l) => {
        const on = inScenario(l.presence, this.scenario);
        const key = `p-${l.presence.id}`;
        const content = svg`${l.d ? svg`<path class="outline ${l.domain === 'sea' ? 'route' : ''}" d=${l.d} marker-end=${l.domain === 'sea' ? `url(#${id}-arrow)` : nothing}></path>` : nothing}
          <g transform="translate(${l.marker[0].toFixed(1)},${l.marker[1].toFixed(1)})">
            <circle class="hit" r="14"></circle>
            <path class="mark" d=${MARKS[l.domain]} transform=${k < 1 ? `scale(${k.toFixed(2)})` : nothing}></path>
            <circle class="focus" r=${(15 * k).toFixed(1)}></circle>
          </g>`;
        return svg`<g class="layer ${l.status} ${l.russian ? 'russian' : ''} ${on ? '' : 'off'}" aria-hidden=${on ? nothing : 'true'}>${
          on ? item(key, this.#noted(l.presence), content) : content
        }</g>`;
      })}
      <path class="border" d=${model.border} aria-hidden="true"></path>
      <g aria-hidden="true">${shown.map(
        (l) => svg`<text class="label label--${l.priority}" x=${l.x.toFixed(1)} y=${l.y.toFixed(1)}>${l.text}</text>`,
      )}</g>`
        : nothing}
    </svg>`;
  }

  /** @internal */
  #renderCitations(citations: readonly Citation[], context: readonly ContextSource[]): unknown {
    const lang = this.resolvedLang;
    return html`${citations.map(
      (c) => html`<p>
        <q lang="nl">${c.quote}</q> <span class="muted">(${this.msg('paragraph', { n: c.paragraph })})</span>
        ${lang === 'en' ? html`<br /><span class="muted">${this.#t('translation')}: ${c.translation}</span>` : nothing}
      </p>`,
    )}
    ${context.map((c) => {
      const href = safeHttpUrl(c.url);
      // A source whose title already carries the year (e.g. "…, 27 March 2014") is not dated twice.
      const src = `${this.msg('context')}: ${c.source.includes(c.date.slice(0, 4)) ? c.source : `${c.source}, ${formatDate(lang, c.date)}`}`;
      return html`<p>${c.note[lang]} <span class="muted">(${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${src}</a>` : src})</span></p>`;
    })}`;
  }

  /** @internal */
  #renderPopover(items: Item[]): unknown {
    const it = items.find((i) => i.key === this.activeKey);
    if (!it || !this.#model) return nothing;
    return html`<div id="${this.#ids}-pop" part="popover" class="popover ${this.width < 480 ? 'docked' : ''}">
      <p class="pop-title">${it.name}</p>
      <p class="muted">${it.status}</p>
      ${this.#renderCitations(it.citations, it.context)}
    </div>`;
  }

  /** @internal */
  #renderLegend(data: Dataset, id: string): TemplateResult {
    const area = (cls: string, fill?: string) => svg`<rect class=${cls} x="1" y="1" width="26" height="16" fill=${fill ?? nothing}></rect>`;
    const mark = (domain: keyof typeof MARKS) =>
      svg`<g class="proposed"><g transform="translate(14,9) scale(0.75)"><path class="mark" d=${MARKS[domain]}></path></g></g>`;
    const line = (cls: string, route?: boolean) =>
      svg`<g class=${cls}><line class="outline ${route ? 'route' : ''}" x1="1" y1="9" x2="26" y2="9" marker-end=${route ? `url(#${id}-arrow)` : nothing}></line></g>`;
    const rows: [unknown, MessageKey, boolean?][] = [
      [area('c c--ukraine'), 'role.ukraine'],
      [area('c c--russia'), 'role.russia'],
      [area('c c--nato'), 'role.nato', natoMembers(data).size === 0],
      [area('region region--withdrawal-area', `url(#${id}-donbas)`), 'kind.withdrawal-area'],
      [area('region region--occupied-context', `url(#${id}-crimea)`), 'kind.occupied-context'],
      [svg`<line class="border" x1="1" y1="9" x2="27" y2="9"></line>`, 'legendBorder'],
      [mark('ground'), 'legendGround'],
      [mark('air'), 'legendAir'],
      [mark('sea'), 'legendSea'],
      [line('existing'), 'legendExisting'],
      [line('proposed'), 'legendProposed'],
      [line('proposed', true), 'legendRoute'],
    ];
    return html`<ul part="legend" class="legend" aria-label=${this.msg('legend')}>
      ${rows.map(([swatch, key, skip]) =>
        skip ? nothing : html`<li><svg viewBox="0 0 28 18" aria-hidden="true">${swatch}</svg><span>${this.#t(key)}</span></li>`,
      )}
    </ul>`;
  }

  /** @internal */
  #renderTable(data: Dataset, id: string): TemplateResult {
    const lang = this.resolvedLang;
    const where = (countries: readonly string[] = [], regions: readonly string[] = []) =>
      formatList(lang, [
        ...countries.map((c) => countryName(lang, c, topologyName(this.topology.objects.countries.geometries.find((g) => g.id === c)) ?? c)),
        ...regions.map((r) => data.regions.find((x) => x.id === r)?.label[lang] ?? r),
      ]);
    const scenarios = (list: readonly Scenario[] = SCENARIOS) => formatList(lang, list.map((s) => this.#t(`scenario.${s}`)));
    // One row per presence layer, region and NATO context fact: name, where, status, scenarios, citations.
    type Row = [string, unknown, string, string, readonly Citation[], readonly ContextSource[]];
    // Built only while the table is open: the rows' Intl list formatting stays out of the first render.
    const rows = (): Row[] => [
      ...data.presence.map((p: Presence): Row => [
        p.label[lang],
        where(p.countries, p.regions),
        this.#status(p),
        scenarios(p.scenarios),
        p.citations,
        p.context ?? [],
      ]),
      ...data.regions.map((r: Region): Row => [r.label[lang], where(r.countries), this.#t(`kind.${r.kind}`), scenarios(), r.citations, r.context ?? []]),
      ...data.context
        .filter((c) => natoMembers({ context: [c] }).size)
        .map((c): Row => [c.label[lang], (c.countries ?? []).length, this.msg('context'), scenarios(), [], c.context]),
    ];
    const heads: MessageKey[] = ['layer', 'where', 'status', 'scenarios', 'citation'];
    return html`<div class="table-toggle">
        <button
          type="button"
          class="nv-button"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="${id}-table"
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${this.msg(this.tableOpen ? 'hideTable' : 'showTable')}
        </button>
      </div>
      <div class="table-wrap" id="${id}-table" part="table" ?hidden=${!this.tableOpen}>
        ${this.tableOpen
          ? html`<table>
              <caption>${this.#t('tableCaption')}</caption>
              <thead>
                <tr>${heads.map((k) => html`<th scope="col">${this.#t(k)}</th>`)}</tr>
              </thead>
              <tbody>
                ${rows().map(
                  ([name, place, status, when, citations, context]) => html`<tr>
                    <th scope="row">${name}</th>
                    <td>${place}</td>
                    <td>${status}</td>
                    <td>${when}</td>
                    <td>${this.#renderCitations(citations, context)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing}
      </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nv-scenario-change': CustomEvent<NvScenarioChangeDetail>;
  }
}
