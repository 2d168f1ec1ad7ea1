// The parts of <nato-presence-map> drawn from plain data: the SVG patterns, the legend, the
// popover and the "show as table" alternative. Pure functions of their arguments.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import {
  formatList,
  renderCitations,
  renderContext,
  renderTableToggle,
  translate,
  coreMessages,
  type Lang,
  type SliceController,
} from '@nato-viz/core';
import type { Citation, ContextSource, Dataset, Scenario } from '@nato-viz/data';
import { SCENARIOS, natoMembers, topologyName, type MapTopology } from './layers.js';
import { countryName } from './names.js';
import { layerStatus, mapText, type MapItem } from './items.js';
import type { MessageKey } from './messages.js';
import type { Domain } from '@nato-viz/data';

/** The marker of each domain, centred on 0,0 (24 px across at full size). */
export const MARKS: Readonly<Record<Domain, string>> = {
  ground: 'M-8,-8H8V8H-8Z',
  air: 'M0,-10L10,8H-10Z',
  sea: 'M0,-10L10,0L0,10L-10,0Z',
};

/**
 * The fills that tell areas apart without colour (ids prefixed with the element's `id`): Russia
 * hatched, NATO members dotted, the Donbas cross-hatched, Crimea lined; and the sea route's arrow.
 */
export function renderPatterns(id: string): SVGTemplateResult {
  return svg`<defs>
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
  </defs>`;
}

/** The popover of the open item: its name, status, citations and context. */
export function renderPopover(
  lang: Lang,
  item: MapItem,
  id: string,
  docked: boolean,
): TemplateResult {
  return html`<div id=${id} part="popover" class="popover ${docked ? 'docked' : ''}">
    <p class="pop-title">${item.name}</p>
    <p class="nv-muted">${item.status}</p>
    ${renderCitations(lang, item.citations)} ${renderContext(lang, item.context)}
  </div>`;
}

/** The legend: every kind of area, line and marker, in HTML with a small SVG swatch each. */
export function renderLegend(lang: Lang, data: Dataset, id: string): TemplateResult {
  const area = (cls: string, fill?: string) =>
    svg`<rect class=${cls} x="1" y="1" width="26" height="16" fill=${fill ?? nothing}></rect>`;
  const mark = (domain: Domain) =>
    svg`<g class="proposed"><g transform="translate(14,9) scale(0.75)"><path class="mark" d=${MARKS[domain]}></path></g></g>`;
  const line = (cls: string, route = false) =>
    svg`<g class=${cls}><line class="outline ${route ? 'route' : ''}" x1="1" y1="9" x2="26" y2="9" marker-end=${route ? `url(#${id}-arrow)` : nothing}></line></g>`;
  const rows: [swatch: SVGTemplateResult, text: MessageKey][] = [
    [area('c c--ukraine'), 'role.ukraine'],
    [area('c c--russia'), 'role.russia'],
    // NATO members come from the dataset's context facts; without them, no member is drawn.
    ...(natoMembers(data).size > 0
      ? [[area('c c--nato'), 'role.nato'] as [SVGTemplateResult, MessageKey]]
      : []),
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
  return html`<ul part="legend" class="legend" aria-label=${translate(coreMessages, lang, 'legend')}>
    ${rows.map(
      ([swatch, key]) =>
        html`<li><svg viewBox="0 0 28 18" aria-hidden="true">${swatch}</svg><span>${mapText(lang, key)}</span></li>`,
    )}
  </ul>`;
}

/** What {@link renderTable} draws. */
export interface TableOptions {
  lang: Lang;
  data: Dataset;
  topology: MapTopology;
  open: boolean;
  /** The id of the table's container. */
  id: string;
  onToggle: () => void;
  /** Which of the rows to render now (the element adds the rest in slices). */
  slices: SliceController;
}

/** One row of the table. */
interface TableRow {
  name: string;
  where: string | number;
  status: string;
  scenarios: string;
  citations: readonly Citation[];
  context: readonly ContextSource[];
}

/**
 * The rows: every presence layer, region and NATO context fact with where it is, its status,
 * the scenarios it is in and its citations.
 */
function tableRows({ lang, data, topology }: TableOptions): TableRow[] {
  const countries = topology.objects.countries.geometries;
  const where = (ids: readonly string[] = [], regions: readonly string[] = []) =>
    formatList(lang, [
      ...ids.map((c) => countryName(lang, c, topologyName(countries.find((g) => g.id === c)) ?? c)),
      ...regions.map((r) => data.regions.find((region) => region.id === r)?.label[lang] ?? r),
    ]);
  const scenarios = (list: readonly Scenario[] = SCENARIOS) =>
    formatList(
      lang,
      list.map((s) => mapText(lang, `scenario.${s}`)),
    );
  const context = translate(coreMessages, lang, 'context');
  return [
    ...data.presence.map((p) => ({
      name: p.label[lang],
      where: where(p.countries, p.regions),
      status: layerStatus(lang, p),
      scenarios: scenarios(p.scenarios),
      citations: p.citations,
      context: p.context ?? [],
    })),
    ...data.regions.map((r) => ({
      name: r.label[lang],
      where: where(r.countries),
      status: mapText(lang, `kind.${r.kind}`),
      scenarios: scenarios(),
      citations: r.citations,
      context: r.context ?? [],
    })),
    ...data.context
      .filter((c) => natoMembers({ context: [c] }).size > 0)
      .map((c) => ({
        name: c.label[lang],
        where: (c.countries ?? []).length,
        status: context,
        scenarios: scenarios(),
        citations: [],
        context: c.context,
      })),
  ];
}

/** The "show as table" button and, while open, the table of every layer, region and NATO fact. */
export function renderTable(options: TableOptions): TemplateResult {
  const { lang, open, id, onToggle, slices } = options;
  const rows = open ? slices.rows(tableRows(options)) : [];
  const heads: MessageKey[] = ['layer', 'where', 'status', 'scenarios', 'citation'];
  // The rows are built only while the table is open: their Intl list formatting stays out of the first render.
  return html`${renderTableToggle({ lang, open, controls: id, onToggle })}
    <div class="table-wrap" id=${id} part="table" ?hidden=${!open}>
      ${
        open
          ? html`<table aria-busy=${String(slices.busy)}>
            <caption>${mapText(lang, 'tableCaption')}</caption>
            <thead>
              <tr>${heads.map((key) => html`<th scope="col">${mapText(lang, key)}</th>`)}</tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) => html`<tr>
                  <th scope="row">${row.name}</th>
                  <td>${row.where}</td>
                  <td>${row.status}</td>
                  <td>${row.scenarios}</td>
                  <td>${renderCitations(lang, row.citations)} ${renderContext(lang, row.context)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
          : nothing
      }
    </div>`;
}
