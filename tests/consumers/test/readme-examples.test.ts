// Every other code example with an import in the READMEs (the root one and each package's,
// except @nato-viz/data's, which that package runs itself in Node, and the React/Vue ones,
// which frameworks.test.ts runs), as written: type-checked with tsc --strict, bundled with
// esbuild as a consumer's bundler would, and run in Chromium — no error, and every tag an
// example registers is defined.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { serveStatic, type Served } from '../../../tooling/static-server.mjs';
import { blocks, readme } from './readme.js';

const here = fileURLToPath(new URL('..', import.meta.url));
const work = join(here, 'test-results/readme-examples');
const READMES = [
  'README.md',
  'packages/core/README.md',
  'packages/nato-presence-map/README.md',
  'packages/escalation-ladder/README.md',
  'packages/actor-stance-matrix/README.md',
  'packages/embed/README.md',
];
const examples = READMES.flatMap((file) =>
  ['ts', 'js'].flatMap((lang) =>
    blocks(readme(file), lang)
      .filter((code) => /^import\b/m.test(code))
      .map((code, i) => ({ file, name: `${file.replace(/\W+/g, '-')}-${lang}-${i + 1}`, code })),
  ),
);

let server: Served;
let browser: Browser;
beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'site'), { recursive: true });
  for (const e of examples) writeFileSync(join(work, `${e.name}.ts`), e.code);
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        noEmit: true,
        skipLibCheck: true,
        noUnusedLocals: false,
      },
      include: ['*.ts'],
    }),
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

describe('README examples', () => {
  it('are found: each element package documents its define.js import', () => {
    for (const tag of ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'])
      expect(examples.some((e) => e.code.includes(`import '@nato-viz/${tag}/define.js'`))).toBe(
        true,
      );
  });

  it('type-check with tsc --strict', () => {
    let output = '';
    try {
      output = execFileSync(
        process.execPath,
        [join(here, 'node_modules/typescript/bin/tsc'), '-p', work],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });

  it.each(examples.map((e) => [e.file, e.name, e.code] as const))(
    '%s: %s runs in Chromium',
    async (_file, name, code) => {
      await build({
        absWorkingDir: here,
        entryPoints: [join(work, `${name}.ts`)],
        outfile: join(work, 'site', `${name}.js`),
        bundle: true,
        format: 'esm',
        logLevel: 'silent',
      });
      writeFileSync(
        join(work, 'site', `${name}.html`),
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><script type="module" src="${name}.js"></script></head><body></body></html>`,
      );
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}/${name}.html`, { waitUntil: 'load' });
      const tags = [...code.matchAll(/import '@nato-viz\/([a-z-]+)\/define\.js'/g)].map(
        (m) => m[1]!,
      );
      const defined = await page.evaluate((ts) => ts.filter((t) => customElements.get(t)), tags);
      await page.close();
      expect(defined).toEqual(tags);
      expect(errors).toEqual([]);
    },
  );
});
