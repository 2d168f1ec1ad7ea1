#!/usr/bin/env node
// Runs after tsc (`node ../../tooling/scripts/minify-html.mjs [distDir]`): drops the
// indentation inside the `html` and `svg` tagged templates of dist/*.js. Bundlers minify the JavaScript around a template literal but keep its text as
// written; a run of whitespace that holds a line break renders as one space in HTML (no
// template here is preformatted), so "\n" followed by indentation becomes "\n", and a line
// break before the ">" closing a start tag goes. Nothing else changes: not the DOM's
// structure, not its text (bar the width of whitespace), not the rendering. The source stays
// readable; only the published file changes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const dist = resolve(process.argv[2] ?? 'dist');
let total = 0;
for (const name of readdirSync(dist).filter(
  (n) => n.endsWith('.js') && !n.endsWith('.styles.js'),
)) {
  const file = join(dist, name);
  const js = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(name, js, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** [start, end] of every literal part of an html`…` / svg`…` template. */
  const parts = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      ['html', 'svg'].includes(node.tag.text)
    ) {
      const t = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t]
        : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const l of literals) parts.push([l.getStart(source), l.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (parts.length === 0) continue;
  let out = '';
  let at = 0;
  let saved = 0;
  for (const [start, end] of parts.sort((a, b) => a[0] - b[0])) {
    const text = js.slice(start, end);
    // Indentation after a line break, and a line break before the `>` that closes a start tag.
    const min = text.replace(/\n[ \t]+/g, '\n').replace(/\n>/g, '>');
    saved += text.length - min.length;
    out += js.slice(at, start) + min;
    at = end;
  }
  out += js.slice(at);
  writeFileSync(file, out);
  total += saved;
}
console.log(`minify-html: ${total} characters of template indentation dropped in ${dist}`);
