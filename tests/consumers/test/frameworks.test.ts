// The README's React 19 and Vue 3 examples, as written: type-checked with `tsc --strict`
// against the packages' generated JSX/Vue types (an app with a wrong prop value must fail),
// bundled with esbuild and rendered in Chromium, where the elements draw, get their properties
// (the dataset object) and report their events to the framework.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { serveStatic, type Served } from '../../../tooling/static-server.mjs';
import { labelled, readme } from './readme.js';

const here = fileURLToPath(new URL('..', import.meta.url));
const work = join(here, 'test-results/apps');
const tsc = join(here, 'node_modules/typescript/bin/tsc');

const FRAMEWORKS = [
  { name: 'React 19', dir: 'react', jsxImportSource: 'react' },
  { name: 'Vue 3', dir: 'vue', jsxImportSource: 'vue' },
] as const;

function tsconfig(jsxImportSource: string) {
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'react-jsx',
      jsxImportSource,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [],
      noEmit: true,
      skipLibCheck: true,
    },
    include: ['*.tsx'],
  });
}

/** Runs tsc in `dir`; resolves with its output and whether it passed. */
function typecheck(dir: string): { ok: boolean; output: string } {
  try {
    return {
      ok: true,
      output: execFileSync(process.execPath, [tsc, '-p', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

let server: Served;
let browser: Browser;
beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'site'), { recursive: true });
  writeFileSync(
    join(work, 'site/index.html'),
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>app</title><link rel="icon" href="data:,"><script type="module" src="app.js"></script></head><body><div id="root"></div></body></html>',
  );
  server = await serveStatic({ dir: join(work, 'site') });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(FRAMEWORKS)('the README’s $name example', ({ name, dir, jsxImportSource }) => {
  const code = labelled(readme(), 'tsx', name);
  const appDir = join(work, dir);

  beforeAll(() => {
    mkdirSync(appDir, { recursive: true });
    writeFileSync(join(appDir, 'tsconfig.json'), tsconfig(jsxImportSource));
    writeFileSync(join(appDir, 'app.tsx'), code);
  });

  it('type-checks with tsc --strict', () => {
    const { ok, output } = typecheck(appDir);
    expect(output).toBe('');
    expect(ok).toBe(true);
  });

  it('fails to type-check with a scenario the map does not have, or an unknown prop (the types are real)', () => {
    const bad = join(work, `${dir}-bad`);
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'tsconfig.json'), tsconfig(jsxImportSource));
    writeFileSync(
      join(bad, 'app.tsx'),
      code
        .replace('scenario={scenario.value}', 'scenario="maybe"')
        .replace('scenario={scenario}', 'scenario="maybe"')
        .replace('path="deal"', 'path="deal" rungs={3}'),
    );
    const { ok, output } = typecheck(bad);
    expect(ok).toBe(false);
    expect(output).toMatch(/app\.tsx\(\d+,\d+\): error TS2322: Type '"maybe"' is not assignable/);
    expect(output).toMatch(/rungs/);
  });

  it('renders in Chromium: the elements draw, take the dataset as a property and report their events', async () => {
    await build({
      absWorkingDir: here,
      entryPoints: [join(appDir, 'app.tsx')],
      outfile: join(work, 'site/app.js'),
      bundle: true,
      format: 'esm',
      jsx: 'automatic',
      jsxImportSource,
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      logLevel: 'silent',
    });
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'].every((t) =>
        document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"][data-state="ready"]'),
      ),
    );
    const state = await page.evaluate(() => {
      const ladder = document.querySelector('escalation-ladder') as HTMLElement & {
        data?: { version?: number };
      };
      const map = document.querySelector('nato-presence-map') as HTMLElement & {
        scenario?: string;
      };
      return {
        dataVersion: ladder.data?.version,
        dataAttribute: ladder.hasAttribute('data'),
        scenario: map.scenario,
        path: ladder.getAttribute('path'),
      };
    });
    expect(state).toEqual({ dataVersion: 1, dataAttribute: false, scenario: 'deal', path: 'deal' });
    // The elements' own events, as a reader's click would fire them.
    await page.evaluate(() => {
      document.querySelector('nato-presence-map')!.dispatchEvent(
        new CustomEvent('nv-scenario-change', {
          detail: { scenario: 'no-deal' },
          bubbles: true,
          composed: true,
        }),
      );
      document.querySelector('escalation-ladder')!.dispatchEvent(
        new CustomEvent('nv-rung-select', {
          detail: { id: 'ceasefire' },
          bubbles: true,
          composed: true,
        }),
      );
    });
    // The example writes its state as text (React) or in data-state (Vue).
    await page.waitForFunction(() => {
      const out = document.getElementById('state');
      return (out?.dataset.state ?? out?.textContent)?.trim() === 'no-deal ceasefire';
    });
    expect(
      await page.evaluate(
        () =>
          (document.querySelector('nato-presence-map') as HTMLElement & { scenario?: string })
            .scenario,
      ),
    ).toBe('no-deal');
    expect(errors).toEqual([]);
    await page.close();
  });
});
