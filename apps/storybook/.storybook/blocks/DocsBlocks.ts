// Blocks for the MDX pages that read the code and the data instead of restating them, so the
// docs cannot drift: context sources from the dataset, element READMEs' keyboard maps, the
// packages' CHANGELOGs and pending changesets, and the embed snippets per element.
import { createElement as h, Fragment, type ReactNode } from 'react';
import { Markdown } from '@storybook/addon-docs/blocks';
import dataset from '@nato-viz/data/article.json';
import { elements } from '../manifest.js';
import { EmbedCode } from './EmbedCode.js';
import { markdownSection, parseTokens } from './parse.js';

interface ContextSource {
  source: string;
  url?: string;
  date: string;
  note: { nl: string; en: string };
}
interface Labelled {
  id: string;
  label: { nl: string; en: string };
  context?: ContextSource[];
}

/** The three elements of the suite, in the order the README lists them. */
export const ELEMENT_TAGS = [
  'nato-presence-map',
  'escalation-ladder',
  'actor-stance-matrix',
] as const;

/** A short Dutch text for `<noscript>` per element (the default page language of the suite). */
const FALLBACKS: Record<string, string> = {
  'nato-presence-map':
    'Kaart: wie zou waar militair aanwezig zijn, met en zonder de vredesdeal (analyse van 17 december 2025). Schakel JavaScript in om de kaart te zien.',
  'escalation-ladder':
    'Grafiek: de escalatieladder van de oorlog tot een permanente NAVO-aanwezigheid aan de Russische grens, en het andere pad (analyse van 17 december 2025). Schakel JavaScript in om de grafiek te zien.',
  'actor-stance-matrix':
    'Tabel: het standpunt van elke betrokkene over elk onderdeel van de deal, met de zin uit het artikel die het zegt (analyse van 17 december 2025). Schakel JavaScript in om de tabel te zien.',
};

/**
 * Markdown from the code (JSDoc in the manifests, READMEs, changesets) as one line of text: inline
 * code, emphasis and links rendered, never literal backticks. For a table cell or a sentence.
 */
function inlineMarkdown(text: string | undefined): ReactNode {
  return text ? h(Markdown, { options: { forceInline: true } }, text) : null;
}

function link(url: string | undefined, text: string): ReactNode {
  return url ? h('a', { href: url, rel: 'noreferrer' }, text) : text;
}

/** Every context fact in the built-in dataset: what it says, who says so, as of when. */
export function ContextSources() {
  const d = dataset as unknown as {
    regions?: Labelled[];
    presence?: Labelled[];
    context?: Labelled[];
  };
  const rows = [...(d.regions ?? []), ...(d.presence ?? []), ...(d.context ?? [])].flatMap((item) =>
    (item.context ?? []).map((c, i) => ({ key: `${item.id}-${i}`, item, c })),
  );
  if (rows.length === 0) return h('p', null, 'The built-in dataset has no context facts yet.');
  return h(
    'table',
    null,
    h(
      'caption',
      null,
      `Context in the built-in dataset (${rows.length} entries), labelled as context in every element`,
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'About'),
        h('th', { scope: 'col' }, 'Context'),
        h('th', { scope: 'col' }, 'Source'),
        h('th', { scope: 'col' }, 'As of'),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map(({ key, item, c }) =>
        h(
          'tr',
          { key },
          h('th', { scope: 'row' }, item.label.en),
          h('td', null, c.note.en),
          h('td', null, link(c.url, c.source)),
          h('td', null, c.date),
        ),
      ),
    ),
  );
}

/** How many records of each kind the built-in dataset holds. */
export function DatasetCounts() {
  const d = dataset as unknown as Record<string, unknown>;
  const kinds = ['actors', 'issues', 'stances', 'rungs', 'presence', 'regions', 'context'];
  return h(
    'ul',
    null,
    kinds.map((k) =>
      h('li', { key: k }, `${k}: ${Array.isArray(d[k]) ? (d[k] as unknown[]).length : 0}`),
    ),
  );
}

/** The embed code for every element, each with a copy button and a `<noscript>` fallback. */
export function EmbedSnippets() {
  return h(
    Fragment,
    null,
    ELEMENT_TAGS.map((tag) =>
      h(
        'section',
        { key: tag, 'aria-labelledby': `embed-${tag}` },
        h('h3', { id: `embed-${tag}` }, `<${tag}>`),
        elements.get(tag)?.description
          ? h(Markdown, null, elements.get(tag)?.description ?? '')
          : null,
        h(EmbedCode, { tag, attributes: { lang: 'nl' }, fallback: FALLBACKS[tag] ?? '' }),
      ),
    ),
  );
}

const readmes = import.meta.glob<string>('../../../../packages/*/README.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function packageOf(path: string): string {
  return /packages\/([^/]+)\//.exec(path)?.[1] ?? path;
}

/**
 * A section of each element package's README (its keyboard map, its accessibility notes), as
 * the element engineers wrote it beside the code.
 */
