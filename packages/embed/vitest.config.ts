import { defineConfig } from 'vitest/config';
import { packageReporters } from '../../tooling/vitest.shared.js';

// Node tests only: they check the built bundle and its fallbacks. The bundle is exercised in
// Chromium by apps/cms-demo's end-to-end and packed-tarball tests.
export default defineConfig({
  test: {
    reporters: packageReporters,
    projects: ['./vitest.node.config.ts'],
  },
});
