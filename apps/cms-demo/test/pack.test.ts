// Packs every published package with pnpm, installs the tarballs with plain npm into a
// temporary project outside the workspace (dependencies such as lit and d3-geo come from the
// registry), imports them in Node, renders each element in Chromium from that project, and
// runs publint and @arethetypeswrong/cli on the tarballs. Slow: generous timeouts, no timing
// assertions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { OBSERVE, TAGS, drawn, useServerAndBrowser } from './harness.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PACKAGES = [
  'core',
  'data',
  'nato-presence-map',
  'escalation-ladder',
  'actor-stance-matrix',
  'embed',
];
const ELEMENTS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];

let work: string;
let project: string;
const tarballs = new Map<string, string>();

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'nato-viz-pack-'));
  const packs = join(work, 'tarballs');
  mkdirSync(packs);
  for (const p of PACKAGES) {
    run(
      'npx',
      ['-y', 'pnpm@12.4.2', 'pack', '--pack-destination', packs],
      join(root, 'packages', p),
    );
  }
  for (const f of readdirSync(packs)) {
    const p = PACKAGES.find(
      (name) =>
        f === `nato-viz-${name}-0.1.0.tgz` ||
        (f.startsWith(`nato-viz-${name}-`) && /^\d/.test(f.slice(`nato-viz-${name}-`.length))),
    );
    if (p) tarballs.set(p, join(packs, f));
  }
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'nv-consumer', private: true, type: 'module' }),
  );
  // All tarballs in one install, so each internal dependency (^0.1.0) resolves to its tarball.
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefer-offline',
      '--loglevel=error',
      ...tarballs.values(),
    ],
    project,
  );
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('pnpm pack', () => {
  it.each(PACKAGES)('@nato-viz/%s packs into a tarball', (p) => {
    expect(tarballs.get(p)).toBeTruthy();
  });

  it.each(PACKAGES)(
    '@nato-viz/%s tarball has a README, a LICENSE and no workspace: ranges',
    (p) => {
      const dir = join(project, 'node_modules/@nato-viz', p);
      const files = readdirSync(dir);
      expect(files).toEqual(
        expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'dist']),
      );
      expect(readFileSync(join(dir, 'package.json'), 'utf8')).not.toContain('workspace:');
    },
  );
});

describe('the installed tarballs in Node', () => {
  const node = (code: string) => run('node', ['--input-type=module', '-e', code], project);

  it("import { dataset } from '@nato-viz/data' gives a dataset that validateDataset accepts", () => {
    const out = node(`import { dataset } from '@nato-viz/data';
      import { validateDataset } from '@nato-viz/data/validate';
      console.log(JSON.stringify({ ok: validateDataset(dataset).ok, actors: dataset.actors.length }));`);
    const r = JSON.parse(out.trim().split('\n').pop()!);
    expect(r.ok).toBe(true);
    expect(r.actors).toBeGreaterThan(0);
  });

  it("import { europe } from '@nato-viz/data/topology' gives countries and regions", () => {
    const out = node(`import { europe } from '@nato-viz/data/topology';
      console.log(JSON.stringify(Object.keys(europe.objects).sort()));`);
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual(['countries', 'regions']);
  });

  it.each(PACKAGES.filter((p) => p !== 'embed'))('import(@nato-viz/%s) resolves in Node', (p) => {
    // Lit ships a DOM shim for Node, so the classes load without a document.
    const out = node(
      `const m = await import('@nato-viz/${p}'); console.log(Object.keys(m).length);`,
    );
    expect(Number(out.trim().split('\n').pop())).toBeGreaterThan(0);
  });
});

