import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { projectUnit, type Fit } from './projection.js';

/**
 * Draws TopoJSON as SVG path data from projected arcs: each arc of the topology is decoded
 * and projected once per size (shared borders are not projected twice, and no GeoJSON is
 * built), then strung into polygon outlines and into mesh lines (`meshRuns`, a port of
 * topojson-client's `meshArcs`). src/topology.test.ts checks that the path data and anchors equal topojson-client's
 * `feature`/`mesh` GeoJSON drawn with `pathData`, point for point, for the real topology.
 */

/** Every arc of a topology on screen at a fit: x0, y0, x1, y1, … in pixels. */
export type ScreenArcs = Float64Array[];

/** TopoJSON refers to an arc drawn backwards by the one's complement of its index (`~i`). */
function arcIndex(ref: number): number {
  return ref < 0 ? ~ref : ref;
}

/** Decodes (delta + transform) and projects every arc once. */
export function screenArcs(topology: Topology, fit: Fit): ScreenArcs {
  const transform = topology.transform;
  const { k, tx, ty } = fit;
  // Plain loops and indexing: this runs once per point on the first render, before V8 has
  // optimised anything, where closures and array destructuring cost several times more.
  return topology.arcs.map((arc) => {
    const out = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    for (let j = 0; j < arc.length; j++) {
      const position = arc[j]!;
      let lon = position[0]!;
      let lat = position[1]!;
      if (transform) {
        // Quantized topologies store each position as the difference from the previous one.
        x += lon;
        y += lat;
        lon = x * transform.scale[0] + transform.translate[0];
        lat = y * transform.scale[1] + transform.translate[1];
      }
      const unit = projectUnit(lon, lat);
      out[2 * j] = unit[0] * k + tx;
      out[2 * j + 1] = unit[1] * k + ty;
    }
    return out;
  });
}

/**
 * The screen points (x, y, x, y, …) of a run of arcs — a ring or a stitched line. Consecutive
 * arcs share a point (the end of one is the start of the next), which is kept once; a run is
 * padded to at least `min` points, as topojson-client's `line` and `ring` do.
 */
export function run(arcs: ScreenArcs, refs: readonly number[], min: number): number[] {
  const points: number[] = [];
  for (const ref of refs) {
    // Drop the previous arc's last point: this arc starts with it.
    if (points.length > 0) points.splice(-2, 2);
    const arc = arcs[arcIndex(ref)]!;
    if (ref < 0) {
      for (let j = arc.length - 2; j >= 0; j -= 2) points.push(arc[j]!, arc[j + 1]!);
    } else {
      for (let j = 0; j < arc.length; j += 2) points.push(arc[j]!, arc[j + 1]!);
    }
  }
  while (points.length > 0 && points.length < 2 * min) points.push(points[0]!, points[1]!);
  return points;
}

/** A coordinate rounded to 0.1 px. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** SVG path data of screen points rounded to 0.1 px; a ring drops its closing point and ends with `Z`. */
export function pointsPath(points: readonly number[], ring: boolean): string {
  const end = ring ? points.length - 2 : points.length;
  let d = '';
  for (let j = 0; j < end; j += 2) {
    d += `${j === 0 ? 'M' : 'L'}${round1(points[j]!)},${round1(points[j + 1]!)}`;
  }
  return ring ? `${d}Z` : d;
}

/** The rings of each polygon of a (multi)polygon; none for other geometry types. */
function polygons(g: GeometryObject): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  return [];
}

/** Twice the signed area of a closed ring of screen points, and its centroid (the shoelace formula). */
function ringCentroid(points: readonly number[]): { area2: number; x: number; y: number } {
  // The last point repeats the first.
  const n = points.length - 2;
  let area2 = 0;
  let cx = 0;
  let cy = 0;
  for (let j = 0; j < n; j += 2) {
    const next = (j + 2) % n;
    const cross = points[j]! * points[next + 1]! - points[next]! * points[j + 1]!;
    area2 += cross;
    cx += (points[j]! + points[next]!) * cross;
    cy += (points[j + 1]! + points[next + 1]!) * cross;
  }
  return { area2, x: cx / (3 * area2), y: cy / (3 * area2) };
}

/**
 * A polygon geometry on screen: its path data, and the area-weighted centroid of its largest
 * ring (so islands and exclaves do not pull a label off the mainland; `undefined` without rings).
 */
export function shape(
  arcs: ScreenArcs,
  g: GeometryObject,
): { d: string; anchor?: [number, number] } {
  let d = '';
  let anchor: [number, number] | undefined;
  let largest = 0;
  for (const polygon of polygons(g)) {
    for (const ring of polygon) {
      const points = run(arcs, ring, 4);
      d += pointsPath(points, true);
      const { area2, x, y } = ringCentroid(points);
      if (Math.abs(area2) > largest) {
        largest = Math.abs(area2);
        anchor = [x, y];
      }
    }
  }
  return anchor ? { d, anchor } : { d };
}

