// Importing a package's root (its class and types, without registering the tag) types the tag:
// `document.querySelector('nato-presence-map')` is a `NatoPresenceMap`, not an `Element`.
// Type-checked with `tsc --strict`, as an app that imports the packages would be.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const work = join(here, 'test-results/tag-types');
const tsc = join(here, 'node_modules/typescript/bin/tsc');

const APP = `import type {} from '@nato-viz/nato-presence-map';
import type {} from '@nato-viz/escalation-ladder';
import type {} from '@nato-viz/actor-stance-matrix';

// No type annotations: each value's type comes from the tag name alone.
const map = document.querySelector('nato-presence-map');
const ladder = document.querySelector('escalation-ladder');
const matrix = document.querySelector('actor-stance-matrix');
const created = document.createElement('nato-presence-map');
export const attributes = [map?.scenario, ladder?.path, matrix?.sort, created.view];
// @ts-expect-error — the map has no \`path\`: that is the ladder's.
export const wrong = map?.path;
`;

function typecheck(source: string): { ok: boolean; output: string } {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'app.ts'), source);
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM'],
        types: [],
        noEmit: true,
        skipLibCheck: true,
      },
      include: ['app.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, '-p', work], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, output: '' };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('tag types from a package root', () => {
  it('querySelector and createElement of each tag are typed as its class, with only the root imported', () => {
    const { ok, output } = typecheck(APP);
    expect(output).toBe('');
    expect(ok).toBe(true);
  });

  it('the check can fail: a tag typed as another class is an error', () => {
    const { ok, output } = typecheck(APP.replace(/\/\/ @ts-expect-error.*\n/, ''));
    expect(ok).toBe(false);
    expect(output).toMatch(/TS2339/);
  });
});
