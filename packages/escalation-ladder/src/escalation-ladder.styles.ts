import { css } from 'lit';

/** Styles of `<escalation-ladder>`; tokens and states come from core. */
export const ladderStyles = css`
  :host {
    --_nv-ladder-rail: var(--nv-ladder-rail, var(--nv-color-border));
    --_nv-ladder-rail-width: var(--nv-ladder-rail-width, 3px);
    --_nv-ladder-gap: var(--nv-ladder-gap, 1.75em);
    --_nv-ladder-rung-bg: var(--nv-ladder-rung-bg, var(--nv-color-bg));
    --_nv-ladder-current: var(--nv-ladder-current, var(--nv-color-focus));
    --_nv-ladder-dimmed: var(--nv-ladder-dimmed, var(--nv-color-muted));
    --_nv-ladder-card-width: var(--nv-ladder-card-width, 32em);
  }
  /* The reserved height holds the loading, empty and error states (computed from the data). */
  [part~='base']:not(:has(> .figure)) {
    min-height: var(--_nv-ladder-reserve, 20em);
  }
  .figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--nv-space);
  }
  .caption {
    font-weight: 700;
    font-size: 1.15em;
    overflow-wrap: anywhere;
  }
  .summary,
  .source {
    margin: 0;
    color: var(--nv-color-muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .source a {
    color: var(--nv-color-link);
  }
  .ladder {
    position: relative;
  }
  .grid {
    display: grid;
    column-gap: 0.75em;
  }
  .horizontal .grid {
    column-gap: 0;
    row-gap: 0.5em;
  }
  .rails,
  .rungs {
    display: grid;
    grid-row: 1 / -1;
    grid-column: 1 / -1;
    grid-template-rows: subgrid;
    grid-template-columns: subgrid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rails {
    pointer-events: none;
  }
  .rail {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .vertical .rail {
    /* The rails span the column gap too. */
    width: 100%;
  }
  .rail line {
    stroke: var(--_nv-ladder-rail);
    stroke-width: var(--_nv-ladder-rail-width);
  }
  .rail line.is-dimmed {
    stroke-dasharray: 4 4;
    opacity: 0.45;
  }
  .pass {
    position: relative;
  }
  .pass::before {
    content: '';
    position: absolute;
    background: var(--_nv-ladder-rail);
  }
  .vertical .pass::before {
    inset: 0 auto 0 calc(50% - var(--_nv-ladder-rail-width) / 2);
    width: var(--_nv-ladder-rail-width);
  }
  .horizontal .pass::before {
    inset: calc(50% - var(--_nv-ladder-rail-width) / 2) 0 auto 0;
    height: var(--_nv-ladder-rail-width);
  }
  .pass.is-dimmed::before {
    opacity: 0.45;
  }
  .rung {
    display: flex;
    min-width: 0;
    /* Long ladders: rungs far off screen are sized from a placeholder, laid out when near. */
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
  }
  /* content-visibility clips paint to the box: the focus ring and the current marker sit
     outside it, so those rungs opt out. */
  .rung.is-current,
  .rung:focus-within {
    content-visibility: visible;
  }
  .horizontal .rung {
    align-self: center;
  }
  /* The trunk is narrower than the two branches together, so the fork reads as a fork. */
  .vertical .rung.track-both {
    justify-self: center;
    width: min(100%, 36em);
  }
  .horizontal .rung__box {
    padding-inline: 0.4em;
  }
  .rung__box {
    --_nv-ladder-status: var(--nv-color-status-ongoing);
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
    background: var(--_nv-ladder-rung-bg);
    border: 2px solid var(--_nv-ladder-status);
    border-radius: var(--nv-radius);
    cursor: pointer;
    overflow-wrap: break-word;
    hyphens: auto;
    transition: background-color 120ms ease-out, border-color 120ms ease-out;
  }
  .rung__box:hover,
  .rung__box[aria-pressed='true'] {
    background: var(--nv-color-surface);
  }
  .rung__box[aria-pressed='true'] {
    box-shadow: inset 0 0 0 2px var(--_nv-ladder-status);
  }
  .status-ongoing {
    --_nv-ladder-status: var(--nv-color-status-ongoing);
  }
  .status-agreed {
    --_nv-ladder-status: var(--nv-color-status-agreed);
  }
  .status-proposed {
    --_nv-ladder-status: var(--nv-color-status-proposed);
  }
  .status-conditional {
    --_nv-ladder-status: var(--nv-color-status-conditional);
  }
  .status-hypothetical {
    --_nv-ladder-status: var(--nv-color-status-hypothetical);
  }
  .rung.status-ongoing .rung__box {
    --_nv-ladder-status: var(--nv-color-status-ongoing);
    border-width: 3px;
  }
  .rung.status-agreed .rung__box {
    --_nv-ladder-status: var(--nv-color-status-agreed);
    border-style: double;
    border-width: 5px;
  }
  .rung.status-proposed .rung__box {
    --_nv-ladder-status: var(--nv-color-status-proposed);
    border-style: dashed;
  }
  .rung.status-conditional .rung__box {
    --_nv-ladder-status: var(--nv-color-status-conditional);
    border-style: dashed;
    border-inline-start: 6px solid var(--_nv-ladder-status);
  }
  .rung.status-hypothetical .rung__box {
    --_nv-ladder-status: var(--nv-color-status-hypothetical);
    border-style: dotted;
    border-width: 3px;
  }
  .rung.is-dimmed .rung__box {
    color: var(--_nv-ladder-dimmed);
    background: var(--nv-color-surface);
    border-color: var(--nv-color-border);
  }
  .rung.is-current .rung__box {
    outline: 3px solid var(--_nv-ladder-current);
    outline-offset: 3px;
  }
  .rung.is-current .rung__box:focus-visible {
    outline-width: 5px;
  }
  .rung__current {
    font-size: 0.8em;
    font-weight: 700;
    padding: 0 0.4em;
    color: var(--nv-color-bg);
    background: var(--_nv-ladder-current);
    border-radius: var(--nv-radius);
  }
  .rung__status,
  .rung__actors,
  .rung__date {
    font-size: 0.85em;
  }
  .rung__status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em;
    text-transform: lowercase;
  }
  .rung__label {
    font-weight: 700;
  }
  .rung__actors,
  .rung__date,
  .rung__path {
    color: var(--nv-color-muted);
  }
  .is-dimmed .rung__actors,
  .is-dimmed .rung__date,
  .is-dimmed .rung__path {
    color: inherit;
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    fill: var(--_nv-ladder-status);
    stroke: var(--_nv-ladder-status);
    stroke-width: 0;
  }
  .icon .hollow {
    fill: none;
    stroke-width: 2;
  }
  .icon .dashed {
    stroke-dasharray: 3 2;
  }
  .is-dimmed .icon {
    fill: var(--nv-color-border);
    stroke: var(--nv-color-border);
  }
  .card {
    position: absolute;
    z-index: 2;
    top: 0;
    left: 0;
    width: max-content;
    max-width: min(var(--_nv-ladder-card-width), 100%);
    padding: 0.6em 0.8em;
    color: var(--nv-color-fg);
    background: var(--nv-color-bg);
    border: 1px solid var(--nv-color-border);
    border-radius: var(--nv-radius);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
    overflow-wrap: anywhere;
  }
  .card p {
    margin: 0 0 0.3em;
  }
  .card__meta,
  .card__note,
  .paragraph,
  .translation {
    color: var(--nv-color-muted);
    font-size: 0.9em;
  }
  .citations {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .citations li + li {
    margin-top: 0.35em;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
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
    font-size: 0.9em;
  }
  .legend__swatch {
    align-self: center;
    display: inline-flex;
  }
  .legend__swatch--current {
    width: 1em;
    height: 1em;
    border: 3px solid var(--_nv-ladder-current);
    border-radius: 2px;
  }
  .table-toggle {
    align-self: flex-start;
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    min-width: 36em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.3em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--nv-color-border);
  }
  @media (forced-colors: active) {
    .rung__box,
    .rung.is-dimmed .rung__box {
      border-color: CanvasText;
    }
    .rung.is-current .rung__box,
    .legend__swatch--current {
      outline-color: Highlight;
      border-color: Highlight;
    }
    .rung__current {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }
    .icon,
    .is-dimmed .icon {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .rail line {
      stroke: CanvasText;
    }
    .pass::before {
      background: CanvasText;
    }
  }
  @media print {
    .table-toggle,
    .card {
      display: none;
    }
    .rung__box {
      break-inside: avoid;
    }
    .rung.is-current .rung__box {
      outline-color: currentColor;
    }
  }
`;
