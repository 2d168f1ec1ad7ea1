import { css } from 'lit';

// The build minifies this stylesheet (tooling/scripts/minify-css.mjs): write it for the reader.
// Public custom properties (`--nv-asm-*`) fall back to the core tokens where they are used;
// `--_color`, `--_glyph`, `--_mark` and `--_actor-width` are private.
export const styles = css`
  :host {
    min-height: var(--nv-asm-min-height, 16em);
  }
  .matrix {
    position: relative;
    margin: 0;
    padding: var(--nv-space);
  }
  .title {
    margin: 0;
    font-weight: 700;
    font-size: 1.15em;
  }
  .summary,
  .source,
  .card-silent {
    color: var(--nv-color-muted);
  }
  .summary,
  .source,
  .legend,
  .card-silent,
  .citations {
    font-size: 0.9em;
  }
  .summary {
    margin: 0.25em 0 0.75em;
  }
  .source,
  .legend,
  .nv-table-toggle {
    margin: 0.75em 0 0;
  }

  /* Each position has a colour and a glyph (never colour alone), each basis a letter. They are
     drawn as generated content, not as elements, so that 2,000 cells draw fast: a .glyph
     element's ::before is the glyph, its ::after the letter of the basis around it
     (.basis-<basis>); a .basis-mark element's ::before is that letter alone (legend). The
     letters come from --_mark-<basis>, which the element sets on the figure from its message
     catalog (attr() in content would cost a style pass per cell). The alternative text ''
     keeps glyph and letter out of the accessible names and text. */
  .pos-supports {
    --_color: var(--nv-asm-supports, var(--nv-color-stance-supports));
    --_glyph: '✓';
  }
  .pos-opposes {
    --_color: var(--nv-asm-opposes, var(--nv-color-stance-opposes));
    --_glyph: '✕';
  }
  .pos-conditional {
    --_color: var(--nv-asm-conditional, var(--nv-color-stance-conditional));
    --_glyph: '◐';
  }
  .pos-not-stated {
    --_color: var(--nv-asm-not-stated, var(--nv-color-stance-not-stated));
    --_glyph: '–';
  }
  .basis-stated {
    --_mark: var(--_mark-stated);
  }
  .basis-reported {
    --_mark: var(--_mark-reported);
  }
  .basis-article-analysis {
    --_mark: var(--_mark-article-analysis);
  }
  .glyph::before {
    content: var(--_glyph) / '';
    display: inline-block;
    vertical-align: middle;
    text-align: center;
    font-weight: 700;
    width: 1.5em;
    height: 1.5em;
    line-height: 1;
    border-radius: 50%;
    border: 2px solid var(--_color);
    background: var(--_color);
    color: var(--nv-color-bg);
  }
  .pos-not-stated .glyph::before,
  .glyph.pos-not-stated::before {
    background: none;
    color: var(--nv-color-fg);
    border-style: dashed;
  }
  .glyph::after,
  .basis-mark::before {
    content: var(--_mark) / '';
    display: inline-block;
    vertical-align: middle;
    text-align: center;
    font-weight: 700;
    min-width: 1.3em;
    line-height: 1.2;
    padding: 0 0.15em;
    border: 1px solid var(--nv-color-border);
    border-radius: 2px;
    font-size: 0.75em;
    color: var(--nv-color-fg);
  }

  /* The grid. Separate borders: collapsed ones are resolved cell by cell, slow for 50 × 40. */
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    border: solid var(--nv-color-border);
    border-width: 1px 0 0 1px;
  }
  .col-actor {
    width: var(--nv-asm-actor-width, var(--_actor-width, 9em));
  }
  .grid th,
  .grid td {
    padding: 0;
    border: solid var(--nv-color-border);
    border-width: 0 1px 1px 0;
    vertical-align: middle;
    overflow-wrap: break-word;
  }
  /* Hyphens only in the headers (long names and issues): on 2,000 cells of a word or two,
     hyphens: auto cost about 10 % of append → drawn. */
  .grid th {
    text-align: start;
    font-weight: 600;
    hyphens: auto;
  }
  .grid thead th {
    vertical-align: bottom;
  }
  .grid .corner,
  .grid .row-head {
    padding: 0.4em 0.5em;
  }
  .highlight {
    background: var(
      --nv-asm-highlight,
      color-mix(in srgb, var(--nv-color-focus) 10%, var(--nv-color-bg))
    );
  }
  .sort-btn,
  .cell-btn {
    display: block;
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.35em 0.45em;
    font: inherit;
    text-align: start;
    color: var(--nv-color-fg);
    background: none;
    border: 0;
    cursor: pointer;
  }
  .sort-btn {
    position: relative;
    padding-inline-end: 1.5em;
  }
  .arrow {
    position: absolute;
    inset-inline-end: 0.4em;
    bottom: 0.35em;
    color: var(--nv-color-muted);
  }
  .col-head:not([aria-sort='none']) .arrow {
    color: var(--nv-color-fg);
  }
  .compact {
    font-size: 0.85em;
  }
  .compact .sort-btn {
    padding: 0.3em 0.25em 1.5em;
    font-size: 0.8em;
    line-height: 1.25;
  }
  .compact .row-head {
    padding: 0.3em;
  }
  .compact .cell-btn {
    padding: 0.3em;
    text-align: center;
  }
  /* Margins, not spaces, between a cell's glyph, word and letter: no text node per gap, and
     the word stays a culled inline box. */
  .cell-btn::before,
  .val::before {
    margin-inline-end: 0.3em;
  }
  .glyph::after {
    margin-inline-start: 0.3em;
  }
  /* In the compact grid, glyph, short word and letter stand centred on lines of their own. */
  .compact .glyph::before,
  .compact .glyph::after {
    margin: 0;
  }
  .compact .label {
    display: block;
    line-height: 1.2;
  }
  .cell-btn:hover .label,
  .sort-btn:hover .issue-label {
    text-decoration: underline;
  }
  .cell-btn:focus-visible,
  .sort-btn:focus-visible {
    outline-offset: -3px;
  }
  .cell-btn[aria-expanded='true'] {
    box-shadow: inset 0 0 0 2px var(--nv-color-fg);
  }

  /* Many cards (more than 400 cells): off-screen cards and lines skip layout, yet stay
     focusable and in the accessibility tree. Not in the table: Chromium keeps content within
     about 1.5 viewports rendered, so a 50 × 40 table skipped little and paid for a second
     style and layout pass (append → drawn 240 → 194 ms without it). */
  .many .card-cell {
    content-visibility: auto;
    contain-intrinsic-size: auto 44px;
  }
  .many .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }

  /* Cards */
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-bottom: 0.5em;
  }
  .sort select {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    color: var(--nv-color-fg);
    background: var(--nv-color-bg);
  }
  .sort select,
  .card {
    border: 1px solid var(--nv-color-border);
    border-radius: var(--nv-radius);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cards {
    display: grid;
    gap: 0.75em;
  }
  .card {
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .card-title {
    margin: 0;
    padding: 0.4em 0.6em;
    font-weight: 700;
    border-bottom: 1px solid var(--nv-color-border);
  }
  .card-cell + .card-cell {
    border-top: 1px solid var(--nv-color-border);
  }
  .card-cell .cell-btn {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.1em 0.5em;
  }
  .card-cell .issue-label {
    min-width: 0;
    font-weight: 600;
  }
  .val {
    white-space: nowrap;
  }
  .card-silent {
    padding: 0.4em 0.45em;
    line-height: 1.5;
  }
  .card-silent .cell-btn {
    display: inline;
    padding: 0.1em;
    border-radius: 2px;
    text-decoration: underline dotted;
  }

  /* Popover */
  .popover {
    position: absolute;
    z-index: 2;
    width: min(24em, 100%);
    padding: 0.75em;
    color: var(--nv-color-fg);
    background: var(--nv-color-bg);
    border: 2px solid var(--nv-color-fg);
    border-radius: var(--nv-radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    overflow-wrap: anywhere;
  }
  .layout-cards .popover {
    width: 100%;
  }
  .popover p,
  .popover .nv-citations li {
    margin: 0 0 0.5em;
  }
  .pop-title {
    font-weight: 700;
  }
  .pop-stance {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
  }

  /* Legend, citations table */
  .legend-title {
    margin: 0.5em 0 0.25em;
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .citations {
    width: 100%;
    margin-top: 0.5em;
    border-collapse: collapse;
  }
  .citations caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  .citations th,
  .citations td {
    padding: 0.3em 0.4em;
    border-bottom: 1px solid var(--nv-color-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .citations .nv-citations li {
    margin: 0;
  }

  @media (forced-colors: active) {
    .glyph::before {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .highlight {
      outline: 2px dotted Highlight;
      outline-offset: -4px;
    }
    .cell-btn[aria-expanded='true'] {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    .popover,
    .nv-table-toggle,
    .sort,
    .arrow {
      display: none !important;
    }
    .glyph::before {
      print-color-adjust: exact;
    }
    .highlight {
      background: none;
    }
    .many * {
      content-visibility: visible;
    }
  }
`;
