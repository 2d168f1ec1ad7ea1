#!/usr/bin/env node
// Builds the WordPress plugin into dist/nato-viz/ and zips it as dist/nato-viz-wordpress.zip
// (one top-level folder, nato-viz/, as Plugins → Add New → Upload expects):
//   plugin/**                      the PHP, block.json, readme.txt, uninstall.php (copied)
//   assets/nato-viz.js             the embed bundle, its licence and third-party licences
//   assets/fallback/*.svg, .css    the embed's static pictures and fallback stylesheet
//   assets/reserve/<key>.css       the height each chart variant is drawn at, by column width
//   assets/nato-viz-wp.css         the plugin's own few rules
//   data/article.json              the dataset (validates attributes, fills the inspector)
//   data/fallbacks.json            each chart's picture size, text alternative and data table
//   build/index.js, index.asset.php  the block's editor script (TypeScript, esbuild)
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { measure, reserveCss } from './measure.mjs';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(appDir, 'dist');
const out = join(dist, 'nato-viz');
const require = createRequire(join(appDir, 'package.json'));
const embedDir = dirname(require.resolve('@nato-viz/embed/package.json'));
const embedDist = join(embedDir, 'dist');
const datasetFile = require.resolve('@nato-viz/data/article.json');
const dataset = JSON.parse(readFileSync(datasetFile, 'utf8'));
const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];
const LANGS = ['nl', 'en'];

rmSync(dist, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 1. The PHP plugin itself.
cpSync(join(appDir, 'plugin'), out, { recursive: true });
const version = JSON.parse(readFileSync(join(embedDir, 'package.json'), 'utf8')).version;

// 2. The embed: bundle, licences, pictures, fallback stylesheet.
const assets = join(out, 'assets');
mkdirSync(join(assets, 'fallback'), { recursive: true });
copyFileSync(join(embedDist, 'nato-viz.js'), join(assets, 'nato-viz.js'));
copyFileSync(join(embedDir, 'LICENSE'), join(assets, 'LICENSE-nato-viz-embed.txt'));
copyFileSync(join(embedDist, 'THIRD-PARTY-LICENSES.txt'), join(assets, 'THIRD-PARTY-LICENSES.txt'));
copyFileSync(join(embedDist, 'fallback', 'fallback.css'), join(assets, 'fallback', 'fallback.css'));
for (const f of readdirSync(join(embedDist, 'fallback'))) {
  if (f.endsWith('.svg')) copyFileSync(join(embedDist, 'fallback', f), join(assets, 'fallback', f));
}
copyFileSync(join(appDir, 'src', 'nato-viz-wp.css'), join(assets, 'nato-viz-wp.css'));

// 3. The dataset and, from the embed's hosted snippets, what the PHP needs to write the
//    fallback: picture size, text alternative and the data table (the matrix's by issue).
mkdirSync(join(out, 'data'), { recursive: true });
copyFileSync(datasetFile, join(out, 'data', 'article.json'));
const fallbacks = {};
for (const tag of TAGS) {
  fallbacks[tag] = {};
  for (const lang of LANGS) {
    const html = readFileSync(join(embedDist, 'fallback', `${tag}.${lang}.html`), 'utf8');
    const canvas = html.match(
      /<canvas width="(\d+)" height="(\d+)"><img src="([^"]+)"[^>]* alt="([^"]*)"><\/canvas>/,
    );
    const table = html.match(/<noscript>\n?([\s\S]*?)\n?<\/noscript>/);
    if (!canvas || !table)
      throw new Error(
        `[wordpress] unexpected fallback snippet ${tag}.${lang}.html: rebuild @nato-viz/embed.`,
      );
    const entry = {
      width: Number(canvas[1]),
      height: Number(canvas[2]),
      svg: canvas[3],
      alt: canvas[4],
      table: table[1].trim(),
    };
    if (tag === 'actor-stance-matrix') entry.rows = matrixRows(entry.table, lang);
    fallbacks[tag][lang] = entry;
  }
}
writeFileSync(join(out, 'data', 'fallbacks.json'), JSON.stringify(fallbacks));

/**
 * The matrix's table lists one row per stated position ("Actor · Issue"): split it so the PHP
 * can keep only the issues a chart shows. Every row must name an issue of the dataset.
 */
function matrixRows(table, lang) {
  const start = table.indexOf('<tbody>') + '<tbody>'.length;
  const end = table.lastIndexOf('</tbody>');
  const rows = table.slice(start, end).match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
  const byLabel = dataset.issues.map((i) => ({ id: i.id, suffix: ` · ${i.label[lang]}</th>` }));
  return {
    head: table.slice(0, start),
    tail: table.slice(end),
    rows: rows.map((html) => {
      // The header's text, whatever white space the element's template leaves around it.
      const header = (html.match(/<th scope="row">[\s\S]*?<\/th>/)?.[0] ?? '').replace(
        /\s+<\/th>$/,
        '</th>',
      );
      const issue = byLabel.find((i) => header.endsWith(i.suffix));
      if (!issue)
        throw new Error(`[wordpress] matrix table row names no issue of the dataset: ${header}`);
      return { issue: issue.id, html };
    }),
  };
}

// 4. The height of each chart variant at every column width (headless Chromium).
//    Measuring takes minutes; the result is cached by the bundle's and the measuring script's
//    bytes, so a change to the PHP or the editor script rebuilds in a second.
mkdirSync(join(assets, 'reserve'), { recursive: true });
const cacheKey = createHash('sha256')
  .update(readFileSync(join(embedDist, 'nato-viz.js')))
  .update(readFileSync(join(appDir, 'scripts', 'measure.mjs')))
  .digest('hex')
  .slice(0, 16);
const cacheFile = join(
  appDir,
  'node_modules',
  '.cache',
  'nato-viz-wordpress',
  `reserve-${cacheKey}.json`,
);
let measured;
if (existsSync(cacheFile)) {
  measured = JSON.parse(readFileSync(cacheFile, 'utf8'));
} else {
  measured = await measure({ bundleDir: embedDist, langs: LANGS });
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(measured));
}
for (const [key, { widths, heights }] of Object.entries(measured)) {
  writeFileSync(join(assets, 'reserve', `${key}.css`), reserveCss(key, widths, heights));
}
writeFileSync(join(out, 'data', 'reserve.json'), JSON.stringify(Object.keys(measured).sort()));

