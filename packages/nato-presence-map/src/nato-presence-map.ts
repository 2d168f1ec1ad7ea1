import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { Task, TaskStatus } from '@lit/task';
import {
  NvDataElement,
  PopoverController,
  RovingFocusController,
  SliceController,
  WidthController,
  expectedOneOf,
  uniqueId,
  type NvProblem,
} from '@nato-viz/core';
import { dataset, type Dataset, type Region, type Scenario } from '@nato-viz/data';
import { europe } from '@nato-viz/data/topology';
import { VIEWS, aspectRatio, type View } from './projection.js';
import {
  SCENARIOS,
  inScenario,
  mapLabels,
  noDealSteps,
  unknownPlaces,
  type MapModel,
  type MapTopology,
} from './layers.js';
import { cachedModel, isModelCached } from './model-cache.js';
import {
  itemIndexAfterKey,
  layerName,
  mapItems,
  mapSummary,
  mapText,
  type MapItem,
} from './items.js';
import { MARKS, renderLegend, renderPatterns, renderPopover, renderTable } from './templates.js';
import type { MessageKey } from './messages.js';
import { styles } from './nato-presence-map.styles.js';

/** The `detail` of `nv-scenario-change`. */
export interface NvScenarioChangeDetail {
  scenario: Scenario;
}

/** Below this width (px) the popover docks full-width under the map instead of covering it. */
const DOCKED_BELOW = 480;

