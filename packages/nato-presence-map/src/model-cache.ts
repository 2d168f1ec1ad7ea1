import type { Lang } from '@nato-viz/core';
import type { Dataset } from '@nato-viz/data';
import { buildMap, type MapModel, type MapTopology } from './layers.js';
import { countryName } from './names.js';
import { fitProjection, type View } from './projection.js';

/** How many sizes (and languages) of one dataset and topology are kept: a resize drag must not grow the cache without bound. */
export const CACHED_SIZES = 8;

/**
 * The models of every element on the page, by dataset, then topology, then "view width lang".
 * Elements with the same data and size (or one element re-created) skip the topology work.
 * `undefined` is a cached answer too: no model at that width (0 px).
 */
const models = new WeakMap<Dataset, WeakMap<MapTopology, Map<string, MapModel | undefined>>>();

function modelsOf(data: Dataset, topology: MapTopology): Map<string, MapModel | undefined> {
  let byTopology = models.get(data);
  if (!byTopology) models.set(data, (byTopology = new WeakMap()));
  let byKey = byTopology.get(topology);
  if (!byKey) byTopology.set(topology, (byKey = new Map()));
  return byKey;
}

/** Whether the model of this dataset, topology, view, width and language has been built. */
export function isModelCached(
  data: Dataset,
  topology: MapTopology,
  view: View,
  width: number,
  lang: Lang,
): boolean {
  return modelsOf(data, topology).has(`${view} ${width} ${lang}`);
}

/**
 * The model of this dataset, topology, view, width (px) and language, built when it is not
 * cached; `undefined` where nothing can be drawn (0 px). Throws what `buildMap` throws for a
 * topology that cannot be drawn.
 */
export function cachedModel(
  data: Dataset,
  topology: MapTopology,
  view: View,
  width: number,
  lang: Lang,
): MapModel | undefined {
  const byKey = modelsOf(data, topology);
  const key = `${view} ${width} ${lang}`;
  if (byKey.has(key)) return byKey.get(key);
  // A Map iterates in insertion order: the first key is the oldest.
  if (byKey.size >= CACHED_SIZES) byKey.delete(byKey.keys().next().value!);
  const fit = fitProjection(view, width);
  const model =
    fit && buildMap(data, topology, fit, (id, fallback) => countryName(lang, id, fallback));
  byKey.set(key, model);
  return model;
}
