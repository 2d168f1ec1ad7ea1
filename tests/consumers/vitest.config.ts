import { defineConfig } from 'vitest/config';
import { packageReporters } from '../../tooling/vitest.shared.js';

// Node tests that type-check, bundle and render the README's examples as a consumer would
// (tsc --strict, esbuild, Debian's Chromium through playwright-core), and check the release.
export default defineConfig({
  test: {
    name: 'consumers',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    reporters: packageReporters,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