export function ReadmeSection({ heading, missing }: { heading: string; missing: string }) {
  const re = new RegExp(heading, 'i');
  return h(
    Fragment,
    null,
    ELEMENT_TAGS.map((tag) => {
      const entry = Object.entries(readmes).find(([path]) => packageOf(path) === tag);
      const section = entry ? markdownSection(entry[1], re) : undefined;
      return h(
        'section',
        { key: tag },
        h('h3', null, `<${tag}>`),
        section ? h(Markdown, null, section) : h('p', null, missing),
      );
    }),
  );
}

const changelogs = import.meta.glob<string>('../../../../packages/*/CHANGELOG.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const changesets = import.meta.glob<string>(
  ['../../../../.changeset/*.md', '!../../../../.changeset/README.md'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

/** Pending changesets: front matter (package: bump) and the summary. */
function parseChangeset(text: string): { bumps: string[]; summary: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!m) return { bumps: [], summary: text.trim() };
  const bumps = (m[1] as string)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.replace(/['"]/g, ''));
  return { bumps, summary: (m[2] as string).trim() };
}

/** The released CHANGELOG.md of every package, then the changesets waiting for the next release. */
export function Changelogs() {
  const released = Object.entries(changelogs).sort(([a], [b]) => a.localeCompare(b));
  const pending = Object.entries(changesets).sort(([a], [b]) => a.localeCompare(b));
  return h(
    Fragment,
    null,
    h('h2', null, 'Released'),
    released.length === 0
      ? h(
          'p',
          null,
          'Nothing has been released yet: no package has a CHANGELOG.md. The first ',
          h('code', null, 'changeset version'),
          ' writes them.',
        )
      : released.map(([path, text]) =>
          h(
            'section',
            { key: path },
            h('h3', null, `@nato-viz/${packageOf(path)}`),
            h(Markdown, null, text.replace(/^# .*\n/, '')),
          ),
        ),
    h('h2', null, 'Unreleased (pending changesets)'),
    pending.length === 0
      ? h('p', null, 'No pending changesets.')
      : h(
          'ul',
          null,
          pending.map(([path, text]) => {
            const { bumps, summary } = parseChangeset(text);
            return h(
              'li',
              { key: path },
              h('strong', null, bumps.join(', ') || path.split('/').pop()),
              h(Markdown, null, summary),
            );
          }),
        ),
  );
}

function swatch(color: string): ReactNode {
  return /^#[0-9a-f]{3,8}$/i.test(color)
    ? h('span', { className: 'nv-sb-swatch', style: { background: color }, 'aria-hidden': 'true' })
    : null;
}

/** The core tokens every element shares, read from `themeTokens` in @nato-viz/core. */
export function TokenTable({ cssText }: { cssText: string }) {
  const tokens = parseTokens(cssText);
  return h(
    'table',
    null,
    h('caption', null, `Core tokens (${tokens.length}), from themeTokens in @nato-viz/core`),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Custom property'),
        h('th', { scope: 'col' }, 'Light'),
        h('th', { scope: 'col' }, 'Dark'),
      ),
    ),
    h(
      'tbody',
      null,
      tokens.map((t) =>
        h(
          'tr',
          { key: t.name },
          h('th', { scope: 'row' }, h('code', null, t.name)),
          h('td', null, swatch(t.light), h('code', null, t.light)),
          h('td', null, swatch(t.dark), h('code', null, t.dark)),
        ),
      ),
    ),
  );
}

/** Each element's CSS parts and public custom properties, from its Custom Elements Manifest. */
export function ElementStyling() {
  return h(
    Fragment,
    null,
    ELEMENT_TAGS.map((tag) => {
      const el = elements.get(tag);
      if (!el) {
        return h(
          'section',
          { key: tag },
          h('h3', null, `<${tag}>`),
          h(
            'p',
            null,
            'Its Custom Elements Manifest is not built yet; the element’s own docs page lists its parts and custom properties once it is.',
          ),
        );
      }
      const rows = (
        items: { name: string; description?: string; default?: string }[] | undefined,
        kind: string,
      ) =>
        (items ?? []).map((i) =>
          h(
            'tr',
            { key: `${kind}-${i.name}` },
            h(
              'th',
              { scope: 'row' },
              h('code', null, kind === 'part' ? `::part(${i.name})` : i.name),
            ),
            h('td', null, inlineMarkdown(i.description)),
            h('td', null, i.default ? h('code', null, i.default) : ''),
          ),
        );
      return h(
        'section',
        { key: tag },
        h('h3', null, `<${tag}>`),
        h(
          'table',
          null,
          h('caption', null, `Styling API of <${tag}>`),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'col' }, 'Part or custom property'),
              h('th', { scope: 'col' }, 'What it styles'),
              h('th', { scope: 'col' }, 'Default'),
            ),
          ),
          h('tbody', null, rows(el.cssParts, 'part'), rows(el.cssProperties, 'prop')),
        ),
      );
    }),
  );
}
