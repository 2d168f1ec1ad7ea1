import type { Topology, GeometryCollection, GeometryObject } from 'topojson-specification';
import type {
  Dataset,
  Domain,
  Presence,
  PresenceStatus,
  Region,
  Rung,
  Scenario,
} from '@nato-viz/data';
import { project, type Fit } from './projection.js';
import type { Lang } from '@nato-viz/core';
import { meshRuns, pointsPath, run, runsPath, screenArcs, shape } from './topology.js';
import { LABELS } from './names.js';

/** The scenarios the map shows: the deal is signed, or Russia keeps fighting. */
export const SCENARIOS = ['deal', 'no-deal'] as const satisfies readonly Scenario[];

/** How a country is drawn. */
export const COUNTRY_ROLES = ['ukraine', 'russia', 'nato', 'other'] as const;
export type CountryRole = (typeof COUNTRY_ROLES)[number];

/** The topology the map draws: `countries` (ISO alpha-3 ids) and `regions` (`donbas`, `crimea`). */
export type MapTopology = Topology<{
  countries: GeometryCollection<{ name?: string }>;
  regions?: GeometryCollection<{ name?: string }>;
}>;

/** A schematic shipping lane from Odesa to the Bosporus: the article names no route, so it is drawn as a sketch. */
export const BLACK_SEA_ROUTE: readonly [number, number][] = [
  [30.75, 46.4],
  [31.1, 45.3],
  [30.6, 43.9],
  [29.7, 42.3],
  [29.1, 41.25],
];

/** Members of NATO from the dataset's context facts (a fact whose id mentions `nato`). */
export function natoMembers(data: Pick<Dataset, 'context'>): Set<string> {
  return new Set(
    data.context.filter((c) => /(^|-)nato(-|$)/.test(c.id)).flatMap((c) => c.countries ?? []),
  );
}

/** The role of a country: Ukraine and Russia by ISO code, NATO members from the context facts. */
export function countryRole(id: string, nato: ReadonlySet<string>): CountryRole {
  return id === 'UKR' ? 'ukraine' : id === 'RUS' ? 'russia' : nato.has(id) ? 'nato' : 'other';
}

/** Ids of Russia (ISO code RUS) and the actors that belong to it (Putin, the Kremlin). */
export function russianActors(data: Pick<Dataset, 'actors'>): Set<string> {
  const ids = new Set(data.actors.filter((a) => a.iso3 === 'RUS').map((a) => a.id));
  for (const a of data.actors) if (a.partOf?.some((p) => ids.has(p))) ids.add(a.id);
  return ids;
}

/** Whether a presence record shows in `scenario`. */
export function inScenario(p: Presence, scenario: Scenario): boolean {
  return p.scenarios.includes(scenario);
}

/** The no-deal path's own steps (Russia keeps fighting): what the map says instead of troops. */
export function noDealSteps(data: Pick<Dataset, 'rungs'>): Rung[] {
  return data.rungs.filter((r) => r.path === 'no-deal');
}

/** A drawn country. */
export interface CountryShape {
  id: string;
  name: string;
  role: CountryRole;
  d: string;
  anchor?: [number, number];
}

/** A drawn region (Donbas, Crimea, the border, the sea routes). */
export interface RegionShape {
  region: Region;
  d: string;
  /** Lines (border, routes) rather than areas. */
  line: boolean;
  anchor: [number, number];
}

/** A drawn presence layer: a marker, plus an outline (air) or route (sea). */
export interface PresenceShape {
  presence: Presence;
  /** Whether Russia (or an actor part of it) is there, rather than Ukraine's partners. */
  russian: boolean;
  domain: Domain;
  status: PresenceStatus;
  marker: [number, number];
  /** Outline of the countries (air) or the route (sea); empty for ground. */
  d: string;
}

/** Everything the element draws at one size (every scenario: layers are shown or hidden by scenario). */
export interface MapModel {
  fit: Fit;
  countries: CountryShape[];
  regions: RegionShape[];
  /** The Ukraine–Russia land border. */
  border: string;
  layers: PresenceShape[];
  /** Marker size factor (0.45–1): markers shrink with Ukraine's drawn width so they stay inside it. */
  scale: number;
}

/** A topology geometry's `name` property. */
export const topologyName = (g: GeometryObject | undefined): string | undefined =>
  (g?.properties as { name?: string } | undefined)?.name;

/** The outline of a group of countries as mesh runs: arcs with exactly one side in the group, plus its coast. */
export function groupOutline(topology: MapTopology, ids: readonly string[]): number[][] {
  const set = new Set(ids);
  const inside = (g: GeometryObject) => set.has(String(g.id));
  return meshRuns(topology, topology.objects.countries, (a, b) =>
    a === b ? inside(a) : inside(a) !== inside(b),
  );
}

