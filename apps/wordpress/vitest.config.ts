import { defineConfig } from 'vitest/config';
import { packageReporters } from '../../tooling/vitest.shared.js';

// Node tests that start a real WordPress (Debian's, with MariaDB and PHP's web server, all on
// 127.0.0.1 and in a temporary folder: test/global-setup.ts) and drive Debian's Chromium
// against it. One browser at a time, one file at a time; no timing assertions.
export default defineConfig({
  test: {
    name: 'wordpress',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    reporters: packageReporters,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
