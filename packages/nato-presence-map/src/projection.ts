import { geoConicEqualAreaRaw } from 'd3-geo';

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
  // Indexing, not destructuring: this runs for every point of the map before V8 has optimised it.
  const p = raw((lon - CENTRAL_MERIDIAN) * RAD, lat * RAD);
  return [p[0], -p[1]];
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
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  const add = (lon: number, lat: number) => {
    const [x, y] = projectUnit(lon, lat);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  };
  for (let lon = w; lon <= e; lon += 1) {
    add(lon, s);
    add(lon, n);
  }
  for (let lat = s; lat <= n; lat += 1) {
    add(w, lat);
    add(e, lat);
  }
  add(e, s);
  add(e, n);
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
  const p = projectUnit(lon, lat);
  return [p[0] * fit.k + fit.tx, p[1] * fit.k + fit.ty];
}
