import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--nv-asm-min-height, 16em);
    --_nv-asm-supports: var(--nv-asm-supports, var(--nv-color-stance-supports));
    --_nv-asm-opposes: var(--nv-asm-opposes, var(--nv-color-stance-opposes));
    --_nv-asm-conditional: var(--nv-asm-conditional, var(--nv-color-stance-conditional));
    --_nv-asm-not-stated: var(--nv-asm-not-stated, var(--nv-color-stance-not-stated));
    --_nv-asm-highlight: var(--nv-asm-highlight, color-mix(in srgb, var(--nv-color-focus) 10%, var(--nv-color-bg)));
  }
  .nv-base {
    min-height: inherit;
  }
  .asm {
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
  .source {
    margin: 0.25em 0 0.75em;
    color: var(--nv-color-muted);
    font-size: 0.9em;
  }
  .source {
    margin: 0.75em 0 0;
  }
  .pos-supports {
    --_c: var(--_nv-asm-supports);
  }
  .pos-opposes {
    --_c: var(--_nv-asm-opposes);
  }
  .pos-conditional {
    --_c: var(--_nv-asm-conditional);
  }
  .pos-not-stated {
    --_c: var(--_nv-asm-not-stated);
  }
  /* The glyph and the basis letter are generated content: a shape per position so the cell
     never relies on colour, and no text node per cell to create (the cell's name is its
     aria-label; both spans are aria-hidden). */
  .pos-supports .chip::before {
    content: '✓';
  }
  .pos-opposes .chip::before {
    content: '✕';
  }
  .pos-conditional .chip::before {
    content: '◐';
  }
  .pos-not-stated .chip::before {
    content: '–';
  }
  .mark::before {
    content: attr(data-mark);
  }
  .chip {
    display: inline-block;
    vertical-align: middle;
    text-align: center;
    width: 1.5em;
    height: 1.5em;
    line-height: calc(1.5em - 4px);
    border-radius: 50%;
    border: 2px solid var(--_c);
    background: var(--_c);
    color: var(--nv-color-bg);
    font-weight: 700;
    line-height: 1;
  }
  .pos-not-stated .chip {
    background: transparent;
    color: var(--nv-color-fg);
    border-style: dashed;
  }
  .mark {
    display: inline-block;
    vertical-align: middle;
    text-align: center;
    min-width: 1.3em;
    line-height: 1.2;
    padding: 0 0.15em;
    border: 1px solid var(--nv-color-border);
    border-radius: 2px;
    font-size: 0.75em;
    font-weight: 700;
    color: var(--nv-color-fg);
  }
  .mark[data-mark=''] {
    display: none;
  }

  /* The grid */
  .grid {
    width: 100%;
    table-layout: fixed;
    /* Separate borders: collapsed ones are resolved cell by cell, slow for a 50 × 40 grid. */
    border-collapse: separate;
    border-spacing: 0;
    border-top: 1px solid var(--nv-color-border);
    border-left: 1px solid var(--nv-color-border);
  }
  .col-actor {
    width: var(--nv-asm-actor-width, 9em);
  }
  .grid th,
  .grid td {
    padding: 0;
    border: solid var(--nv-color-border);
    border-width: 0 1px 1px 0;
    vertical-align: middle;
    overflow-wrap: break-word;
  }
  .grid th {
    text-align: start;
    font-weight: 600;
  }
  .row-head,
  .col-head {
    hyphens: auto;
  }
  .corner,
  .row-head {
    padding: 0.4em 0.5em !important;
  }
  .hl {
    background: var(--_nv-asm-highlight);
  }
  .sort-btn,
  .cell-btn {
    display: flex;
    align-items: center;
    gap: 0.35em;
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.35em 0.45em;
    font: inherit;
    text-align: start;
    color: var(--nv-color-fg);
    background: transparent;
    border: 0;
    cursor: pointer;
  }
  .sort-btn {
    align-items: flex-end;
    justify-content: space-between;
    font-weight: 600;
    height: 100%;
  }
  .arrow {
    color: var(--nv-color-muted);
    flex: none;
  }
  [aria-sort='ascending'] .arrow,
  [aria-sort='descending'] .arrow {
    color: var(--nv-color-fg);
  }
  .cell-btn {
    display: block;
  }
  /* Large grids (see MANY_CELLS): skip laying out cells and cards that are off screen. They stay
     focusable, findable and in the accessibility tree. */
  .many .cell-btn {
    content-visibility: auto;
    contain-intrinsic-size: auto 44px;
  }
  .many .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }
  .label {
    min-width: 0;
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
    border: 1px solid var(--nv-color-border);
    border-radius: var(--nv-radius);
  }
  .cards,
  .card-cells,
  .legend ul,
  .quotes {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cards {
    display: grid;
    gap: 0.75em;
  }
  .card {
    border: 1px solid var(--nv-color-border);
    border-radius: var(--nv-radius);
    overflow-wrap: anywhere;
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
  .card-cell .issue-label {
    display: block;
    font-weight: 600;
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
  .popover p {
    margin: 0 0 0.5em;
  }
  .pop-title {
    font-weight: 700;
  }
  .pop-stance {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .quotes li {
    margin: 0 0 0.5em;
  }
  .translation,
  .para {
    color: var(--nv-color-muted);
  }
  .para {
    white-space: nowrap;
  }

  /* Legend, table toggle */
  .legend {
    margin-top: 0.75em;
    font-size: 0.9em;
  }
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
  .toggle {
    margin-top: 0.75em;
  }
  .citations {
    width: 100%;
    margin-top: 0.5em;
    border-collapse: collapse;
    font-size: 0.9em;
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
  .citations .quotes li {
    margin: 0;
  }

  @media (forced-colors: active) {
    .chip {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .pos-supports .chip,
    .pos-opposes .chip,
    .pos-conditional .chip {
      border-style: solid;
    }
    .hl {
      outline: 2px dotted Highlight;
      outline-offset: -4px;
    }
    .cell-btn[aria-expanded='true'] {
      outline: 3px solid Highlight;
    }
  }

  @media print {
    .popover,
    .toggle,
    .sort,
    .arrow {
      display: none !important;
    }
    .chip {
      print-color-adjust: exact;
    }
    .hl {
      background: none;
    }
    .many .cell-btn,
    .many .card {
      content-visibility: visible;
    }
  }
`;
