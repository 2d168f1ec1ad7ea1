import { css } from 'lit';

/** Styles of `<escalation-ladder>`; tokens, states and reduced motion come from core. */
export const ladderStyles = css`
  :host {
    --_nv-rail: var(--nv-ladder-rail, var(--nv-color-border));
    --_nv-rail-width: var(--nv-ladder-rail-width, 3px);
    --_nv-current: var(--nv-ladder-current, var(--nv-color-focus));
  }
  /* The reserved height holds the loading, empty and error states (computed from the data). */
  [part~='base']:not(:has(> .figure)) {
    min-height: var(--_nv-ladder-reserve, 20em);
  }
  /* Long words break rather than overflow (the table's cells break only between words' ends). */
  .figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--nv-space);
    overflow-wrap: anywhere;
  }
  .caption {
    font-weight: 700;
    font-size: 1.15em;
  }
  /* Secondary text (the card's paragraphs keep their own margin: ".card p" is more specific). */
  .summary,
  .source,
  .card__meta,
  .nv-paragraph,
  .nv-translation {
    margin: 0;
    color: var(--nv-color-muted);
    font-size: 0.9em;
  }
  .source a {
    color: var(--nv-color-link);
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ladder {
    position: relative;
  }
  .grid {
    display: grid;
    column-gap: 0.75em;
  }
  .horizontal .grid {
    gap: 0.5em 0;
  }
  /* Rails and rungs share the grid's tracks. */
  .rails,
  .rungs {
    display: grid;
    grid-area: 1 / 1 / -1 / -1;
    grid-template: subgrid / subgrid;
  }
  .rails {
    pointer-events: none;
  }
  /* A grid item (so a block): it fills its cell. */
  .rail {
    width: 100%;
    height: 100%;
    overflow: visible;
    /* No size of its own: a gap keeps its height unless a pinned citation grows it. */
    contain: size;
  }
  .rail line {
    stroke: var(--_nv-rail);
    stroke-width: var(--_nv-rail-width);
  }
  .rail .is-dimmed {
    stroke-dasharray: 4 4;
  }
  .rail .is-dimmed,
  .pass.is-dimmed::before {
    opacity: 0.45;
  }
  .pass {
    position: relative;
  }
  .pass::before {
    content: '';
    position: absolute;
    inset: 0 auto 0 calc(50% - var(--_nv-rail-width) / 2);
    width: var(--_nv-rail-width);
    background: var(--_nv-rail);
  }
  .horizontal .pass::before {
    inset: calc(50% - var(--_nv-rail-width) / 2) 0 auto;
    width: auto;
    height: var(--_nv-rail-width);
  }
  /* Each status: a colour and a line style (the shape and the word are in the markup). */
  .status-ongoing {
    --_nv-status: var(--nv-color-status-ongoing);
    --_nv-line: 3px solid;
  }
  .status-agreed {
    --_nv-status: var(--nv-color-status-agreed);
    --_nv-line: 5px double;
  }
  .status-proposed {
    --_nv-status: var(--nv-color-status-proposed);
    --_nv-line: 2px dashed;
  }
  .status-conditional {
    --_nv-status: var(--nv-color-status-conditional);
    --_nv-line: 2px dashed;
  }
  .status-hypothetical {
    --_nv-status: var(--nv-color-status-hypothetical);
    --_nv-line: 3px dotted;
  }
  /* Off the chosen path: grey lines and shapes, text still readable. */
  .rung.is-dimmed {
    --_nv-status: var(--nv-color-border);
  }
  .rung {
    display: flex;
    min-width: 0;
  }
  /* Long ladders only (> 40 rungs): rungs far off screen are sized from a placeholder and laid
     out when near. A short ladder is laid out whole, so it never grows while it is scrolled. */
  /* content-visibility clips paint to the box: the focus ring and the current marker sit
     outside it, so those rungs opt out. */
  .long .rung:not(.is-current, :focus-within) {
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
  }
  .horizontal .rung {
    align-self: center;
  }
  /* A pinned citation (.pinned, after .card) on a vertical ladder: at its rung's start edge
     (the trunk's rule below gives a shared one the trunk's width), clear of the "where things
     stand" ring above it and with the gap's rails showing below it. */
  .vertical .pinned {
    margin: 0.5em 0 var(--nv-ladder-gap, 1.75em);
  }
  /* The trunk is narrower than the two branches together, so the fork reads as a fork. */
  .vertical .track-both {
    justify-self: center;
    width: min(100%, 36em);
  }
  .rung__box {
    flex: 1;
    min-width: 0;
    min-height: 44px;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.15em;
    padding: 0.45em 0.6em;
    font: inherit;
    text-align: start;
    color: var(--nv-color-fg);
    background: var(--nv-ladder-rung-bg, var(--nv-color-bg));
    border: var(--_nv-line) var(--_nv-status);
    border-radius: var(--nv-radius);
    cursor: pointer;
    hyphens: auto;
    transition:
      background-color 120ms ease-out,
      border-color 120ms ease-out;
  }
  .horizontal .rung__box {
    padding-inline: 0.4em;
  }
  .status-conditional .rung__box {
    border-inline-start: 6px solid var(--_nv-status);
  }
  .rung__box:hover,
  .rung__box[aria-pressed='true'],
  .is-dimmed .rung__box {
    background: var(--nv-color-surface);
  }
  .rung__box[aria-pressed='true'] {
    box-shadow: inset 0 0 0 2px var(--_nv-status);
  }
  .is-dimmed .rung__box {
    color: var(--nv-ladder-dimmed, var(--nv-color-muted));
  }
  .is-current .rung__box {
    outline: 3px solid var(--_nv-current);
    outline-offset: 3px;
  }
  /* Focus: a dashed ring in the text colour (currentColor), unlike the solid "where things stand" ring (the
     current rung keeps its badge while the focus ring replaces that ring). */
  .rung__box:focus-visible {
    outline: 3px dashed;
  }
  .rung__status,
  .rung__path,
  .rung__actors,
  .rung__date {
    font-size: 0.85em;
  }
  .rung__current {
    font-size: 0.8em;
    font-weight: 700;
    padding: 0 0.4em;
    color: var(--nv-color-bg);
    background: var(--_nv-current);
    border-radius: var(--nv-radius);
  }
  .rung__status {
    display: flex;
    align-items: center;
    gap: 0.3em;
  }
  /* The button's name is the label (and the step); the rest, aria-hidden, is its description. */
  .rung__meta {
    display: contents;
  }
  .rung__actors,
  .rung__date {
    order: 2;
  }
  /* The branch's name, once, above its first rung, on the rail (lower case, as the status). */
  /* Centred in the gap's last --nv-ladder-gap, so a citation pinned above it leaves it clear. */
  .head {
    place-self: end center;
    margin-bottom: calc((var(--nv-ladder-gap, 1.75em) - 1lh) / 2);
    background: var(--nv-color-bg);
  }
  .rung__label {
    order: 1;
    font-weight: 700;
  }
  .rung__actors,
  .rung__date,
  .rung__path {
    color: var(--nv-color-muted);
  }
  .is-dimmed :is(.rung__actors, .rung__date, .rung__path) {
    color: inherit;
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    fill: var(--_nv-status);
  }
  .hollow {
    fill: none;
    stroke: var(--_nv-status);
    stroke-width: 2;
  }
  .dashed {
    stroke-dasharray: 3 2;
  }
  .card {
    position: absolute;
    z-index: 2;
    top: 0;
    left: 0;
    width: max-content;
    max-width: min(var(--nv-ladder-card-width, 32em), 100%);
    padding: 0.6em 0.8em;
    color: var(--nv-color-fg);
    background: var(--nv-color-bg);
    border: 1px solid var(--nv-color-border);
    border-radius: var(--nv-radius);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  }
  /* Pinned by a click, Enter or Space: in the flow (see pinnedPlacement), so it covers no rung. */
  .pinned {
    position: static;
    box-shadow: none;
  }
  /* On a horizontal ladder: in a row of its own below the lanes (the rails and rungs fill every
     cell above it). */
  .horizontal .pinned {
    grid-column: 1 / -1;
  }
  .card p {
    margin: 0 0 0.3em;
  }
  .nv-citations li + li {
    margin-top: 0.35em;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .legend {
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 0.35em;
  }
  .legend__title {
    margin: 0 0 0.2em;
    font-weight: 700;
  }
  .legend__swatch {
    align-self: center;
    display: inline-flex;
  }
  .legend__swatch--current {
    width: 1em;
    height: 1em;
    border: 3px solid var(--_nv-current);
    border-radius: 2px;
  }
  .nv-table-toggle {
    align-self: flex-start;
  }
  .table-wrap {
    overflow-x: auto;
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  /* When the table is wider than the element, the caption stays in view as it scrolls. */
  caption {
    font-weight: 700;
    padding-bottom: 0.3em;
    position: sticky;
    left: 0;
    max-width: 100cqi;
  }
  caption,
  th,
  td {
    text-align: start;
  }
  th,
  td {
    vertical-align: top;
    padding: 0.3em 0.5em;
    overflow-wrap: break-word;
    border-bottom: 1px solid var(--nv-color-border);
  }
  @media (forced-colors: active) {
    :host {
      --_nv-rail: CanvasText;
      --_nv-current: Highlight;
    }
    .rung,
    .rung.is-dimmed,
    .legend li {
      --_nv-status: CanvasText;
    }
    .is-current .rung__box {
      border-color: Highlight;
    }
    .rung__current {
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  /* In print, core hides the buttons (the table toggle among them); the card goes too. */
  @media print {
    .card {
      display: none;
    }
    .rung__box {
      break-inside: avoid;
    }
    .is-current .rung__box {
      outline-color: currentColor;
    }
  }
`;
