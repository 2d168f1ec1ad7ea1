import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

/**
 * Stories import an element's `src/define.ts` for its side effect (registering the tag), but the
 * packages declare `"sideEffects": ["./dist/define.js"]` for their npm consumers, so a production
 * build would drop the source import and the stories would render nothing. Keep it.
 */
const defineHasSideEffects = {
  name: 'nato-viz:define-has-side-effects',
  transform(code: string, id: string) {
    return /[\\/]packages[\\/][^\\/]+[\\/]src[\\/](.+[\\/])?define\.ts$/.test(id)
      ? { code, map: null, moduleSideEffects: true as const }
      : null;
  },
};

/**
 * Configuration only: the element stories live beside their components
 * (`packages/<element>/src/*.stories.ts`) and are picked up by the glob as they appear; a
 * package without stories simply contributes none. The documentation pages are MDX in ../docs.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../docs/*.mdx', '../../../packages/*/src/**/*.stories.ts'],
  addons: [
    // MDX 3 is CommonMark only: GitHub-flavoured Markdown (tables, strikethrough, autolinks) needs
    // remark-gfm, passed to the MDX compiler through addon-docs' options.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  core: {
    // No telemetry, no update or "what's new" checks: the site makes no outside requests.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
    disableProjectJson: true,
  },
  docs: { defaultName: 'Docs' },
  // The preview iframe has no icon of its own; without one the browser asks the server root for
  // /favicon.ico (a 404 and a console error when served under /storybook/).
  previewHead: (head) => `${head}\n<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
  viteFinal: (config) => ({
    ...config,
    plugins: [...(config.plugins ?? []), defineHasSideEffects],
    // Storybook's own manager and axe chunks are large by nature; nothing to split for us.
    build: { ...config.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