type RegionKind = Region['kind'];

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
 *
 * @attr {'nl' | 'en'} lang - Language; inherited from the page when absent (core). Anything else is an error state.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour theme (core).
 * @attr {string} data - A replacement dataset as JSON text (core; validated).
 * @attr {string} src - URL of a replacement dataset, `https:` or same origin (core; validated).
 * @prop {unknown} data - A replacement dataset as an object (core; wins over the attributes).
 *
 * @fires nv-scenario-change - When the reader switches the scenario with the buttons (never when `scenario` is set); `detail.scenario` is the new one.
 * @fires nv-error - When the element's input is rejected (from core).
 *
 * @slot caption - The title above the map (default: a title in the element's language).
 * @slot source - The source line under the map (default: the article, its date and the map data credits).
 *
 * @csspart base - The element's outer box (from core).
 * @csspart error - The error state (from core).
 * @csspart map - The box holding the SVG map.
 * @csspart legend - The HTML legend.
 * @csspart popover - The popover with a layer's or region's name, status and quote.
 * @csspart table-toggle - The "show as table" button (from core).
 * @csspart table - The "show as table" alternative.
 *
 * @cssprop --nv-map-ukraine - Colour of Ukraine (default `--nv-color-ukraine`).
 * @cssprop --nv-map-russia - Colour of Russia (default `--nv-color-russia`).
 * @cssprop --nv-map-nato - Colour of NATO members (default `--nv-color-nato`).
 * @cssprop --nv-map-land - Colour of other countries (default `--nv-color-land`).
 * @cssprop --nv-map-water - Colour of the sea (default `--nv-color-water`).
 * @cssprop --nv-map-border - Colour of the Ukraine–Russia border (default `--nv-color-fg`).
 * @cssprop --nv-map-existing - Colour of existing presence (default `--nv-color-existing`).
 * @cssprop --nv-map-proposed - Colour of proposed presence (default `--nv-color-europe`).
 * @cssprop --nv-map-withdrawal - Colour of the Donbas hatching (default `--nv-color-fg`).
 * @cssprop --nv-color-ukraine - Token: Ukraine's colour (core).
 * @cssprop --nv-color-russia - Token: Russia's colour (core).
 * @cssprop --nv-color-nato - Token: NATO's colour (core).
 * @cssprop --nv-color-europe - Token: the European force's colour, for proposed presence (core).
 * @cssprop --nv-color-existing - Token: colour of existing presence (core).
 * @cssprop --nv-color-land - Token: colour of land (core).
 * @cssprop --nv-color-land-stroke - Token: colour of country borders (core).
 * @cssprop --nv-color-water - Token: colour of water (core).
 * @cssprop --nv-color-fg - Token: text colour (core).
 * @cssprop --nv-color-bg - Token: background colour (core).
 * @cssprop --nv-color-muted - Token: colour of secondary text (core).
 * @cssprop --nv-color-border - Token: colour of rules and the popover's border (core).
 * @cssprop --nv-color-link - Token: colour of links (core).
 * @cssprop --nv-color-focus - Token: colour of the focus ring (core).
 * @cssprop --nv-space - Token: the gap between the parts of the element (core).
 * @cssprop --nv-radius - Token: corner radius of the map and the popover (core).
 * @cssprop --nv-font-family - Font family of all text (core).
 * @cssprop --nv-font-size - Base font size (core).
 */
export class NatoPresenceMap extends NvDataElement {
  static override styles = [...NvDataElement.styles, styles];

  // Declared without decorators: legacy decorators make tsc emit a helper into the module.
  static override properties: PropertyDeclarations = {
    activeKey: { state: true },
    pinned: { state: true },
    tableOpen: { state: true },
    scenario: { reflect: true },
    view: { reflect: true },
    noLegend: { type: Boolean, attribute: 'no-legend' },
    noTable: { type: Boolean, attribute: 'no-table' },
    topology: { attribute: false },
  };

  /** Prefix of the ids in the shadow root (patterns, popover, summary, table). */
  #ids = uniqueId('npm');
  /** The model drawn last. */
  #model: MapModel | undefined;
  /** The focusable items of the last render. */
  #items: MapItem[] = [];
  /** The map's width in whole CSS pixels. */
  #width = new WidthController(this, Math.floor);
  /** The table's rows, in slices (a dataset may have hundreds of presence records). */
  readonly #tableRows = new SliceController(this);
  /** One Tab stop for the map's items; the arrow keys move it. */
  #roving = new RovingFocusController<string>(this, {
    find: (key) => this.renderRoot.querySelector<SVGElement>(`.item[data-key="${key}"]`),
    initial: () => this.#items[0]?.key,
  });
  /** Places the floating popover at its item: below it, above when there is no room, else clamped in the map. */
  #popovers = new PopoverController(this, {
    gap: 12,
    align: 'center',
    flip: 'clamp',
    popover: () => this.renderRoot.querySelector<HTMLElement>('.popover:not(.docked)'),
    anchor: (popover) => {
      const item = this.#items.find((i) => i.key === this.activeKey);
      if (!item || !this.#model) return undefined;
      const scale = popover.parentElement!.clientWidth / this.#model.fit.width;
      return { left: item.x * scale, top: item.y * scale, width: 0, height: 0 };
    },
  });
  /**
   * A task of its own for the element's first model: the first render draws the rest of the
   * element into its reserved box, and the model (the most expensive part) comes in the next
   * task, so that each main-thread task stays short (under 50 ms on a slow machine). Later
   * sizes and languages are built in the render, when the code is warm and a build takes a few
   * ms (waiting would draw the previous model stretched for a moment).
   */
  #firstModelTurn = new Task(this, {
    autoRun: false,
    task: () => new Promise<void>((resolve) => setTimeout(resolve)),
  });

  /** Key of the item whose popover is open. @internal */
  protected activeKey: string | undefined;
  /** Whether the popover stays open after the pointer leaves (tap or click). @internal */
  protected pinned = false;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('scenario') || changed.has('view')) {
      this.activeKey = undefined;
      this.#roving.reset();
    }
  }

  /** `updateComplete` also waits for the first model (see `#firstModelTurn`). @internal */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#firstModelTurn.status === TaskStatus.PENDING) {
      await this.#firstModelTurn.taskComplete;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Adds the `scenario` and `view` checks to core's. @internal */
  protected override collectProblems(): NvProblem[] {
    const problems = super.collectProblems();
    if (!(SCENARIOS as readonly string[]).includes(this.scenario)) {
      problems.push({
        code: 'invalid-attribute',
        attribute: 'scenario',
        detail: expectedOneOf(SCENARIOS, this.scenario),
      });
    }
    if (!(VIEWS as readonly string[]).includes(this.view)) {
      problems.push({
        code: 'invalid-attribute',
        attribute: 'view',
        detail: expectedOneOf(VIEWS, this.view),
      });
    }
    const unknown = this.currentData ? unknownPlaces(this.currentData, this.topology) : [];
    if (unknown.length)
      problems.push({ code: 'invalid-data', attribute: 'data', detail: unknown.join('; ') });
    return problems;
  }

  /**
   * The model at the current size and language (shared across instances, see `cachedModel`),
   * or `undefined` while the first one waits for its own task. Called in the render: a topology
   * that cannot be drawn throws into the render's guard and shows the error state.
   */
  #modelFor(data: Dataset): MapModel | undefined {
    const [topology, view, width, lang] = [
      this.topology,
      this.view,
      this.#width.value,
      this.resolvedLang,
    ];
    const waitsForItsTask =
      !this.#model && width > 0 && this.#firstModelTurn.status !== TaskStatus.COMPLETE;
    if (waitsForItsTask && !isModelCached(data, topology, view, width, lang)) {
      if (this.#firstModelTurn.status === TaskStatus.INITIAL) void this.#firstModelTurn.run();
      return undefined;
    }
    return cachedModel(data, topology, view, width, lang);
  }

  #t(key: MessageKey, vars?: Record<string, string | number>): string {
    return mapText(this.resolvedLang, key, vars);
  }

  #setScenario(next: Scenario): void {
    if (next === this.scenario) return;
    this.scenario = next;
    this.dispatchEvent(
      new CustomEvent<NvScenarioChangeDetail>('nv-scenario-change', {
        detail: { scenario: next },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #show(key: string, pinned = false): void {
    this.activeKey = key;
    this.pinned = pinned;
  }

  #hide(key?: string): void {
    if (key && key !== this.activeKey) return;
    this.activeKey = undefined;
    this.pinned = false;
  }

  /** Opens `key`'s popover pinned, or closes it when it is already pinned open (click, Enter, Space). */
  #toggle(key: string): void {
    if (this.activeKey === key && this.pinned) this.#hide();
    else this.#show(key, true);
  }

  /** Pointer, click, focus and blur on a map item (`data-key`); Lit calls it with the element as `this`. */
  #onItem(e: Event): void {
    const key = (e.currentTarget as SVGElement).dataset['key']!;
    const mouse = (e as PointerEvent).pointerType === 'mouse';
    switch (e.type) {
      case 'pointerenter':
        // Touch opens on the click that follows.
        if (mouse) this.#show(key, this.pinned && this.activeKey === key);
        break;
      case 'pointerleave':
      case 'blur':
        if ((mouse || e.type === 'blur') && !this.pinned) this.#hide(key);
        break;
      case 'click':
      case 'focus':
        this.#roving.moveTo(key);
        if (e.type === 'click') this.#toggle(key);
        else if (this.activeKey !== key) this.#show(key);
        // Opened by focus or a click, a floating popover may open below the viewport: scroll it in.
        if (this.#width.value >= DOCKED_BELOW) this.#popovers.reveal();
        break;
    }
  }

  /** Arrow keys, Home and End move between the items; Enter and Space pin the popover; Escape closes it. */
  #onKeydown(e: KeyboardEvent): void {
    const items = this.#items;
    const current = Math.max(
      0,
      items.findIndex((i) => i.key === this.#roving.current),
    );
    const item = items[current];
    if (e.key === 'Escape') {
      if (!this.activeKey) return;
      e.preventDefault();
      this.#hide();
    } else if (e.key === 'Enter' || e.key === ' ') {
      if (!item) return;
      e.preventDefault();
      this.#toggle(item.key);
    } else {
      const next = items[itemIndexAfterKey(e.key, current, items.length) ?? -1];
      if (!next) return;
      e.preventDefault();
      this.#show(next.key);
      void this.#roving.focus(next.key);
    }
  }

  /** @internal */
  protected override renderData(data: Dataset): unknown {
    const lang = this.resolvedLang;
    const model = (this.#model = this.#modelFor(data));
    const items = (this.#items = mapItems(model, this.scenario, lang));
    if (!items.some((i) => i.key === this.#roving.key)) this.#roving.reset();
    const id = this.#ids;
    const docked = this.#width.value < DOCKED_BELOW;
    const active = items.find((i) => i.key === this.activeKey);
    const popover = active && model ? renderPopover(lang, active, `${id}-pop`, docked) : nothing;
    const steps = this.scenario === 'no-deal' ? noDealSteps(data) : [];
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
            aria-pressed=${String(this.scenario === s)}
            @click=${() => this.#setScenario(s)}
          >
            ${this.#t(`scenario.${s}`)}
          </button>`,
        )}
      </div>
      <p class="print-only">${this.#t('shown', { scenario: this.#t(`scenario.${this.scenario}`).toLowerCase() })}</p>
      <div part="map" class="map" .style=${`aspect-ratio: 1 / ${aspectRatio(this.view).toFixed(4)}`}>
        ${this.#renderSvg(model, items)} ${docked ? nothing : popover}
      </div>
      ${docked ? popover : nothing}
      ${
        // Below the map, not above it: switching scenario must not move the map (issue 17).
        steps.map(
          (s) => html`<p class="note">
            ${s.label[lang]}${s.citations[0] ? html` — <q lang="nl">${s.citations[0].quote}</q>` : nothing}
          </p>`,
        )
      }
      <p id="${id}-summary" class="nv-visually-hidden">${mapSummary(data, items, this.scenario, lang)}</p>
      ${this.noLegend ? nothing : renderLegend(lang, data, id)}
      <p class="source"><slot name="source">${this.#t('defaultSource')}</slot></p>
      ${
        this.noTable
          ? nothing
          : renderTable({
              lang,
              data,
              topology: this.topology,
              open: this.tableOpen,
              id: `${id}-table`,
              onToggle: () => {
                this.tableOpen = !this.tableOpen;
                this.#tableRows.reset();
              },
              slices: this.#tableRows,
            })
      }
    </figure>`;
  }

  /** The SVG map: water, countries, regions, presence layers, the border and the labels. */
  #renderSvg(model: MapModel | undefined, items: readonly MapItem[]): TemplateResult {
    const id = this.#ids;
    const width = model?.fit.width ?? 0;
    const height = model?.fit.height ?? 0;
    const scenarioName = this.#t(`scenarioLong.${this.scenario}`);
    const viewNote = this.view === 'ukraine' ? ` (${this.#t('viewUkraine')})` : '';
    return html`<svg
      viewBox="0 0 ${width} ${height}"
      class=${width < DOCKED_BELOW ? 'narrow' : ''}
      role="group"
      aria-label=${this.#t('mapName', { scenario: scenarioName }) + viewNote}
      aria-describedby="${id}-summary"
      @keydown=${this.#onKeydown}
    >
      ${renderPatterns(id)} ${model ? this.#renderModel(model, items) : nothing}
    </svg>`;
  }

  /** A focusable map item around `content` when `key` is one of the scenario's items. */
  #renderItem(
    items: readonly MapItem[],
    key: string,
    label: string,
    content: SVGTemplateResult,
  ): SVGTemplateResult {
    if (!items.some((i) => i.key === key)) return content;
    const active = this.activeKey === key;
    // One listener for every item and event (Lit calls it with the element as `this`).
    const on = this.#onItem;
    return svg`<g
      class="item ${active ? 'is-active' : ''}"
      data-key=${key}
      role="button"
      aria-label=${label}
      aria-describedby=${active ? `${this.#ids}-pop` : nothing}
      tabindex="-1"
      @pointerenter=${on}
      @pointerleave=${on}
      @click=${on}
      @focus=${on}
      @blur=${on}
    >${content}</g>`;
  }

  #renderModel(model: MapModel, items: readonly MapItem[]): SVGTemplateResult {
    const id = this.#ids;
    const lang = this.resolvedLang;
    // Markers shrink with the map (model.scale); the hit circle keeps a 28 px target.
    const scale = model.scale;
    // The Donbas is cross-hatched, Crimea lined; the border and the sea area are lines.
    const regionFill: Partial<Record<RegionKind, string>> = {
      'withdrawal-area': `url(#${id}-donbas)`,
      'occupied-context': `url(#${id}-crimea)`,
    };
    const regions = model.regions.map(({ region, d }) =>
      this.#renderItem(
        items,
        `r-${region.id}`,
        `${region.label[lang]}: ${this.#t(`kind.${region.kind}`)}`,
        svg`<path class="region region--${region.kind}" d=${d} fill=${regionFill[region.kind] ?? nothing}></path>
          <path class="focus" d=${d}></path>`,
      ),
    );
    const layers = model.layers.map((layer) => {
      const shown = inScenario(layer.presence, this.scenario);
      const sea = layer.domain === 'sea';
      const [x, y] = layer.marker;
      const content = svg`${
        layer.d
          ? svg`<path class="outline ${sea ? 'route' : ''}" d=${layer.d} marker-end=${sea ? `url(#${id}-arrow)` : nothing}></path>`
          : nothing
      }
        <g transform="translate(${x.toFixed(1)},${y.toFixed(1)})">
          <circle class="hit" r="14"></circle>
          <path class="mark" d=${MARKS[layer.domain]} transform=${scale < 1 ? `scale(${scale.toFixed(2)})` : nothing}></path>
          <circle class="focus" r=${(15 * scale).toFixed(1)}></circle>
        </g>`;
      return svg`<g class="layer ${layer.status} ${layer.russian ? 'russian' : ''} ${shown ? '' : 'off'}" aria-hidden=${shown ? nothing : 'true'}>
        ${shown ? this.#renderItem(items, `p-${layer.presence.id}`, layerName(lang, layer.presence), content) : content}
      </g>`;
    });
    return svg`<rect class="water" width=${model.fit.width} height=${model.fit.height}></rect>
      <g aria-hidden="true">${model.countries.map((c) => svg`<path class="c c--${c.role}" d=${c.d}></path>`)}</g>
      ${regions} ${layers}
      <path class="border" d=${model.border} aria-hidden="true"></path>
      <g aria-hidden="true">
        ${mapLabels(model, this.scenario, lang).map(
          (l) =>
            svg`<text class="label label--${l.priority}" x=${l.x.toFixed(1)} y=${l.y.toFixed(1)}>${l.text}</text>`,
        )}
      </g>`;
  }
}

// The tag's type comes with the class, so importing the package root (not only define.js)
// types document.querySelector('nato-presence-map').
declare global {
  interface GlobalEventHandlersEventMap {
    'nv-scenario-change': CustomEvent<NvScenarioChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'nato-presence-map': NatoPresenceMap;
  }
}
