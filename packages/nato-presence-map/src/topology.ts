import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { projectUnit, type Fit } from './projection.js';

/**
 * A small TopoJSON renderer for exactly what the map needs: polygon outlines with their label
 * anchors, and the mesh of arcs between two filtered sides (arcs stitched into lines). It ports
 * topojson-client 3.1's `feature`, `mesh` and `stitch` for these cases, but works on the arcs
 * themselves: each arc is decoded and projected once per size (shared borders are not projected
 * twice, and no GeoJSON is built), then strung into SVG path data. src/topology.test.ts checks
 * that the path data and anchors equal topojson-client's GeoJSON drawn with `pathData`, point for
 * point, for the real topology.
 */

type Arc = number[][];

/** Every arc of a topology on screen at a fit: x0, y0, x1, y1, … in pixels. */
export type ScreenArcs = Float64Array[];

/** Decodes (delta + transform) and projects every arc once. */
export function screenArcs(topology: Topology, fit: Fit): ScreenArcs {
  const t = topology.transform;
  const { k, tx, ty } = fit;
  // Plain loops and indexing: this runs once per point on the first render, before V8 has
  // optimised anything, where closures and array destructuring cost several times more.
  return topology.arcs.map((arc) => {
    const out = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    for (let j = 0; j < arc.length; j++) {
      const p = arc[j]!;
      const q = t ? projectUnit((x += p[0]!) * t.scale[0] + t.translate[0], (y += p[1]!) * t.scale[1] + t.translate[1]) : projectUnit(p[0]!, p[1]!);
      out[2 * j] = q[0] * k + tx;
      out[2 * j + 1] = q[1] * k + ty;
    }
    return out;
  });
}

/**
 * The screen points (x, y, x, y, …) of a run of arcs — a ring or a stitched line — with the
 * shared point of consecutive arcs kept once; at least `min` points (as topojson-client's `line`).
 */
export function run(arcs: ScreenArcs, ids: readonly number[], min: number): number[] {
  const pts: number[] = [];
  for (const i of ids) {
    pts.length -= pts.length && 2;
    const a = arcs[i < 0 ? ~i : i]!;
    if (i < 0) for (let j = a.length - 2; j >= 0; j -= 2) pts.push(a[j]!, a[j + 1]!);
    else for (let j = 0; j < a.length; j += 2) pts.push(a[j]!, a[j + 1]!);
  }
  while (pts.length && pts.length < 2 * min) pts.push(pts[0]!, pts[1]!);
  return pts;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** SVG path data of screen points rounded to 0.1 px; a ring drops its closing point and ends with `Z`. */
export function pointsPath(pts: readonly number[], ring: boolean): string {
  let d = '';
  for (let j = 0, n = ring ? pts.length - 2 : pts.length; j < n; j += 2) d += `${j ? 'L' : 'M'}${r1(pts[j]!)},${r1(pts[j + 1]!)}`;
  return ring ? d + 'Z' : d;
}

/** The rings of each polygon of a (multi)polygon; none for other geometry types. @internal */
const polygons = (g: GeometryObject): number[][][] => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);

/**
 * A polygon geometry on screen: its path data, and the area-weighted centroid of its largest
 * ring (so islands and exclaves do not pull a label off the mainland; `undefined` without rings).
 */
export function shape(arcs: ScreenArcs, g: GeometryObject): { d: string; anchor?: [number, number] } {
  let d = '';
  let anchor: [number, number] | undefined;
  let best = 0;
  for (const polygon of polygons(g)) {
    for (const ring of polygon) {
      const pts = run(arcs, ring, 4);
      d += pointsPath(pts, true);
      const n = pts.length - 2;
      let a = 0;
      let cx = 0;
      let cy = 0;
      for (let j = 0; j < n; j += 2) {
        const k = (j + 2) % n;
        const c = pts[j]! * pts[k + 1]! - pts[k]! * pts[j + 1]!;
        a += c;
        cx += (pts[j]! + pts[k]!) * c;
        cy += (pts[j + 1]! + pts[k + 1]!) * c;
      }
      if (Math.abs(a) > best) {
        best = Math.abs(a);
        anchor = [cx / (3 * a), cy / (3 * a)];
      }
    }
  }
  return anchor ? { d, anchor } : { d };
}

