import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import {
  BROWSER_CONNECT_TIMEOUT_MS,
  chromiumArgs,
  chromiumPath,
  packageReporters,
} from '../../tooling/vitest.shared.js';

// One browser project; Chromium gets an exposed gc() and precise heap figures for the
// detach/re-attach leak case.
export default defineConfig({
  test: {
    reporters: packageReporters,
    name: 'hardening',
    include: ['src/**/*.browser.test.ts'],
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      connectTimeout: BROWSER_CONNECT_TIMEOUT_MS,
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath,
          args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
        },
      }),
      instances: [{ browser: 'chromium', name: 'hardening (chromium)' }],
    },
  },
});
