#!/usr/bin/env node
// Runs after tsc (`node ../../tooling/scripts/minify-css.mjs [distDir]`): minifies the CSS
// inside every `css` tagged template in dist/**/*.js. Bundlers minify the JavaScript around a
// template literal but keep its text as written, so without this every reader downloads the
// stylesheets' indentation and comments. Sources stay readable; only the published files
// change. Templates with interpolations or escapes are left as they are (and listed).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transformSync } from 'esbuild';

const dist = resolve(process.argv[2] ?? 'dist');
const files = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.js') ? [p] : [];
  });

let before = 0;
let after = 0;
for (const file of files(dist)) {
  const js = readFileSync(file, 'utf8');
  let changed = false;
  const out = js.replace(/\bcss ?`([^`]*)`/g, (whole, text) => {
    if (text.includes('${') || text.includes('\\')) {
      console.warn(`${file}: a css template with interpolations or escapes was left as it is`);
      return whole;
    }
    const min = transformSync(text, { loader: 'css', minify: true, logLevel: 'error' }).code.trim();
    if (!min || min.includes('`') || min.includes('${'))
      throw new Error(`${file}: unexpected minifier output`);
    before += text.length;
    after += min.length;
    changed = true;
    // The minifier writes non-ASCII as CSS escapes ('✓' → "\2713"); inside a template literal a
    // lone backslash would start a JS escape (and "\2" is an invalid one: Lit would get
    // `undefined` for the whole stylesheet), so each is doubled to reach the CSS as written.
    return `css\`${min.replaceAll('\\', '\\\\')}\``;
  });
  if (changed) writeFileSync(file, out);
}
console.log(`minify-css: ${before} → ${after} characters of CSS in ${dist}`);
