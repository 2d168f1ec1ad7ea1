import { geoConicEqualAreaRaw } from 'd3-geo';
import type { Feature, Geometry, Position } from 'geojson';

/**
 * The map's projection: Albers-type conic equal-area (d3-geo's `geoConicEqualAreaRaw`) with
 * standard parallels 43°N and 62°N and central meridian 30°E.
 *
 * Why equal-area: the map compares the size of places (the Donbas against Ukraine, Ukraine
 * against the Baltic states and Russia's European part), so areas must not be distorted the way
 * Mercator inflates the north. Why these parameters: the parallels bracket Europe from the Black
 * Sea to Scandinavia (distortion is least between them) and the central meridian runs through
 * Ukraine, so the country at the heart of the story is drawn upright and least sheared.
 *
 * Why the raw projection and not `geoConicEqualArea()`: the full d3 projection pipeline (spherical
 * clipping, adaptive resampling, `fitExtent`) costs about 7.5 KB gzip, and does nothing for this
 * map — its frame never reaches the antimeridian and the topology is dense (≈0.3 px steps), so
 * resampling adds no visible detail. Fitting a linear scale and translation is a few lines.
 */
export const PARALLELS = [43, 62] as const;
/** Central meridian (°E): d3's `rotate([-30, 0])`. */
export const CENTRAL_MERIDIAN = 30;

/** The map's views: all of Europe, or zoomed to Ukraine and its neighbours. */
export const VIEWS = ['europe', 'ukraine'] as const;
export type View = (typeof VIEWS)[number];

/** The geographic frame of each view: west, south, east, north (degrees). */
export const VIEW_FRAMES: Record<View, readonly [number, number, number, number]> = {
  europe: [-11, 35, 52, 70],
  ukraine: [20.5, 43.2, 41.5, 53.6],
};

const RAD = Math.PI / 180;
const raw = geoConicEqualAreaRaw(PARALLELS[0] * RAD, PARALLELS[1] * RAD);

/** Projects a longitude/latitude to unit-scale screen coordinates (y down). */
export function projectUnit(lon: number, lat: number): [number, number] {
  const [x, y] = raw((lon - CENTRAL_MERIDIAN) * RAD, lat * RAD);
  return [x, -y];
}

/** A projection fitted to a width: screen = unit × k + (tx, ty). */
export interface Fit {
  view: View;
  width: number;
  height: number;
  k: number;
  tx: number;
  ty: number;
}

const bounds = new Map<View, [number, number, number, number]>();

/** The unit-scale bounds of a view's frame, sampled every degree along its edges (computed once per view). */
function frameBounds(view: View): [number, number, number, number] {
  const known = bounds.get(view);
  if (known) return known;
  const [w, s, e, n] = VIEW_FRAMES[view];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const add = (lon: number, lat: number) => {
    const [x, y] = projectUnit(lon, lat);
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  };
  for (let lon = w; lon <= e; lon += 1) { add(lon, s); add(lon, n); }
  for (let lat = s; lat <= n; lat += 1) { add(w, lat); add(e, lat); }
  add(e, s); add(e, n);
  const b: [number, number, number, number] = [x0, y0, x1, y1];
  bounds.set(view, b);
  return b;
}

/** Height ÷ width of each view; the element reserves this aspect ratio before it draws. */
export function aspectRatio(view: View): number {
  const [x0, y0, x1, y1] = frameBounds(view);
  return (y1 - y0) / (x1 - x0);
}

/**
 * Fits the projection so the view's frame spans `width` pixels. `undefined` for a width that
 * cannot be drawn (zero, negative, not finite — e.g. while the element is `display: none`).
 */
export function fitProjection(view: View, width: number): Fit | undefined {
  if (!(width > 0) || !Number.isFinite(width)) return undefined;
  const [x0, y0, x1, y1] = frameBounds(view);
  const k = width / (x1 - x0);
  return { view, width, height: Math.round((y1 - y0) * k * 10) / 10, k, tx: -x0 * k, ty: -y0 * k };
}

/** Projects a longitude/latitude with a fit. */
export function project(fit: Fit, lon: number, lat: number): [number, number] {
  const [x, y] = projectUnit(lon, lat);
  return [x * fit.k + fit.tx, y * fit.k + fit.ty];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** What `pathData` and `anchorOf` draw: a GeoJSON line or polygon geometry, or a feature of one. */
export type Drawable = Geometry | Feature<Geometry | null>;

/**
 * Calls `fn` with each line and polygon ring of `object`, projected with `fit`. A ring comes
 * without its closing point (which repeats the first), as d3-geo's `geoStream` gives it.
 */
function eachLine(fit: Fit, object: Drawable, fn: (points: [number, number][], ring: boolean) => void): void {
  const g = object.type === 'Feature' ? object.geometry : object;
  const lines: Position[][] = g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
  const rings = g?.type === 'Polygon' ? g.coordinates : g?.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  for (const l of lines) fn(l.map((p) => project(fit, p[0]!, p[1]!)), false);
  for (const r of rings) fn(r.slice(0, -1).map((p) => project(fit, p[0]!, p[1]!)), true);
}

/**
 * The SVG path data of a GeoJSON line or polygon (or a feature of one) under `fit`, coordinates
 * rounded to 0.1 px; polygon rings are closed with `Z`, lines are left open.
 */
export function pathData(fit: Fit, object: Drawable): string {
  let d = '';
  eachLine(fit, object, (points, ring) => {
    points.forEach(([x, y], i) => (d += `${i ? 'L' : 'M'}${r1(x)},${r1(y)}`));
    if (ring) d += 'Z';
  });
  return d;
}

/**
 * Where to put a label or marker for a GeoJSON object: the area-weighted centroid of its largest
 * ring on screen (so islands and exclaves do not pull it off the mainland). `undefined` when
 * the object has no ring.
 */
export function anchorOf(fit: Fit, object: Drawable): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestArea = 0;
  eachLine(fit, object, (ring, closed) => {
    if (!closed) return;
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, n = ring.length; i < n; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[(i + 1) % n]!;
      const c = x0 * y1 - x1 * y0;
      a += c; cx += (x0 + x1) * c; cy += (y0 + y1) * c;
    }
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  });
  return best;
}