describe('the installed tarballs in Chromium', () => {
  const site = () => join(work, 'site');

  beforeAll(async () => {
    mkdirSync(site(), { recursive: true });
    // A consumer's own bundle of the single packages, as a bundler would make it.
    writeFileSync(
      join(project, 'entry.js'),
      ELEMENTS.map((e) => `import '@nato-viz/${e}/define.js';`).join('\n'),
    );
    await build({
      absWorkingDir: project,
      entryPoints: ['entry.js'],
      bundle: true,
      format: 'esm',
      outfile: join(site(), 'single.js'),
      logLevel: 'silent',
    });
    writeFileSync(
      join(site(), 'nato-viz.js'),
      readFileSync(join(project, 'node_modules/@nato-viz/embed/dist/nato-viz.js')),
    );
    const page = (
      src: string,
    ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<link rel="icon" href="data:,"><script type="module" src="${src}"></script></head><body>
${TAGS.map((t) => `<${t}></${t}>`).join('\n')}</body></html>`;
    writeFileSync(join(site(), 'single.html'), page('single.js'));
    writeFileSync(join(site(), 'embed.html'), page('nato-viz.js'));
  }, 120_000);
  const served = useServerAndBrowser(site, { headers: {} });

  it.each([
    ['the single packages, bundled by the consumer', '/single.html'],
    ['the embed bundle from its tarball', '/embed.html'],
  ])('%s render all three elements without an error', async (_name, path) => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(OBSERVE);
    await page.goto(served.server.url + path, { waitUntil: 'load' });
    await page.evaluate(drawn());
    const states = await page.evaluate(
      (tags) =>
        tags.map((t) =>
          document
            .querySelector(t)
            ?.shadowRoot?.querySelector('[part~="base"]')
            ?.getAttribute('data-state'),
        ),
      [...TAGS],
    );
    await page.close();
    expect(states).toEqual(['ready', 'ready', 'ready']);
    expect(errors).toEqual([]);
  });
});

describe('a consumer bundle whose dataset chunk cannot be loaded (offline, or removed by a deploy)', () => {
  const split = () => join(work, 'split');

  beforeAll(async () => {
    const dir = split();
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(project, 'entry.js'),
      ELEMENTS.map((e) => `import '@nato-viz/${e}/define.js';`).join('\n'),
    );
    // A consumer's bundle with code splitting, as Vite or Rollup make it: the code for a dataset the page
    // supplies is a chunk of its own, loaded only when a page supplies one.
    await build({
      absWorkingDir: project,
      entryPoints: ['entry.js'],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: dir,
      logLevel: 'silent',
    });
    writeFileSync(
      join(dir, 'dataset.json'),
      run(
        'node',
        [
          '--input-type=module',
          '-e',
          "import { dataset } from '@nato-viz/data'; process.stdout.write(JSON.stringify(dataset));",
        ],
        project,
      ),
    );
    writeFileSync(
      join(dir, 'supplied.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">
<script type="module" src="entry.js"></script></head><body><escalation-ladder src="dataset.json"></escalation-ladder></body></html>`,
    );
  }, 120_000);
  const served = useServerAndBrowser(split, { headers: {} });

  it('shows the translated error state with a retry button, logs one error, and a retry loads the chunk and draws', async () => {
    const page = await served.browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`uncaught: ${String(e)}`));
    const chunkRequests: string[] = [];
    let offline = true;
    await page.route('**/supplied-*.js', (route) => {
      chunkRequests.push(route.request().url());
      return offline ? route.abort('internetdisconnected') : route.continue();
    });
    await page.goto(served.server.url + '/supplied.html', { waitUntil: 'load' });
    const state = () =>
      page.evaluate(() => {
        const root = document.querySelector('escalation-ladder')?.shadowRoot;
        return {
          state: root?.querySelector('[part~="base"]')?.getAttribute('data-state'),
          reason: root?.querySelector('.nv-error__reason')?.textContent?.trim(),
          retry: root?.querySelector('.nv-error .nv-button')?.textContent?.trim(),
          rungs: root?.querySelectorAll('[data-rung]').length ?? 0,
        };
      });
    await page.waitForFunction(() =>
      document
        .querySelector('escalation-ladder')
        ?.shadowRoot?.querySelector('[data-state="error"]'),
    );
    expect(await state()).toEqual({
      state: 'error',
      reason: 'De gegevens uit “src” konden niet worden geladen.',
      retry: 'Opnieuw proberen',
      rungs: 0,
    });
    expect(chunkRequests).toHaveLength(1);
    const ours = errors.filter((e) => e.startsWith('<escalation-ladder>'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain('src: could not load the dataset validator');
    expect(errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);

    offline = false;
    await page.evaluate(() =>
      document
        .querySelector('escalation-ladder')!
        .shadowRoot!.querySelector<HTMLButtonElement>('.nv-error .nv-button')!
        .click(),
    );
    // "ready" also while the chunk loads again: wait for the drawing.
    await page.waitForFunction(() =>
      document.querySelector('escalation-ladder')?.shadowRoot?.querySelector('[data-rung]'),
    );
    const after = await state();
    expect(after.state).toBe('ready');
    expect(after.rungs).toBeGreaterThan(0);
    expect(chunkRequests).toHaveLength(2);
    expect(errors.filter((e) => e.startsWith('<escalation-ladder>'))).toHaveLength(1);
    await page.close();
  });
});

describe('package checks on the tarballs', () => {
  it.each(PACKAGES)('publint reports no problem for @nato-viz/%s', async (p) => {
    const tarball = readFileSync(tarballs.get(p)!);
    const { messages, pkg } = await publint({
      pack: {
        tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength),
      },
      level: 'suggestion',
      strict: true,
    });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
  });

  it.each(PACKAGES)('@arethetypeswrong/cli reports no problem for @nato-viz/%s', (p) => {
    // Profile esm-only: the packages are ESM-only by design ("type": "module", no require
    // condition), so CommonJS resolution (node10, node16-from-CJS) is not a goal.
    const bin = join(root, 'apps/cms-demo/node_modules/.bin/attw');
    let out: string;
    try {
      out = run(bin, [tarballs.get(p)!, '--profile', 'esm-only', '--format', 'json'], project);
    } catch (error) {
      out = (error as { stdout?: string }).stdout ?? String(error);
    }
    const report = JSON.parse(out) as {
      analysis?: { types?: unknown };
      problems?: Record<string, { kind: string; entrypoint: string; resolutionKind?: string }[]>;
    };
    expect(report.analysis?.types).not.toBe(false);
    // The JSON lists every problem; the profile only changes what the CLI counts, so apply it
    // here: esm-only ignores the node10 and node16-from-CJS resolutions.
    const ignored = new Set(['node10', 'node16-cjs']);
    const problems = Object.values(report.problems ?? {})
      .flat()
      .filter((x) => !x.resolutionKind || !ignored.has(x.resolutionKind))
      .map((x) => `${x.kind} ${x.entrypoint} (${x.resolutionKind ?? 'any'})`);
    expect(problems).toEqual([]);
  });
});
