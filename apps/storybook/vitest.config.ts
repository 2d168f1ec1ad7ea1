// Story tests: every story in the Storybook (the element packages' *.stories.ts, picked up by
// .storybook/main.ts) is rendered in headless Chromium and checked with axe
// (`parameters.a11y.test = 'error'` in .storybook/preview.ts), plus Node tests of the docs.
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import {
  BROWSER_CONNECT_TIMEOUT_MS,
  chromiumArgs,
  chromiumPath,
  packageReporters,
} from '../../tooling/vitest.shared.js';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/** A browser project that renders every story and runs its axe check in Chromium. */
function storybookProject(name: string, initialGlobals: Record<string, string>) {
  return {
    extends: true as const,
    plugins: [storybookTest({ configDir, initialGlobals })],
    test: {
      name,
      // A guard against a hang, not a speed test: axe on a large story can take longer than
      // vitest's 15 s default while Turbo runs another package's browser tests on 2 cores.
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        connectTimeout: BROWSER_CONNECT_TIMEOUT_MS,
        provider: playwright({
          launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
        }),
        // Each browser project needs its own instance name.
        instances: [{ browser: 'chromium' as const, name: `${name} (chromium)` }],
      },
    },
  };
}

export default defineConfig({
  test: {
    reporters: packageReporters,
    // Until the element packages have written stories there may be nothing to run.
    passWithNoTests: true,
    projects: [
      storybookProject('storybook', { lang: 'nl', theme: 'auto' }),
      // The same stories on a dark English page (the toolbar's globals), so the dark theme and
      // the second language are checked by axe everywhere, not only in the stories that ask.
      storybookProject('storybook-dark-en', { lang: 'en', theme: 'dark' }),
      {
        extends: true,
        test: { name: 'storybook:node', environment: 'node', include: ['test/**/*.test.ts'] },
      },
    ],
  },
});
