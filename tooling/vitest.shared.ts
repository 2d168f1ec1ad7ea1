// Shared vitest project definitions. Each package has vitest.node.config.ts and
// vitest.browser.config.ts built from these, so the root config can glob them and each package
// can run its own tests under Turbo.
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** Chromium from Debian (or CHROMIUM_PATH); the browser tests never download one. */
export { chromiumArgs, chromiumPath } from './chromium.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/**
 * How long vitest waits for a browser session. On 2 cores, with Turbo running two packages'
 * tests at once, a Chromium start can take longer than vitest's 30 s default; a slow start is
 * not a failure.
 */
export const BROWSER_CONNECT_TIMEOUT_MS = 120_000;

/** A Node project for pure modules: every `*.test.ts` that is not a browser test. */
export function nodeProject(pkg: string): TestProjectInlineConfiguration {
  return {
    test: {
      name: `${pkg}:node`,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
    },
  };
}

/** A browser project: `*.browser.test.ts` in headless Chromium through Playwright. */
export function browserProject(pkg: string): TestProjectInlineConfiguration {
  return {
    test: {
      name: `${pkg}:browser`,
      include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
      // A guard against a hang, not a speed test: on 2 cores with another package's browser
      // tests running beside them, a slow test must not fail at vitest's 15 s default.
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        connectTimeout: BROWSER_CONNECT_TIMEOUT_MS,
        provider: playwright({
          launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
        }),
        instances: [{ browser: 'chromium', name: `${pkg} (chromium)` }],
      },
    },
  };
}

/** Reporters for a package run: the console, plus JSON for the root summary. */
export const packageReporters: NonNullable<
  import('vitest/config').ViteUserConfig['test']
>['reporters'] = ['default', ['json', { outputFile: 'test-results/vitest.json' }]];
