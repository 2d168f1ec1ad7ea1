// Every code example in this package's README that imports something is run as it is written:
// each block (TypeScript stripped to JavaScript) is written into this package's folder, so
// `@nato-viz/data` resolves to this package by its own name and `ajv` to its dev dependency,
// then run with Node. What the README says an example prints is checked against what it printed.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```(?:ts|js)\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((code) => /^import\b/m.test(code));
const dir = new URL('../test-results/readme/', import.meta.url);

/** Console output as text: objects as JSON, console.error on stdout too. */
const PREAMBLE = `for (const k of ['log', 'error']) console[k] = (...a) => process.stdout.write(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' ') + '\\n');\n`;

function run(code: string, n: number): string {
  mkdirSync(dir, { recursive: true });
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = new URL(`example-${n}.mjs`, dir);
  writeFileSync(file, PREAMBLE + js);
  try {
    return execFileSync(process.execPath, [file.pathname], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(
      `README example ${n} failed:\n${code}\n${String((error as { stderr?: string }).stderr ?? error)}`,
    );
  }
}

/** What the README's comments say an example prints: `console.log(x); // true`, and each `message: '…'`. */
function documented(code: string): string[] {
  const said = [...code.matchAll(/console\.log\([^)]*\);\s*\/\/\s*(.+)$/gm)].map((m) =>
    m[1]!.trim(),
  );
  const messages = [...code.matchAll(/message: '([^']+)'/g)].map((m) => JSON.stringify(m[1]!));
  return [...said, ...messages];
}

describe('README.md examples', () => {
  it('there are examples that import the package, and the test reads them all', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(blocks.some((b) => b.includes("from '@nato-viz/data/validate'"))).toBe(true);
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))(
    'example %i runs as written and prints what the README says',
    (n, code) => {
      const printed = run(code, n);
      for (const text of documented(code)) expect(printed, `example ${n}`).toContain(text);
    },
    60_000,
  ); // a Node process per example: slow on a busy machine, never timed
});
