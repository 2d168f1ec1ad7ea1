// Bundle-size measurement shared by every package's budget test and `bench/size.mjs`.
//
// Bundles an entry with all its dependencies the way a reader's browser gets it from a
// bundler or the embed: minified ESM for browsers, with code splitting, so what loads on
// demand (the dataset validator, fetched only when a page supplies its own dataset) is
// counted apart from what every reader downloads. The built-in dataset and topology JSON of
// @nato-viz/data are stubbed out: a page pays for them once, whichever elements it uses.
import { build } from 'esbuild';
import { CORE_BUDGET_KB, elementByTag } from './elements.mjs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

/** esbuild plugin: @nato-viz/data's generated JSON resolves to `{}`. */
export const stubDataJson = {
  name: 'stub-data-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/]data[\\/]generated[\\/].*\.json$/ }, () => ({
      contents: '{}',
      loader: 'json',
    }));
  },
};

const gz = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;

/**
 * Measures `entry` (a file path, or `{ contents, resolveDir }` for a virtual module).
 * Returns bytes for the initial load (the entry chunk and the chunks it imports statically)
 * and for the lazy chunks, raw and gzip, plus esbuild's metafile.
 */
export async function measureBundle(entry, { stubData = true } = {}) {
  const outdir = '/virtual-out';
  const input =
    typeof entry === 'string'
      ? { entryPoints: { main: entry } }
      : { stdin: { ...entry, loader: 'js', sourcefile: 'main.js' } };
  const result = await build({
    ...input,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    outdir,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: stubData ? [stubDataJson] : [],
  });
  const files = new Map(result.outputFiles.map((f) => [path.relative(outdir, f.path), f.contents]));
  const meta = result.metafile.outputs;
  const outKey = (p) =>
    path.relative(outdir, path.resolve(p.startsWith('/') ? p : path.join(process.cwd(), p)));
  const byName = new Map(Object.entries(meta).map(([k, v]) => [outKey(k), v]));
  const entryName = [...byName].find(([, v]) => v.entryPoint)?.[0];
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imp of byName.get(name)?.imports ?? [])
      if (imp.kind === 'import-statement') visit(outKey(imp.path));
  };
  visit(entryName);
  const sum = (names) => {
    const bytes = Buffer.concat(names.map((n) => Buffer.from(files.get(n) ?? [])));
    return { raw: bytes.byteLength, gzip: gz(bytes) };
  };
  const all = [...files.keys()].filter((n) => n.endsWith('.js'));
  const lazy = all.filter((n) => !initial.has(n));
  const inputsOf = (names) =>
    names
      .flatMap((n) => Object.keys(byName.get(n)?.inputs ?? {}))
      .map((file) => path.resolve(file));
  return {
    initial: sum([...initial]),
    lazy: sum(lazy),
    /** The source files bundled into the initial load, as absolute paths. */
    initialInputs: inputsOf([...initial]),
    /** The source files bundled into the chunks loaded on demand. */
    lazyInputs: inputsOf(lazy),
    metafile: result.metafile,
  };
}

/** Minified bytes per package across all chunks (initial and lazy), largest first. */
export function bytesByPackage(metafile) {
  const sizes = {};
  for (const [out, info] of Object.entries(metafile.outputs)) {
    if (!out.endsWith('.js')) continue;
    for (const [file, input] of Object.entries(info.inputs)) {
      const m = file.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
      // Workspace files appear as relative paths (`../core/dist/base.js`, `dist/define.js`).
      const own = file.match(/(?:^|\/)([^/.][^/]*)\/(?:dist|src|generated)\//)?.[1];
      const key = m ? m[1] : own ? `@nato-viz/${own}` : 'this package';
      sizes[key] = (sizes[key] ?? 0) + input.bytesInOutput;
    }
  }
  return Object.entries(sizes).sort((a, b) => b[1] - a[1]);
}

/** "12.34 KB" */
export const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** The smallest element on core's NvDataElement: what lit + core cost before any element code. */
export const BASELINE = `import { NvDataElement, define } from '@nato-viz/core';
  class Empty extends NvDataElement { get defaultData() { return { version: 1 }; } renderData() { return null; } }
  define('nv-size-baseline', Empty);`;

/**
 * Minified bytes by package (initial and lazy chunks), and by file of package `own`. The
 * metafile's paths are relative to the working directory, so they are resolved first.
 */
export function breakdown(metafile, own) {
  const packages = {};
  const files = {};
  for (const out of Object.values(metafile.outputs)) {
    for (const [file, input] of Object.entries(out.inputs)) {
      const abs = path.resolve(file);
      const dep = abs.match(
        /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/,
      )?.[1];
      const ws = abs.match(/packages\/([^/]+)\/(.+)$/);
      const name = dep ?? (ws ? `@nato-viz/${ws[1]}` : file);
      packages[name] = (packages[name] ?? 0) + input.bytesInOutput;
      if (!dep && ws?.[1] === own) files[ws[2]] = (files[ws[2]] ?? 0) + input.bytesInOutput;
    }
  }
  const sorted = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]);
  return { packages: sorted(packages), files: sorted(files) };
}

/**
 * Size tools for an element package (`packageDir` holds dist/define.js): `measure()`,
 * `measureBaseline()` and `print(budget)` for its `bench/size.mjs` and budget test.
 */
export function elementSize(packageDir, packageName) {
  const { shareBudgetKB } = elementByTag(packageName);
  const measure = () => measureBundle(path.join(packageDir, 'dist/define.js'));
  const measureBaseline = () => measureBundle({ contents: BASELINE, resolveDir: packageDir });
  async function print() {
    const [el, base] = await Promise.all([measure(), measureBaseline()]);
    const line = (name, s) =>
      `${name.padEnd(40)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`;
    console.log(line('initial', el.initial));
    console.log(line('lazy (only for a supplied dataset)', el.lazy));
    console.log(line(`lit + core (budget ${CORE_BUDGET_KB} KB gzip)`, base.initial));
    const share = {
      raw: el.initial.raw - base.initial.raw,
      gzip: el.initial.gzip - base.initial.gzip,
    };
    console.log(line(`element share (budget ${shareBudgetKB} KB gzip)`, share));
    const { packages, files } = breakdown(el.metafile, packageName);
    console.log('minified bytes by package (initial and lazy):');
    for (const [name, bytes] of packages)
      console.log(`  ${name.padEnd(34)} ${String(bytes).padStart(7)}`);
    console.log('minified bytes by file of this package:');
    for (const [name, bytes] of files)
      console.log(`  ${name.padEnd(34)} ${String(bytes).padStart(7)}`);
  }
  return { measure, measureBaseline, print, shareBudgetKB };
}