// 5. The block's editor script: TypeScript → one IIFE, the @wordpress/* imports read from the
//    wp.* globals WordPress provides, their script handles listed in index.asset.php.
const handles = new Set();
const wpGlobals = {
  name: 'wordpress-globals',
  setup(b) {
    b.onResolve({ filter: /^@wordpress\// }, (args) => ({
      path: args.path,
      namespace: 'wp-global',
    }));
    b.onLoad({ filter: /.*/, namespace: 'wp-global' }, (args) => {
      const name = args.path.slice('@wordpress/'.length);
      handles.add(`wp-${name}`);
      const global = name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
      return { contents: `module.exports = window.wp.${global};`, loader: 'js' };
    });
  },
};
mkdirSync(join(out, 'build'), { recursive: true });
await build({
  entryPoints: [join(appDir, 'src', 'editor.ts')],
  outfile: join(out, 'build', 'index.js'),
  bundle: true,
  format: 'iife',
  target: 'es2019',
  minify: true,
  legalComments: 'none',
  plugins: [wpGlobals],
  logLevel: 'warning',
});
const editorJs = readFileSync(join(out, 'build', 'index.js'));
const hash = createHash('sha256').update(editorJs).digest('hex').slice(0, 20);
writeFileSync(
  join(out, 'build', 'index.asset.php'),
  `<?php return array('dependencies' => array(${[...handles]
    .sort()
    .map((h) => `'${h}'`)
    .join(', ')}), 'version' => '${hash}');\n`,
);

// 6. Version: the plugin's is the embed's (the charts it ships).
for (const file of ['nato-viz.php', 'readme.txt', join('block', 'block.json')]) {
  const p = join(out, file);
  writeFileSync(p, readFileSync(p, 'utf8').replaceAll('@VERSION@', version));
}

// 7. The zip: every file under nato-viz/, fixed dates so the same input gives the same bytes.
const files = {};
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else
      files[`nato-viz/${relative(out, p).split('\\').join('/')}`] = [
        readFileSync(p),
        { mtime: new Date('2025-12-17T00:00:00Z') },
      ];
  }
};
walk(out);
const zip = zipSync(files, { level: 9 });
writeFileSync(join(dist, 'nato-viz-wordpress.zip'), zip);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `[wordpress] dist/nato-viz-wordpress.zip: ${Object.keys(files).length} files, ${kb(zip.length)}; ` +
    `${Object.keys(measured).length} chart variants measured at ${Object.values(measured).reduce((n, m) => n + m.measured, 0)} widths; editor script ${kb(editorJs.length)} (${[...handles].join(', ')})`,
);
if (!existsSync(join(out, 'nato-viz.php')))
  throw new Error('[wordpress] no nato-viz.php in the build');
