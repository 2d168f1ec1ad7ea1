import { translate, type Lang } from '@nato-viz/core';
import type { Citation, ContextSource, Dataset, Presence, Scenario } from '@nato-viz/data';
import { inScenario, noDealSteps, type MapModel } from './layers.js';
import { messages, type MessageKey } from './messages.js';

/** One thing on the map a reader can point at: a presence layer or a region. */
export interface MapItem {
  /** `p-<presence id>` or `r-<region id>`: the item's `data-key`. */
  key: string;
  name: string;
  /** "proposed · air", or the region's kind. */
  status: string;
  /** Where its popover points, in map coordinates. */
  x: number;
  y: number;
  citations: readonly Citation[];
  context: readonly ContextSource[];
}

/** A map message in `lang`. */
export function mapText(
  lang: Lang,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  return translate(messages, lang, key, vars);
}

/** A layer's label with its status in brackets, merged with the label's own note: "… (precedent, bestaand)". */
export function layerName(lang: Lang, p: Presence): string {
  const label = p.label[lang];
  const status = mapText(lang, `status.${p.status}`);
  return label.endsWith(')') ? `${label.slice(0, -1)}, ${status})` : `${label} (${status})`;
}

/** A layer's status and domain: "proposed · air". */
export function layerStatus(lang: Lang, p: Presence): string {
  return `${mapText(lang, `status.${p.status}`)} · ${mapText(lang, `domain.${p.domain}`)}`;
}

/** The items a reader can focus, in reading order: the scenario's presence layers, then the regions. */
export function mapItems(model: MapModel | undefined, scenario: Scenario, lang: Lang): MapItem[] {
  if (!model) return [];
  const layers = model.layers
    .filter((layer) => inScenario(layer.presence, scenario))
    .map(({ presence, marker }): MapItem => ({
      key: `p-${presence.id}`,
      name: presence.label[lang],
      status: layerStatus(lang, presence),
      x: marker[0],
      y: marker[1],
      citations: presence.citations,
      context: presence.context ?? [],
    }));
  const regions = model.regions.map(({ region, anchor }): MapItem => ({
    key: `r-${region.id}`,
    name: region.label[lang],
    status: mapText(lang, `kind.${region.kind}`),
    x: anchor[0],
    y: anchor[1],
    citations: region.citations,
    context: region.context ?? [],
  }));
  return [...layers, ...regions];
}

/** How far each arrow key moves between the map's items (the reading order wraps around). */
const ARROW_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/**
 * The index of the item `key` moves to from item `index` of `count`: the arrows step (and wrap),
 * Home and End jump to the first and last; `undefined` for any other key or no items.
 */
export function itemIndexAfterKey(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  const step = ARROW_STEPS[key];
  if (step !== undefined) return (index + step + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * The text alternative of the map in a scenario: the scenario, one sentence per layer shown
 * (a label's own note joins its status), the no-deal path's steps, and each region with its kind.
 */
export function mapSummary(
  data: Dataset,
  items: readonly MapItem[],
  scenario: Scenario,
  lang: Lang,
): string {
  const layers = data.presence.filter((p) => inScenario(p, scenario));
  const sentences = [`${mapText(lang, `scenarioLong.${scenario}`)}.`];
  const inUkraine = layers.filter((p) => p.countries.includes('UKR') || p.domain === 'sea');
  if (scenario === 'no-deal' && inUkraine.length === 0)
    sentences.push(mapText(lang, 'summaryNone'));
  for (const p of layers) sentences.push(`${layerName(lang, p)}.`);
  if (scenario === 'no-deal') {
    for (const step of noDealSteps(data)) sentences.push(`${step.label[lang]}.`);
  }
  const regions = items
    .filter((item) => item.key.startsWith('r-'))
    .map((item) => `${item.name}: ${item.status}`);
  if (regions.length > 0) sentences.push(`${regions.join('. ')}.`);
  return sentences.join(' ');
}
