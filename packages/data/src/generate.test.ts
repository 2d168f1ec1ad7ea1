import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generated, pkgPath } from '../test/paths.js';

// Runs the real generator (data/scripts/build.mjs, including the pixel-fidelity measurement)
// into a temporary directory and compares every file with what is committed.
const out = mkdtempSync(join(tmpdir(), 'nato-viz-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('data/scripts/build.mjs', () => {
  it('regenerates every committed file byte for byte', { timeout: 120_000 }, () => {
    execFileSync(process.execPath, [pkgPath('../../data/scripts/build.mjs'), out], {
      stdio: 'pipe',
    });
    const files = readdirSync(pkgPath('generated')).sort();
    expect(readdirSync(out).sort()).toEqual(files);
    expect(files).toEqual([
      'article.json',
      'article.nl.txt',
      'europe.topo.json',
      'schema.json',
      'topology-report.json',
    ]);
    const differing = files.filter((f) => !readFileSync(join(out, f)).equals(generated(f)));
    expect(differing).toEqual([]);
  });
});
