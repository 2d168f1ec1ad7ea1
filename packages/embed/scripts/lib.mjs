// Shared by the build, the fallback renderer and the tests.
import { gzipSync } from 'node:zlib';

/** The three elements, in the order a page shows them. */
export const ELEMENTS = [
  { tag: 'nato-presence-map', pkg: '@nato-viz/nato-presence-map' },
  { tag: 'escalation-ladder', pkg: '@nato-viz/escalation-ladder' },
  { tag: 'actor-stance-matrix', pkg: '@nato-viz/actor-stance-matrix' },
];

export const LANGS = ['nl', 'en'];

/** The whole bundle's gzip budget (issue 8). */
export const BUDGET_GZIP = 45 * 1024;

/** Debian's Chromium, or CHROMIUM_PATH; nothing here downloads a browser. */
export { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';

/** Which part of the bundle an esbuild metafile input belongs to. */
export function groupOf(input) {
  const nm = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/);
  const name = nm ? nm[1] : undefined;
  const ws = !nm && input.match(/(?:^|\/)packages\/([^/]+)\//);
  const local = name?.startsWith('@nato-viz/')
    ? name.slice('@nato-viz/'.length)
    : ws
      ? ws[1]
      : undefined;
  const rel = !nm && input.match(/^\.\.\/([^/.][^/]*)\//);
  const pkg = local ?? (rel ? rel[1] : undefined);
  if (pkg === 'data') {
    if (/topo[^/]*\.json$|topology/.test(input)) return 'data: topology';
    if (/\.json$/.test(input)) return 'data: dataset';
    return 'data: schema + queries';
  }
  if (pkg) return pkg === 'embed' ? 'embed entry' : pkg;
  if (name && /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(name)) return 'lit';
  if (name && /^d3-/.test(name)) return 'd3-geo (+ d3-array)';
  if (name) return name;
  return input.startsWith('src/') ? 'embed entry' : input;
}

/** Bytes in the output per group, largest first, with an approximate gzip share. */
export function summarise(metafile, outfile) {
  const out =
    metafile.outputs[outfile] ?? Object.values(metafile.outputs).find((o) => o.entryPoint);
  const groups = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
    const g = groupOf(input);
    groups.set(g, (groups.get(g) ?? 0) + bytesInOutput);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  return [...groups]
    .map(([group, bytes]) => ({ group, bytes, share: bytes / total }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** A printable table of the bundle's size and its parts. */
export function formatSizeTable(code, rows) {
  const gz = gzipSync(code, { level: 9 }).length;
  const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
  const lines = [
    '',
    `dist/nato-viz.js  raw ${kb(code.length)}  gzip ${kb(gz)}  (budget ${kb(BUDGET_GZIP).trim()} gzip)`,
    '  part                          minified    share',
  ];
  for (const r of rows) {
    lines.push(
      `  ${r.group.padEnd(28)} ${kb(r.bytes)}  ${(r.share * 100).toFixed(1).padStart(5)} %`,
    );
  }
  return lines.join('\n');
}
