// Root vitest config for local work (`pnpm vitest`): every package's node and browser
// projects at once. The README's test command runs them per package through Turbo instead,
// so unchanged packages are served from the cache.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*/vitest.{node,browser}.config.ts', 'tests/*/vitest.config.ts'],
  },
});
