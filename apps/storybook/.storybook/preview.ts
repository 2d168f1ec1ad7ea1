import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ElementDocsPage } from './blocks/ElementDocsPage.js';
import { afterEach, beforeEach } from './console-guard.js';
import { extractArgTypes, extractComponentDescription, manifest } from './manifest.js';
import { render } from './render.js';
import './preview.css';

// One manifest for all element packages: docs tables and controls come from the code.
setCustomElementsManifest(manifest);

/**
 * The toolbar's language and theme, applied the way a host page would: `lang` on the element's
 * container (elements inherit it unless the story sets its own), and the page's colour scheme
 * on <html> (elements with theme="auto" follow it; explicit `theme` in a story wins).
 */
const pageDecorator: Decorator = (story, { globals }) => {
  const lang = globals.lang === 'nl' || globals.lang === 'en' ? globals.lang : undefined;
  const scheme = globals.theme === 'light' || globals.theme === 'dark' ? globals.theme : undefined;
  const root = document.documentElement;
  if (scheme) root.dataset.colorScheme = scheme;
  else delete root.dataset.colorScheme;
  return html`<div class="nv-sb-page" lang=${ifDefined(lang)}>${story()}</div>`;
};

const preview: Preview = {
  render,
  decorators: [pageDecorator],
  // The stories' own `width` arg is the width of the container they draw the element in, not
  // part of any element's API: no row in the API table, no control.
  argTypes: { width: { control: false, table: { disable: true } } },
  beforeEach,
  afterEach,
  globalTypes: {
    lang: {
      description: 'Language of the page around the element',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands (nl)', right: 'nl' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page around the element',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Reader preference (auto)' },
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nl', theme: 'auto' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      extractArgTypes,
      extractComponentDescription,
      page: ElementDocsPage,
      toc: true,
    },
    // Every story is an accessibility test: an axe violation fails `storybook test` / vitest.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Introduction',
            'Embedding in a CMS',
            'Data and sources',
            'Theming',
            'Accessibility',
            'Changelog',
          ],
          'Elements',
        ],
      },
    },
  },
};

export default preview;
