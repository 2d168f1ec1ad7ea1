// @ts-check
import { t } from './helpers.mjs';

/**
 * The article's metadata. Publisher, author and URL are not in the source file, so they are
 * left out (not-stated); see packages/data/README.md.
 * @type {import('../../packages/data/src/schema.js').Article}
 */
export const article = {
  // The headline sentence of paragraph 1, verbatim (including its "NAVO ‑soldaten").
  title: t(
    'Poetin dreigt met zijn eigen “vredesdeal” precies datgene uit te lokken waar hij het meest bang voor is: NAVO ‑soldaten aan de Russische grens.',
    'With his own “peace deal”, Putin threatens to bring about exactly what he fears most: NATO soldiers on the Russian border.',
  ),
  date: '2025-12-17',
  language: 'nl',
  paragraphs: 10,
};
