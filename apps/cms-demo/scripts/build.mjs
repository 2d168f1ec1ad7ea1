#!/usr/bin/env node
// Builds the CMS demo: the Dutch article as a news page (dist/index.html), an English version
// (dist/en/index.html), the bare CSP check page (dist/csp.html), the theme stylesheet and the
// embed bundle next to them. Everything is served from the page's own origin: no outside host,
// no inline script, no inline style.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(appDir, '../..');
const dist = join(appDir, 'dist');
const require = createRequire(join(appDir, 'package.json'));

const TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];

/** The article, byte for byte as in data/source (the copy in src/ if that is missing). */
const articleFile = [
  join(root, 'data/source/article.nl.txt'),
  join(appDir, 'src/article.nl.txt'),
].find(existsSync);
const lines = readFileSync(articleFile, 'utf8')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);

const embedDist = join(dirname(require.resolve('@nato-viz/embed/package.json')), 'dist');
const dataset = JSON.parse(readFileSync(require.resolve('@nato-viz/data/article.json'), 'utf8'));

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Line numbers (1-based among non-empty lines, as the dataset's `paragraph`) after which each
 * tag stands: the stances after the paragraph on who agreed to what, the map after the one on
 * NATO aircraft over Ukraine, the ladder at the end, where the article weighs war against deal.
 */
const PLACEMENT = { 4: 'actor-stance-matrix', 7: 'nato-presence-map', 10: 'escalation-ladder' };
/** Lines that are section headings in the source. */
const HEADINGS = new Set([2, 5, 8]);

/**
 * The embed's hosted fallback snippet for a tag, its picture's URL rewritten to where this site
 * serves the .svg files (dist/fallback/, copied below): `base` is the page's way up to dist/.
 * The picture is a lazy <img> inside a <canvas>: with scripts on, the canvas holds the element's
 * place and the picture is never fetched; with scripts off, the canvas shows it at once.
 */
function fallback(tag, lang, base) {
  const file = join(embedDist, 'fallback', `${tag}.${lang}.html`);
  if (!existsSync(file)) {
    console.warn(
      `[cms-demo] no static fallback for <${tag}> (${lang}): the tag stays empty until the script runs.`,
    );
    return '';
  }
  const svg = `${tag}.${lang}.svg`;
  const html = readFileSync(file, 'utf8').trim();
  if (!html.includes(`src="${svg}"`))
    throw new Error(
      `[cms-demo] ${file} does not point its picture at ${svg}: rebuild @nato-viz/embed.`,
    );
  return html.replace(`src="${svg}"`, `src="${base}fallback/${svg}"`);
}
const tag = (name, lang, base) => `<${name}>\n${fallback(name, lang, base)}\n</${name}>`;

/**
 * Where the start command serves the demo (tooling/scripts/serve.mjs): the absolute URLs that
 * `hreflang` alternates and `canonical` need. A site that copies the demo sets its own.
 */
const SITE_URL = 'http://127.0.0.1:4173/demo/';
const PAGE_URL = { nl: SITE_URL, en: `${SITE_URL}en/` };

/** The English page's summary, the project's own words (marked as a summary on the page). */
const SUMMARY_EN =
  'a Dutch news analysis of 2025-12-17 argues that the US-brokered deal (Ukraine leaves the Donbas and accepts a ceasefire; a European-led multinational force and NATO air policing guarantee its security) would bring Putin exactly the NATO presence at Russia’s border he went to war to prevent, so Moscow will probably keep fighting.';

/** The Dutch page's description: the article's first sentence after the headline, verbatim. */
function dutchDescription() {
  const lead = lines.slice(1).find((l, i) => !HEADINGS.has(i + 2)) ?? '';
  const m = lead.match(/^.*?[.!?](?=\s|$)/);
  return m ? m[0] : lead;
}

function page({ lang, title, base, body, alternate, description }) {
  const nav =
    lang === 'nl'
      ? ['Voorpagina', 'Binnenland', 'Buitenland', 'Economie', 'Opinie']
      : ['Front page', 'Domestic', 'World', 'Business', 'Opinion'];
  const current = lang === 'nl' ? 'Buitenland' : 'World';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | De Dagkrant</title>
<meta name="description" content="${esc(description)}">
<link rel="canonical" href="${PAGE_URL[lang]}">
<link rel="alternate" hreflang="nl" href="${PAGE_URL.nl}">
<link rel="alternate" hreflang="en" href="${PAGE_URL.en}">
<link rel="alternate" hreflang="x-default" href="${PAGE_URL.nl}">
<link rel="icon" href="${base}favicon.png">
<link rel="stylesheet" href="${base}theme.css">
<link rel="stylesheet" href="${base}nato-viz.css">
<script type="module" src="${base}nato-viz.js"></script>
</head>
<body>
<a class="skip-link" href="#content">${lang === 'nl' ? 'Naar de inhoud' : 'Skip to content'}</a>
<header class="site-header"><div class="bar">
<a class="logo" href="${base}">De Dagkrant</a>
<nav class="site-nav" aria-label="${lang === 'nl' ? 'Rubrieken' : 'Sections'}"><ul>
${nav.map((n) => `<li><a href="${base}"${n === current ? ' aria-current="page"' : ''}>${n}</a></li>`).join('\n')}
</ul></nav>
<a class="lang-switch" href="${alternate}" hreflang="${lang === 'nl' ? 'en' : 'nl'}" lang="${lang === 'nl' ? 'en' : 'nl'}">${lang === 'nl' ? 'English' : 'Nederlands'}</a>
</div></header>
<main id="content" tabindex="-1">
<article>
${body}
</article>
</main>
<footer class="site-footer"><div class="bar">
${
  lang === 'nl'
    ? '<p>De Dagkrant is een demonstratiepagina van nato-viz: zo staan de graphics in een artikel van een CMS. Kaartgegevens: Natural Earth (publiek domein); grenzen zoals internationaal erkend.</p>'
    : '<p>De Dagkrant is a nato-viz demonstration page: this is how the graphics sit in a CMS article. Map data: Natural Earth (public domain); internationally recognised borders.</p>'
}
</div></footer>
</body>
</html>
`;
}

/* The Dutch page: the article as body copy, verbatim. */
function dutch() {
  const [first, ...rest] = lines;
  const m = first.match(/^date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$/);
  const date = m ? m[1] : dataset.article.date;
  const headline = m ? m[2] : first;
  const out = [
    '<p class="kicker">Buitenland · Analyse</p>',
    `<h1>${esc(headline)}</h1>`,
    `<p class="byline">Redactie buitenland · <time datetime="${date}">17 december 2025</time></p>`,
  ];
  rest.forEach((line, i) => {
    const n = i + 2;
    out.push(HEADINGS.has(n) ? `<h2>${esc(line)}</h2>` : `<p>${esc(line)}</p>`);
    if (PLACEMENT[n]) out.push(tag(PLACEMENT[n], 'nl', ''));
  });
  return out.join('\n');
}

/** Every cited sentence of the dataset with its English translation, by paragraph. */
function citationsByParagraph() {
  const by = new Map();
  const walk = (o) => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    if (
      typeof o.quote === 'string' &&
      typeof o.paragraph === 'number' &&
      typeof o.translation === 'string'
    ) {
      const list = by.get(o.paragraph) ?? [];
      if (!list.some((c) => c.quote === o.quote))
        list.push({ quote: o.quote, translation: o.translation });
      by.set(o.paragraph, list);
    }
    Object.values(o).forEach(walk);
  };
  walk(dataset);
  return by;
}

/**
 * The cited sentences of one paragraph that do not overlap, in reading order: the longest
 * where several start at the same place.
 */
function excerpts(paragraph, cited) {
  const text = lines[paragraph - 1] ?? '';
  const placed = cited
    .map((c) => ({ ...c, start: text.indexOf(c.quote) }))
    .filter((c) => c.start >= 0)
    .sort((a, b) => a.start - b.start || b.quote.length - a.quote.length);
  const chosen = [];
  let end = -1;
  for (const c of placed) {
    if (c.start < end) continue;
    chosen.push(c);
    end = c.start + c.quote.length;
  }
  return chosen;
}

/*
 * The English page. The dataset holds English translations of the headline and of every
 * sentence it cites, not of the whole article; so the page says so, gives the project's own
 * one-paragraph summary (marked as a summary), and then, paragraph by paragraph, the
 * translated excerpts.
 */
function english() {
  const by = citationsByParagraph();
  const out = [
    '<p class="kicker">World · Analysis</p>',
    `<h1>${esc(dataset.article.title.en)}</h1>`,
    `<p class="byline">Foreign desk · <time datetime="${dataset.article.date}">17 December 2025</time> · translated from Dutch</p>`,
    '<p class="note"><strong>About this page.</strong> The article was published in Dutch. This English page gives a summary, marked as such, and then the sentences of each paragraph that the nato-viz dataset cites, in the dataset’s English translation; it is not a full translation. The Dutch original is on the <a href="../" hreflang="nl" lang="nl">Nederlandse pagina</a>.</p>',
    '<h2>Summary</h2>',
    `<p><strong>Summary:</strong> ${esc(SUMMARY_EN)}</p>`,
    '<h2>Translated excerpts, paragraph by paragraph</h2>',
  ];
  lines.forEach((_, i) => {
    const n = i + 1;
    if (n > 1 && !HEADINGS.has(n)) {
      const chosen = excerpts(n, by.get(n) ?? []);
      if (chosen.length) {
        out.push(
          `<p class="excerpt"><span class="excerpt-label">Paragraph ${n}, excerpts</span>${chosen
            .map((c) => `“${esc(c.translation)}”`)
            .join(' … ')}</p>`,
        );
      }
    }
    if (PLACEMENT[n]) out.push(tag(PLACEMENT[n], 'en', '../'));
  });
  return out.join('\n');
}

const csp = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>nato-viz: one script tag, three elements</title>
<link rel="icon" href="favicon.png">
<link rel="stylesheet" href="nato-viz.css">
<script type="module" src="nato-viz.js"></script>
</head>
<body>
<nato-presence-map></nato-presence-map>
<escalation-ladder></escalation-ladder>
<actor-stance-matrix></actor-stance-matrix>
</body>
</html>
`;

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'en'), { recursive: true });
// nato-viz.js and the file it fetches only when a page supplies a dataset, next to it.
for (const f of [
  'nato-viz.js',
  'nato-viz.js.map',
  'nato-viz.supplied.js',
  'nato-viz.supplied.js.map',
  'nato-viz.css',
]) {
  if (existsSync(join(embedDist, f))) copyFileSync(join(embedDist, f), join(dist, f));
  else
    console.warn(
      `[cms-demo] the embed has no ${f} (built without Chromium?): the demo goes without it.`,
    );
}
// The fallback pictures the snippets point at, and the embed's fallback.css, hosted next to the pages.
const fallbackDir = join(embedDist, 'fallback');
if (existsSync(fallbackDir)) {
  mkdirSync(join(dist, 'fallback'), { recursive: true });
  for (const f of readdirSync(fallbackDir).filter(
    (f) => f.endsWith('.svg') || f === 'fallback.css',
  ))
    copyFileSync(join(fallbackDir, f), join(dist, 'fallback', f));
}
copyFileSync(join(appDir, 'src/theme.css'), join(dist, 'theme.css'));
copyFileSync(join(appDir, 'src/favicon.png'), join(dist, 'favicon.png'));
writeFileSync(
  join(dist, 'index.html'),
  page({
    lang: 'nl',
    title: lines[0].replace(/^date\s+\S+\s+/, ''),
    base: '',
    body: dutch(),
    alternate: 'en/',
    description: dutchDescription(),
  }),
);
writeFileSync(
  join(dist, 'en/index.html'),
  page({
    lang: 'en',
    title: dataset.article.title.en,
    base: '../',
    body: english(),
    alternate: '../',
    description: `Summary: ${SUMMARY_EN}`,
  }),
);
writeFileSync(join(dist, 'csp.html'), csp);
console.log(
  `[cms-demo] dist/index.html, dist/en/index.html, dist/csp.html (${TAGS.length} tags each)`,
);
