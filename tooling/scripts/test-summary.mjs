#!/usr/bin/env node
// Adds up the JSON reports every package's vitest run writes (test-results/vitest.json; Turbo
// restores them on a cache hit) and prints one closing line for the whole suite.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const group of ['packages', 'apps', 'tests', 'data']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  const names = group === 'data' ? [''] : readdirSync(dir);
  for (const name of names.sort()) {
    const file = join(dir, name, 'test-results', 'vitest.json');
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    rows.push(`${(name || group).padEnd(22)} ${String(r.numPassedTests).padStart(4)} passed`);
  }
}
console.log('\nnato-viz test summary');
for (const row of rows) console.log('  ' + row);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
