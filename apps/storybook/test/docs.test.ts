import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const docsDir = fileURLToPath(new URL('../docs/', import.meta.url));
const article = readFileSync(
  fileURLToPath(new URL('../../../data/source/article.nl.txt', import.meta.url)),
  'utf8',
);
/** The article's paragraphs: its non-empty lines, numbered from 1. */
const paragraphs = article.split('\n').filter((l) => l.trim() !== '');

/** Every `<blockquote lang="nl" data-paragraph="n">…</blockquote>` in the MDX pages. */
function quotes(): { file: string; paragraph: number; text: string }[] {
  return readdirSync(docsDir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((file) =>
      [
        ...readFileSync(docsDir + file, 'utf8').matchAll(
          /<blockquote lang="nl" data-paragraph="(\d+)">\s*([\s\S]*?)\s*<\/blockquote>/g,
        ),
      ].map((m) => ({ file, paragraph: Number(m[1]), text: (m[2] as string).trim() })),
    );
}

describe('docs pages', () => {
  it('quote the article somewhere', () => {
    expect(quotes().length).toBeGreaterThan(0);
  });

  it.each(quotes().map((q) => [q.file, q.paragraph, q.text] as const))(
    '%s quotes paragraph %i verbatim: %s',
    (_file, paragraph, text) => {
      expect(paragraphs[paragraph - 1]).toContain(text);
    },
  );
});
