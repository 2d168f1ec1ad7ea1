// @ts-check
/** Small constructors that keep the hand-written records short and typed. */

/** @typedef {import('../../packages/data/src/schema.js').Citation} Citation */
/** @typedef {import('../../packages/data/src/schema.js').Localized} Localized */

/**
 * A sentence of the article. `quote` must be a verbatim substring of paragraph `paragraph`
 * (1-based among the non-empty lines; mind U+2011 ‑, curly quotes “ ”, the en dash – and the
 * stray space in "Oekraïne ,"). packages/data tests check every quote against the article.
 * @param {number} paragraph
 * @param {string} quote
 * @param {string} translation
 * @returns {Citation}
 */
export const cite = (paragraph, quote, translation) => ({ paragraph, quote, translation });

/**
 * Dutch and English text.
 * @param {string} nl
 * @param {string} en
 * @returns {Localized}
 */
export const t = (nl, en) => ({ nl, en });