/** The shared land border of two countries as mesh runs. */
export function sharedBorder(topology: MapTopology, a: string, b: string): number[][] {
  return meshRuns(
    topology,
    topology.objects.countries,
    (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a),
  );
}

/**
 * The data's places the topology has no shape for — a region's `feature`, a presence's
 * countries — each as "path: message". Drawn, they would just be missing (the Donbas hatching
 * gone), so they are reported like the dataset's other unknown references. A topology without
 * a collection is not checked against it (it fails in the drawing).
 */
export function unknownPlaces(data: Dataset, topology: MapTopology): string[] {
  const { countries, regions } = topology.objects;
  const missing = (collection: GeometryCollection | undefined, id: string) =>
    collection && !collection.geometries.some((g) => g.id === id);
  const found: string[] = [];
  data.regions.forEach((r, i) => {
    if (r.feature && missing(regions, r.feature))
      found.push(`$.regions[${i}].feature: unknown map feature "${r.feature}"`);
  });
  data.presence.forEach((p, i) =>
    p.countries.forEach((c, j) => {
      if (missing(countries, c))
        found.push(`$.presence[${i}].countries[${j}]: unknown map country "${c}"`);
    }),
  );
  return found;
}

/** Marker spacing in px at full size (markers 24 px with a 4 px gap); times `MapModel.scale`. */
export const MARKER_STEP = 28;

/**
 * Builds what the element draws. Markers of every presence record are placed whatever the
 * scenario, so switching scenarios fades layers in and out without moving anything.
 * Markers sharing an anchor are set side by side, centred, just above it (the label sits on it; below
 * it, Ukraine's row would reach into Moldova).
 */
export function buildMap(
  data: Dataset,
  topology: MapTopology,
  fit: Fit,
  names: (id: string, fallback: string) => string,
): MapModel {
  // Every arc decoded and projected once; countries, regions and outlines are strung from them.
  const arcs = screenArcs(topology, fit);
  const nato = natoMembers(data);
  const anchors = new Map<string, [number, number]>();
  const countryShapes: CountryShape[] = topology.objects.countries.geometries.map((g) => {
    const id = String(g.id);
    const { d, anchor } = shape(arcs, g);
    if (anchor) anchors.set(id, anchor);
    return {
      id,
      name: names(id, topologyName(g) ?? id),
      role: countryRole(id, nato),
      d,
      ...(anchor ? { anchor } : {}),
    };
  });
  const route = pointsPath(
    BLACK_SEA_ROUTE.flatMap(([lon, lat]) => project(fit, lon, lat)),
    false,
  );
  const routeMid = project(fit, ...BLACK_SEA_ROUTE[2]!);
  const regionShapes: RegionShape[] = [];
  for (const region of data.regions) {
    const g = region.feature
      ? topology.objects.regions?.geometries.find((x) => String(x.id) === region.feature)
      : undefined;
    if (g) {
      const { d, anchor } = shape(arcs, g);
      regionShapes.push({ region, d, line: false, anchor: anchor ?? [0, 0] });
    } else if (region.kind === 'border' && region.countries?.length === 2) {
      const [a, b] = region.countries as [string, string];
      const runs = sharedBorder(topology, a, b);
      // The middle point of the border's lines, counted over all of them.
      const pts = runs.flatMap((r) => run(arcs, r, 2));
      const mid = Math.floor(pts.length / 4) * 2;
      regionShapes.push({
        region,
        d: runsPath(arcs, runs),
        line: true,
        anchor: pts.length ? [pts[mid]!, pts[mid + 1]!] : [0, 0],
      });
    } else if (region.kind === 'sea-area') {
      regionShapes.push({ region, d: route, line: true, anchor: routeMid });
    }
  }
  const groupAnchor = (ids: readonly string[]) => {
    const pts = ids.map((id) => anchors.get(id)).filter((p): p is [number, number] => !!p);
    if (!pts.length) return undefined;
    return [
      pts.reduce((s, p) => s + p[0], 0) / pts.length,
      pts.reduce((s, p) => s + p[1], 0) / pts.length,
    ] as [number, number];
  };
  // Ukraine is ~180 px wide on an 800 px map of Europe; narrower maps draw smaller markers.
  const scale = Math.min(
    1,
    Math.max(0.45, (project(fit, 40, 48.5)[0] - project(fit, 22.2, 48.5)[0]) / 180),
  );
  const russian = russianActors(data);
  const slots = new Map<string, number>();
  const placed = data.presence.map((p) => {
    const sea = p.domain === 'sea';
    const base = sea
      ? routeMid
      : (groupAnchor(p.countries) ??
        regionShapes.find((r) => p.regions.includes(r.region.id))?.anchor ??
        routeMid);
    // Records shown in the same scenarios share a row; rows of different scenarios overlap,
    // which is fine because they are never shown together (a record in both scenarios keeps
    // its own row at the same place).
    const key = `${Math.round(base[0])},${Math.round(base[1])},${[...p.scenarios].sort().join()}`;
    const slot = slots.get(key) ?? 0;
    slots.set(key, slot + 1);
    const d = sea
      ? route
      : p.domain === 'air' && p.countries.length
        ? runsPath(arcs, groupOutline(topology, p.countries))
        : '';
    return { p, base, key, slot, d };
  });
  const layers = placed.map(({ p, base, key, slot, d }): PresenceShape => {
    const n = slots.get(key)!;
    const x = base[0] + (slot - (n - 1) / 2) * MARKER_STEP * scale;
    return {
      presence: p,
      russian: russian.has(p.actor),
      domain: p.domain,
      status: p.status,
      marker: [x, base[1] - (p.domain === 'sea' ? 0 : 3 + 10 * scale)],
      d,
    };
  });
  return {
    fit,
    countries: countryShapes,
    regions: regionShapes,
    border: runsPath(arcs, sharedBorder(topology, 'UKR', 'RUS')),
    layers,
    scale,
  };
}

