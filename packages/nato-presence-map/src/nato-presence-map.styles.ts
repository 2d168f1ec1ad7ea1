import { css } from 'lit';

// Comments inside the literal are dropped from dist by tooling/scripts/minify-css.mjs.
export const styles = css`
  /* Public --nv-map-* properties over core's tokens, as private --_* names. */
  :host {
    --_ukraine: var(--nv-map-ukraine, var(--nv-color-ukraine));
    --_russia: var(--nv-map-russia, var(--nv-color-russia));
    --_nato: var(--nv-map-nato, var(--nv-color-nato));
    --_land: var(--nv-map-land, var(--nv-color-land));
    --_water: var(--nv-map-water, var(--nv-color-water));
    --_border: var(--nv-map-border, var(--nv-color-fg));
    --_existing: var(--nv-map-existing, var(--nv-color-existing));
    --_proposed: var(--nv-map-proposed, var(--nv-color-europe));
    --_withdrawal: var(--nv-map-withdrawal, var(--nv-color-fg));
    --_ukraine-fill: color-mix(in srgb, var(--_ukraine) 40%, var(--nv-color-bg));
    --_russia-fill: color-mix(in srgb, var(--_russia) 30%, var(--nv-color-bg));
    --_nato-fill: color-mix(in srgb, var(--_nato) 16%, var(--_land));
  }
  figure {
    margin: 0;
    display: grid;
    gap: var(--nv-space);
  }
  .title {
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--nv-space);
  }
  .note, .source {
    margin: 0;
    color: var(--nv-color-muted);
  }
  .nv-muted, .source {
    font-size: 0.85em;
  }
  .map {
    position: relative;
    width: 100%;
    background: var(--_water);
    border-radius: var(--nv-radius);
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
    font-size: 12px;
    border-radius: inherit;
  }
  .narrow {
    font-size: 10px;
  }
  .water {
    fill: var(--_water);
  }
  .c {
    fill: var(--_land);
    stroke: var(--nv-color-land-stroke);
    stroke-width: 0.6;
  }
  .c--ukraine {
    fill: var(--_ukraine-fill);
    stroke: var(--_ukraine);
  }
  /* Russia and NATO members take their pattern fills from --_fill-* on the figure (set by the element). */
  .c--russia {
    fill: var(--_fill-russia);
    stroke: var(--_russia);
  }
  .c--nato {
    fill: var(--_fill-nato);
  }
  .pat-bg--russia {
    fill: var(--_russia-fill);
  }
  .pat-line--russia {
    stroke: var(--_russia);
    stroke-width: 1.2;
  }
  .pat-bg--nato {
    fill: var(--_nato-fill);
  }
  .pat-dot--nato {
    fill: var(--_nato);
  }
  .pat-bg--donbas {
    fill: var(--_ukraine-fill);
  }
  .pat-line--donbas {
    stroke: var(--_withdrawal);
    stroke-width: 1.6;
  }
  .pat-line--crimea {
    stroke: var(--_withdrawal);
    stroke-width: 0.6;
  }
  .region {
    stroke: var(--_withdrawal);
    stroke-width: 1.2;
  }
  .region--occupied-context {
    stroke-dasharray: 2 2;
  }
  .region--border, .region--sea-area {
    fill: none;
    stroke: transparent;
    stroke-width: 16;
  }
  .border {
    fill: none;
    stroke: var(--_border);
    stroke-width: 3;
    stroke-linejoin: round;
  }
  /* A layer fades out, then hides: visibility flips at the end of its transition going out, at once coming in. */
  .layer {
    transition: opacity 0.4s, visibility 0.4s;
  }
  .off {
    opacity: 0;
    visibility: hidden;
  }
  .outline {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  /* Each layer's colour (--_mark): existing, proposed, or Russia's own presence (the war). */
  .existing {
    --_mark: var(--_existing);
  }
  .proposed {
    --_mark: var(--_proposed);
  }
  .russian {
    --_mark: var(--_russia);
  }
  .existing, .proposed, .russian {
    stroke: var(--_mark);
  }
  .proposed .outline {
    stroke-dasharray: 7 4;
  }
  .proposed .route {
    stroke-dasharray: 9 3 2 3;
  }
  .arrow {
    fill: none;
    stroke: var(--_proposed);
    stroke-width: 2;
  }
  .mark {
    stroke-width: 2.5;
  }
  .existing .mark {
    fill: var(--_mark);
    stroke: var(--nv-color-bg);
  }
  .proposed .mark {
    fill: var(--nv-color-bg);
    stroke-dasharray: 4 2;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .focus {
    stroke: none;
    fill: none;
  }
  .item {
    cursor: pointer;
    outline: none;
  }
  .item:focus-visible .focus, .is-active .focus {
    stroke: var(--nv-color-focus);
    stroke-width: 3;
  }
  .label {
    fill: var(--nv-color-fg);
    stroke: var(--nv-color-bg);
    stroke-width: 3;
    paint-order: stroke;
    stroke-linejoin: round;
    text-anchor: middle;
    dominant-baseline: middle;
    pointer-events: none;
  }
  .title, .label--1, .pop-title, caption, .print-only {
    font-weight: 700;
  }
  /* The popover sits at its item (placed by the element's PopoverController); .docked puts it under narrow maps. */
  .popover {
    position: absolute;
    z-index: 1;
    width: max-content;
    max-width: min(22em, 100%);
    padding: 0.5em 0.75em;
    color: var(--nv-color-fg);
    background: var(--nv-color-bg);
    border: 1px solid var(--nv-color-border);
    border-radius: var(--nv-radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .docked {
    position: static;
    max-width: none;
    width: auto;
  }
  .print-only {
    display: none;
  }
  .popover, .legend, table {
    font-size: 0.9em;
  }
  .popover p,
  .popover .nv-citations {
    margin: 0.25em 0 0;
  }
  /* Core's citation list: its translation and paragraph as small as the map's other secondary text. */
  .nv-translation,
  .nv-paragraph {
    font-size: 0.85em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    width: 28px;
    height: 18px;
    flex: none;
    overflow: visible;
  }
  /* A grid item of the figure: as wide as its text, not the figure. */
  .nv-table-toggle {
    justify-self: start;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    padding-block: 0.25em;
  }
  th, td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--nv-color-border);
    overflow-wrap: anywhere;
  }
  /* Headers break only between words (issue 17): "break-word" leaves a column its longest word
     ("anywhere" let the table squeeze one to a letter wide at 390 px: "Waa|r"). */
  th {
    overflow-wrap: break-word;
  }
  a {
    color: var(--nv-color-link);
  }
  q {
    font-style: italic;
  }
  @media (forced-colors: active) {
    /* Pattern backgrounds and lines are matched by their class prefix (pat-bg…, pat-line…). */
    .c, [class^='pat-bg'], .water, .mark {
      fill: Canvas;
    }
    .c--russia {
      fill: var(--_fill-russia);
    }
    .c--nato {
      fill: var(--_fill-nato);
    }
    /* Ukraine's halo: wider than other borders, yet under half the proposed outline's width, so
       that outline's dashes still read as dashes over it (both are CanvasText). */
    .c--ukraine {
      stroke-width: 1.2;
    }
    .c, .region, .border, .outline, .mark, [class^='pat-line'], .existing, .proposed, .arrow {
      stroke: CanvasText;
    }
    .region--border, .region--sea-area {
      stroke: transparent;
    }
    .pat-dot--nato, .existing .mark, .label {
      fill: CanvasText;
    }
    .label {
      stroke: Canvas;
    }
    .item:focus-visible .focus, .is-active .focus {
      stroke: Highlight;
    }
  }
  @media print {
    .controls, .popover {
      display: none !important;
    }
    .print-only {
      display: block;
      margin: 0;
    }
    .map {
      break-inside: avoid;
    }
  }
`;
