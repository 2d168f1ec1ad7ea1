import { defineConfig } from 'vitest/config';
import { packageReporters } from '../../tooling/vitest.shared.js';

export default defineConfig({
  test: {
    reporters: packageReporters,
    projects: ['./vitest.node.config.ts', './vitest.browser.config.ts'],
  },
});
