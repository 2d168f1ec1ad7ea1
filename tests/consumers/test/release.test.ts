// The first release is coherent: what `changeset version` would publish (run on a copy of the
// workspace's manifests and changesets) is what the READMEs pin, every package that lists
// CHANGELOG.md in `files` has one (and gets an entry), and the version an element carries
// (core's generated VERSION) is its package's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readme, root } from './readme.js';

const PUBLISHED = [
  'core',
  'data',
  'nato-presence-map',
  'escalation-ladder',
  'actor-stance-matrix',
  'embed',
];
const json = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as {
    version: string;
    files?: string[];
    private?: boolean;
  };

let copy: string;
const after = new Map<string, string>();
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'nv-release-'));
  for (const f of ['package.json', 'pnpm-workspace.yaml', '.changeset'])
    cpSync(join(root, f), join(copy, f), { recursive: true });
  for (const group of ['packages', 'apps', 'tests']) {
    for (const name of readdirSync(join(root, group))) {
      for (const f of ['package.json', 'CHANGELOG.md']) {
        const from = join(root, group, name, f);
        if (existsSync(from)) cpSync(from, join(copy, group, name, f));
      }
    }
  }
  cpSync(join(root, 'data/package.json'), join(copy, 'data/package.json'));
  execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], {
    cwd: copy,
    stdio: 'pipe',
  });
  for (const p of PUBLISHED) after.set(p, json(join(copy, 'packages', p, 'package.json')).version);
}, 60_000);
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the first release', () => {
  it('publishes every package at one version', () => {
    expect(new Set(after.values()).size).toBe(1);
  });

  it('is the version every @nato-viz pin in the README names (the embed on the CDN, the import map)', () => {
    const pins = [...readme().matchAll(/@nato-viz\/[a-z-]+@(\d+\.\d+\.\d+)/g)].map((m) => m[1]);
    expect(pins.length).toBeGreaterThan(0);
    for (const pin of pins) expect(pin).toBe(after.get('embed'));
  });

  it.each(PUBLISHED)(
    '@nato-viz/%s has the CHANGELOG.md its files list, and the release adds its entry',
    (p) => {
      const pkg = json(join(root, 'packages', p, 'package.json'));
      if (pkg.files?.includes('CHANGELOG.md'))
        expect(existsSync(join(root, 'packages', p, 'CHANGELOG.md'))).toBe(true);
      const changelog = readFileSync(join(copy, 'packages', p, 'CHANGELOG.md'), 'utf8');
      expect(changelog.split('\n')[0]).toBe(`# @nato-viz/${p}`);
      expect(changelog).toContain(`## ${after.get(p)}`);
    },
  );

  it('core’s generated VERSION is core’s package version (what NvElement.version and define() report)', () => {
    const version = readFileSync(join(root, 'packages/core/src/version.ts'), 'utf8').match(
      /VERSION = '([^']+)'/,
    )?.[1];
    expect(version).toBe(json(join(root, 'packages/core/package.json')).version);
  });

  it('the embed bundle’s banner names its package version', () => {
    const head = readFileSync(join(root, 'packages/embed/dist/nato-viz.js'), 'utf8').slice(0, 80);
    expect(head).toContain(
      `@nato-viz/embed ${json(join(root, 'packages/embed/package.json')).version} `,
    );
  });
});
