#!/usr/bin/env node
// More of the seeded fuzz test (src/fuzz.browser.test.ts) than the test command runs:
// `node bench/fuzz.mjs [cases per element]` (default 1,200, the figure; no deadline).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = process.argv[2] ?? '1200';
const result = spawnSync('npx', ['vitest', 'run', 'src/fuzz.browser.test.ts'], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  stdio: 'inherit',
  env: {
    ...process.env,
    VITE_NV_FUZZ_RUNS: runs,
    VITE_NV_FUZZ_DEADLINE_MS: String(60 * 60 * 1000),
  },
});
process.exit(result.status ?? 1);
