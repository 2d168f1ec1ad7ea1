import { defineConfig } from 'vitest/config';
import { packageReporters } from '../../tooling/vitest.shared.js';

// Node tests that drive Debian's Chromium themselves (end-to-end on the built demo) and pack,
// install and check every published package. Slow by nature: generous timeouts, one file at a
// time, no timing assertions.
export default defineConfig({
  test: {
    name: 'cms-demo',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    reporters: packageReporters,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