/** A label to place on the map. */
export interface Label {
  id: string;
  text: string;
  x: number;
  y: number;
  /** 1 is most important; labels with a higher number go first when space runs out. */
  priority: number;
}

/**
 * Keeps the labels that fit: most important first, each kept only if its box (estimated from
 * the text length) stays inside the map and clear of those already kept and of `obstacles`
 * (marker boxes). On narrow maps only priorities 1–2 are considered.
 */
export function thinLabels(
  labels: readonly Label[],
  width: number,
  height: number,
  fontPx: number,
  obstacles: readonly [number, number, number, number][] = [],
): Label[] {
  const maxPriority = width < 480 ? 2 : width < 800 ? 3 : 4;
  const boxes: [number, number, number, number][] = [...obstacles];
  const kept: Label[] = [];
  const sorted = labels
    .map((l, i) => ({ l, i }))
    .sort((a, b) => a.l.priority - b.l.priority || a.i - b.i);
  for (const { l } of sorted) {
    if (l.priority > maxPriority) continue;
    const w = l.text.length * fontPx * 0.56 + 4;
    const h = fontPx * 1.2;
    const box: [number, number, number, number] = [
      l.x - w / 2,
      l.y - h / 2,
      l.x + w / 2,
      l.y + h / 2,
    ];
    if (box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) continue;
    if (boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]))
      continue;
    boxes.push(box);
    kept.push(l);
  }
  return kept;
}

/** Font size of the map's labels, px: smaller on narrow maps. */
export function labelFontPx(width: number): number {
  return width < 480 ? 10 : 12;
}

/** Half the side of the box a marker keeps clear of labels at full size, px (times `MapModel.scale`). */
const MARKER_CLEARANCE = 12;

/**
 * The labels drawn on a model in a scenario: the countries of `LABELS` by their priority (Ukraine's
 * a little low, clear of its markers' row) and the areas of the regions (their name without a
 * bracketed note), thinned to those that fit and do not cover the scenario's markers.
 */
export function mapLabels(model: MapModel, scenario: Scenario, lang: Lang): Label[] {
  const { width, height } = model.fit;
  const labels: Label[] = [];
  for (const c of model.countries) {
    const priority = LABELS[c.id]?.[0];
    if (priority && c.anchor) {
      const y = c.id === 'UKR' ? c.anchor[1] + 7 : c.anchor[1];
      labels.push({ id: c.id, text: c.name, x: c.anchor[0], y, priority });
    }
  }
  for (const r of model.regions) {
    if (!r.line)
      labels.push({
        id: r.region.id,
        text: r.region.label[lang].replace(/\s*\(.*\)$/, ''),
        x: r.anchor[0],
        y: r.anchor[1],
        priority: 2,
      });
  }
  const clearance = MARKER_CLEARANCE * model.scale;
  const markers = model.layers
    .filter((l) => inScenario(l.presence, scenario))
    .map(({ marker: [x, y] }): [number, number, number, number] => [
      x - clearance,
      y - clearance,
      x + clearance,
      y + clearance,
    ]);
  return thinLabels(labels, width, height, labelFontPx(width), markers);
}