/** A run of stitched arcs and the keys of its first and last point. */
interface Fragment {
  refs: number[];
  start: string;
  end: string;
}

/** The first and last point of arc `ref` (in the topology's own coordinates), as map keys. */
function ends(topology: Topology, ref: number): [string, string] {
  const arc = topology.arcs[arcIndex(ref)]!;
  const first = arc[0]!;
  let last = arc[arc.length - 1]!;
  if (topology.transform) {
    // Quantized: the last point is the sum of the deltas.
    last = [0, 0];
    for (const delta of arc) last = [last[0]! + delta[0]!, last[1]! + delta[1]!];
  }
  const key = (p: readonly number[]) => `${p[0]},${p[1]}`;
  return ref < 0 ? [key(last), key(first)] : [key(first), key(last)];
}

/**
 * Joins arcs that meet end to start into runs: topojson-client's `stitch`, ported with `Map`s
 * where it keys plain objects and walks them with `for … in` (which also visits whatever a
 * page added to `Object.prototype`, and then throws).
 */
function stitch(topology: Topology, arcs: number[]): number[][] {
  const byStart = new Map<string, Fragment>();
  const byEnd = new Map<string, Fragment>();
  const keep = (f: Fragment) => {
    byStart.set(f.start, f);
    byEnd.set(f.end, f);
  };
  // Empty arcs first, since they may be subsumed by other arcs.
  let emptyIndex = -1;
  arcs.forEach((ref, j) => {
    const arc = topology.arcs[arcIndex(ref)]!;
    if (arc.length < 3 && !arc[1]![0] && !arc[1]![1]) {
      const swapped = arcs[++emptyIndex]!;
      arcs[emptyIndex] = ref;
      arcs[j] = swapped;
    }
  });
  for (const ref of arcs) {
    const [start, end] = ends(topology, ref);
    const before = byEnd.get(start);
    const after = byStart.get(end);
    if (before) {
      byEnd.delete(before.end);
      before.refs.push(ref);
      before.end = end;
      const next = byStart.get(end);
      if (next) {
        byStart.delete(next.start);
        keep(
          next === before
            ? before
            : { refs: before.refs.concat(next.refs), start: before.start, end: next.end },
        );
      } else keep(before);
    } else if (after) {
      byStart.delete(after.start);
      after.refs.unshift(ref);
      after.start = start;
      const previous = byEnd.get(start);
      if (previous) {
        byEnd.delete(previous.end);
        keep(
          previous === after
            ? after
            : { refs: previous.refs.concat(after.refs), start: previous.start, end: after.end },
        );
      } else keep(after);
    } else keep({ refs: [ref], start, end });
  }
  const stitched = new Set<number>();
  const fragments: number[][] = [];
  const flush = (from: Map<string, Fragment>, other: Map<string, Fragment>) => {
    for (const f of from.values()) {
      other.delete(f.start);
      for (const ref of f.refs) stitched.add(arcIndex(ref));
      fragments.push(f.refs);
    }
  };
  flush(byEnd, byStart);
  flush(byStart, byEnd);
  for (const ref of arcs) if (!stitched.has(arcIndex(ref))) fragments.push([ref]);
  return fragments;
}

/**
 * The mesh of a collection of (multi)polygons as runs of arc references: each arc whose first
 * and last geometry pass `filter` (the same geometry twice for a coast), stitched into lines.
 * A port of topojson-client's `meshArcs` (ISC, Copyright 2012-2019 Michael Bostock) that
 * survives a polluted `Object.prototype` (see `stitch`). Draw them with `runsPath`.
 */
export function meshRuns(
  topology: Topology,
  collection: GeometryCollection,
  filter: (a: GeometryObject, b: GeometryObject) => boolean,
): number[][] {
  const geometriesByArc: { ref: number; g: GeometryObject }[][] = [];
  for (const g of collection.geometries) {
    for (const polygon of polygons(g)) {
      for (const ring of polygon)
        for (const ref of ring) (geometriesByArc[arcIndex(ref)] ??= []).push({ ref, g });
    }
  }
  const arcs: number[] = [];
  // forEach skips the arcs no geometry uses, as topojson-client does.
  geometriesByArc.forEach((uses) => {
    if (filter(uses[0]!.g, uses[uses.length - 1]!.g)) arcs.push(uses[0]!.ref);
  });
  return stitch(topology, arcs);
}

/** SVG path data of mesh runs (open lines). */
export function runsPath(arcs: ScreenArcs, runs: readonly number[][]): string {
  return runs.map((refs) => pointsPath(run(arcs, refs, 2), false)).join('');
}
