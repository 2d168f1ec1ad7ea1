import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  EMBED_HEAD,
  EMBED_SCRIPT,
  EMBED_STYLESHEET,
  EMBED_VERSION,
  elementTag,
  embedSnippet,
  embedSnippetWithFallback,
} from '../.storybook/embed.js';
import { markdownSection, parseTokens } from '../.storybook/blocks/parse.js';

const embedPackage = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../packages/embed/package.json', import.meta.url)),
    'utf8',
  ),
) as { version: string };

describe('embed snippet', () => {
  it('pins the version of @nato-viz/embed in the CDN URL', () => {
    expect(EMBED_VERSION).toBe(embedPackage.version);
    expect(EMBED_SCRIPT).toBe(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/@nato-viz/embed@${embedPackage.version}/dist/nato-viz.js"></script>`,
    );
  });

  it('links the pinned nato-viz.css, as the README snippet does', () => {
    expect(EMBED_STYLESHEET).toBe(
      `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@nato-viz/embed@${embedPackage.version}/dist/nato-viz.css">`,
    );
    const readme = readFileSync(
      fileURLToPath(new URL('../../../README.md', import.meta.url)),
      'utf8',
    );
    // The README pins the release; the same two tags, whatever the version.
    const unpinned = (s: string) =>
      s.replace(/@nato-viz\/embed@[^/]+\//g, '@nato-viz/embed@VERSION/');
    expect(unpinned(readme)).toContain(unpinned(EMBED_HEAD));
  });

  it('embedSnippet("escalation-ladder", { lang: "nl" }) is the stylesheet, the script tag and the element, one a line', () => {
    expect(embedSnippet('escalation-ladder', { lang: 'nl' })).toBe(
      `${EMBED_STYLESHEET}\n${EMBED_SCRIPT}\n<escalation-ladder lang="nl"></escalation-ladder>`,
    );
  });

  it('elementTag writes booleans as presence and escapes quotes', () => {
    expect(elementTag('x-y', { 'no-legend': true, 'no-table': false, title: 'a "b" <c>' })).toBe(
      '<x-y no-legend title="a &quot;b&quot; &lt;c>"></x-y>',
    );
  });

  it('embedSnippetWithFallback adds an escaped <noscript> paragraph', () => {
    expect(embedSnippetWithFallback('x-y', {}, 'a < b')).toBe(
      `${EMBED_HEAD}\n<x-y></x-y>\n<noscript>\n  <p>a &lt; b</p>\n</noscript>`,
    );
  });
});

describe('docs parsers', () => {
  it('markdownSection(readme, /keyboard/i) returns the section down to the next heading of its level', () => {
    const md = '# X\n\n## Keyboard\n\n| key | does |\n### Sub\ntext\n## Events\nno';
    expect(markdownSection(md, /keyboard/i)).toBe('| key | does |\n### Sub\ntext');
    expect(markdownSection(md, /missing/i)).toBeUndefined();
  });

  it('parseTokens reads light and dark values of light-dark() tokens', () => {
    expect(
      parseTokens(
        ':host { --nv-color-bg: light-dark(#fff, #000); --nv-radius: 4px; } .x { --nv-no: 1; }',
      ),
    ).toEqual([
      { name: '--nv-color-bg', value: 'light-dark(#fff, #000)', light: '#fff', dark: '#000' },
      { name: '--nv-radius', value: '4px', light: '4px', dark: '4px' },
    ]);
  });
});