/** For each arc: its id as the first geometry uses it (the sign is its direction) and the geometries it bounds. @internal */
const sides = new WeakMap<GeometryCollection, { i: number; gs: GeometryObject[] }[]>();

/**
 * The mesh of a collection (as topojson-client's `mesh(topology, collection, filter)`) as runs
 * of arc ids: each arc whose first and last geometry pass `filter` (the same geometry twice for a
 * coast), stitched into lines. Draw them with `runsPath`.
 */
export function meshRuns(topology: Topology, collection: GeometryCollection, filter: (a: GeometryObject, b: GeometryObject) => boolean): number[][] {
  let byArc = sides.get(collection);
  if (!byArc) {
    byArc = [];
    for (const g of collection.geometries) for (const p of polygons(g)) for (const r of p) for (const i of r) (byArc[i < 0 ? ~i : i] ??= { i, gs: [] }).gs.push(g);
    sides.set(collection, byArc);
  }
  const ids: number[] = [];
  byArc.forEach(({ i, gs }) => filter(gs[0]!, gs[gs.length - 1]!) && ids.push(i));
  return stitch(topology, ids);
}

/** SVG path data of mesh runs (open lines). */
export function runsPath(arcs: ScreenArcs, runs: readonly number[][]): string {
  return runs.map((r) => pointsPath(run(arcs, r, 2), false)).join('');
}

type Fragment = number[] & { start?: string; end?: string };

/** Joins arcs that meet end to start into runs (topojson-client's `stitch`, same order). */
function stitch(topology: Topology, arcs: number[]): number[][] {
  const arcOf = (i: number) => topology.arcs[i < 0 ? ~i : i] as Arc;
  const byStart: Record<string, Fragment> = {};
  const byEnd: Record<string, Fragment> = {};
  const fragments: number[][] = [];
  const stitched = new Set<number>();
  // Empty arcs first, since they may be subsumed by other arcs.
  let empty = -1;
  arcs.forEach((i, j) => {
    const a = arcOf(i);
    if (a.length < 3 && !a[1]![0] && !a[1]![1]) {
      const t = arcs[++empty]!;
      arcs[empty] = i;
      arcs[j] = t;
    }
  });
  const ends = (i: number) => {
    const a = arcOf(i);
    let p1 = a[a.length - 1]!;
    if (topology.transform) {
      p1 = [0, 0];
      for (const d of a) {
        p1[0]! += d[0]!;
        p1[1]! += d[1]!;
      }
    }
    return i < 0 ? [String(p1), String(a[0])] : [String(a[0]), String(p1)];
  };
  const link = (f: Fragment) => (byStart[f.start!] = byEnd[f.end!] = f);
  for (const i of arcs) {
    const [start, end] = ends(i) as [string, string];
    let f = byEnd[start];
    let g: Fragment | undefined;
    if (f) {
      delete byEnd[f.end!];
      f.push(i);
      f.end = end;
      if ((g = byStart[end])) {
        delete byStart[g.start!];
        const fg: Fragment = g === f ? f : f.concat(g);
        fg.start = f.start;
        fg.end = g.end;
        link(fg);
      } else link(f);
    } else if ((f = byStart[end])) {
      delete byStart[f.start!];
      f.unshift(i);
      f.start = start;
      if ((g = byEnd[start])) {
        delete byEnd[g.end!];
        const gf: Fragment = g === f ? f : g.concat(f);
        gf.start = g.start;
        gf.end = f.end;
        link(gf);
      } else link(f);
    } else {
      f = [i];
      f.start = start;
      f.end = end;
      link(f);
    }
  }
  const flush = (from: Record<string, Fragment>, other: Record<string, Fragment>) => {
    for (const k in from) {
      const f = from[k]!;
      delete other[f.start!];
      delete f.start;
      delete f.end;
      for (const i of f) stitched.add(i < 0 ? ~i : i);
      fragments.push(f);
    }
  };
  flush(byEnd, byStart);
  flush(byStart, byEnd);
  for (const i of arcs) if (!stitched.has(i < 0 ? ~i : i)) fragments.push([i]);
  return fragments;
}
