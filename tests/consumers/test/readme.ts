// Code blocks of the repository's READMEs, as written, for the tests that run them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const readme = (path = 'README.md') => readFileSync(`${root}/${path}`, 'utf8');

/** Every fenced block of `lang` in `text`. */
export const blocks = (text: string, lang: string) =>
  [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

/** The one block whose first line is `// <label>` (e.g. `// React 19`). */
export function labelled(text: string, lang: string, label: string): string {
  const found = blocks(text, lang).filter((b) => b.startsWith(`// ${label}\n`));
  if (found.length !== 1)
    throw new Error(
      `expected one \`\`\`${lang} block starting "// ${label}", found ${found.length}`,
    );
  return found[0]!;
}
