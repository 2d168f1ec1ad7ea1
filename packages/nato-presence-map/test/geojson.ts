// Reference drawing of GeoJSON for the tests: the map's former GeoJSON path walker. The map now
// strings its paths from projected TopoJSON arcs (src/topology.ts); the tests check that it draws
// exactly what this gives for topojson-client's GeoJSON.
import type { Feature, Geometry, Position } from 'geojson';
import { project, type Fit } from '../src/projection.js';

const r1 = (v: number) => Math.round(v * 10) / 10;

/** What `pathData` and `anchorOf` draw: a GeoJSON line or polygon geometry, or a feature of one. */
export type Drawable = Geometry | Feature<Geometry | null>;

/**
 * Calls `fn` with each line and polygon ring of `object`, projected with `fit`. A ring comes
 * without its closing point (which repeats the first), as d3-geo's `geoStream` gives it.
 */
function eachLine(
  fit: Fit,
  object: Drawable,
  fn: (points: [number, number][], ring: boolean) => void,
): void {
  const g = object.type === 'Feature' ? object.geometry : object;
  const lines: Position[][] =
    g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
  const rings =
    g?.type === 'Polygon' ? g.coordinates : g?.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  for (const l of lines)
    fn(
      l.map((p) => project(fit, p[0]!, p[1]!)),
      false,
    );
  for (const r of rings)
    fn(
      r.slice(0, -1).map((p) => project(fit, p[0]!, p[1]!)),
      true,
    );
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
    let a = 0,
      cx = 0,
      cy = 0;
    for (let i = 0, n = ring.length; i < n; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[(i + 1) % n]!;
      const c = x0 * y1 - x1 * y0;
      a += c;
      cx += (x0 + x1) * c;
      cy += (y0 + y1) * c;
    }
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  });
  return best;
}
