// Story tests: every story in the Storybook (the element packages' *.stories.ts, picked up by
// .storybook/main.ts) is rendered in headless Chromium and checked with axe
// (`parameters.a11y.test = 'error'` in .storybook/preview.ts), plus Node tests of the docs.
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath, packageReporters } from '../../tooling/vitest.shared.js';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

export default defineConfig({
  test: {
    reporters: packageReporters,
    // Until the element packages have written stories there may be nothing to run.
    passWithNoTests: true,
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium', name: 'storybook (chromium)' }],
          },
        },
      },
      {
        extends: true,
        test: { name: 'storybook:node', environment: 'node', include: ['test/**/*.test.ts'] },
      },
    ],
  },
});
