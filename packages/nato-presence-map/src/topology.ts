import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, MultiLineString, Polygon, MultiPolygon, Position } from 'geojson';

/**
 * A small TopoJSON decoder for exactly what the map needs: polygon features (`feature`) and the
 * mesh of arcs between two filtered sides (`mesh`, arcs stitched into lines). It ports
 * topojson-client 3.1's algorithms for these cases and gives the same coordinates, in the same
 * order — test/topology.test.ts checks that against topojson-client for the real topology —
 * at a fraction of the bytes (the map's other geometry types do not occur in its topology).
 */

type Arc = number[][];

/** The points of a run of arcs, the shared point of consecutive arcs kept once; at least `min` points. */
function line(topology: Topology, arcs: readonly number[], min: number): Position[] {
  const t = topology.transform;
  const points: Position[] = [];
  for (const i of arcs) {
    points.pop();
    const start = points.length;
    let x = 0;
    let y = 0;
    for (const p of topology.arcs[i < 0 ? ~i : i] as Arc) {
      points.push(t ? [(x += p[0]!) * t.scale[0] + t.translate[0], (y += p[1]!) * t.scale[1] + t.translate[1]] : p.slice());
    }
    if (i < 0) points.push(...points.splice(start).reverse());
  }
  while (points.length < min) points.push(points[0]!);
  return points;
}

/** The rings of each polygon of a (multi)polygon; none for other geometry types. @internal */
const polygons = (g: GeometryObject<{ name?: string }>): number[][][] => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);

/** A feature of the map's topology. */
export type MapFeature = Feature<Polygon | MultiPolygon | null, { name?: string }>;

/** The GeoJSON features of a collection of polygons (as topojson-client's `feature`). */
export function features(topology: Topology, collection: GeometryCollection<{ name?: string }>): MapFeature[] {
  return collection.geometries.map((g) => {
    const rings = polygons(g).map((p) => p.map((r) => line(topology, r, 4)));
    return {
      type: 'Feature',
      ...(g.id == null ? {} : { id: g.id }),
      properties: g.properties ?? {},
      geometry: g.type === 'Polygon' ? { type: g.type, coordinates: rings[0]! } : g.type === 'MultiPolygon' ? { type: g.type, coordinates: rings } : null,
    };
  });
}

/**
 * The mesh of a collection (as topojson-client's `mesh(topology, collection, filter)`): each arc
 * whose first and last geometry pass `filter` (the same geometry twice for a coast), stitched into lines.
 */
export function mesh(topology: Topology, collection: GeometryCollection, filter: (a: GeometryObject, b: GeometryObject) => boolean): MultiLineString {
  const byArc: { i: number; g: GeometryObject }[][] = [];
  for (const g of collection.geometries) for (const p of polygons(g)) for (const r of p) for (const i of r) (byArc[i < 0 ? ~i : i] ??= []).push({ i, g });
  const arcs: number[] = [];
  byArc.forEach((gs) => filter(gs[0]!.g, gs[gs.length - 1]!.g) && arcs.push(gs[0]!.i));
  return { type: 'MultiLineString', coordinates: stitch(topology, arcs).map((f) => line(topology, f, 2)) };
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
