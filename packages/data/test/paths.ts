import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A path inside packages/data. */
export const pkgPath = (rel: string): string =>
  fileURLToPath(new URL(`../${rel}`, import.meta.url));

/** The article as committed in data/source (the source of every quote). */
export const ARTICLE_PATH = pkgPath('../../data/source/article.nl.txt');

/** The article's paragraphs: its non-empty lines, numbered from 1 (index 0 is paragraph 1). */
export function articleParagraphs(): string[] {
  return readFileSync(ARTICLE_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** A committed file of packages/data/generated, as bytes. */
export const generated = (name: string): Buffer => readFileSync(pkgPath(`generated/${name}`));

/** Data a test breaks on purpose: any shape goes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests write invalid values on purpose
export type Breakable = Record<string, any>;

/** A deep copy of `value` that a test may break. */
export const breakable = (value: unknown): Breakable => structuredClone(value) as Breakable;
