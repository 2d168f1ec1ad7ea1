// Runs after tsc: minifies the CSS inside the `css` tagged template of each dist/*.styles.js.
// Bundlers minify the JavaScript around a template literal but keep its text as written, so
// without this every reader downloads the stylesheet's indentation and comments. The source
// stays readable; only the published file changes. Refuses templates it cannot handle safely
// (interpolations, escapes, more or fewer than one `css` template per file).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
for (const name of readdirSync(dist).filter((n) => n.endsWith('.styles.js'))) {
  const file = new URL(name, dist);
  const js = readFileSync(file, 'utf8');
  const templates = [...js.matchAll(/\bcss ?`([^`]*)`/g)];
  if (templates.length !== 1) throw new Error(`${name}: expected one css\`…\` template, found ${templates.length}`);
  const [whole, text] = templates[0];
  if (text.includes('${') || text.includes('\\')) throw new Error(`${name}: the css template has interpolations or escapes`);
  const min = transformSync(text, { loader: 'css', minify: true, logLevel: 'error' }).code.trim();
  if (!min || min.includes('`')) throw new Error(`${name}: unexpected minifier output`);
  writeFileSync(file, js.replace(whole, () => `css\`${min}\``));
  console.log(`${name}: CSS ${text.length} → ${min.length} characters`);
}
