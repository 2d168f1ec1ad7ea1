import { css } from 'lit';

// One rule per line: Lit ships this text as written (no minifier touches it), so every newline
// and indent reaches the reader. Public custom properties (`--nv-asm-*`) fall back to the core
// tokens where they are used; `--_c` (colour) and `--_g` (glyph) are private, set per position.
export const styles = css`
:host { min-height: var(--nv-asm-min-height, 16em) }
.nv-base { min-height: inherit }
.asm { position: relative; margin: 0; padding: var(--nv-space) }
.title { margin: 0; font-weight: 700; font-size: 1.15em }
.summary, .source, .translation, .para, .card-silent { color: var(--nv-color-muted) }
.summary, .source, .legend, .card-silent, .citations { font-size: .9em }
.summary { margin: .25em 0 .75em }
.source, .legend, .toggle { margin: .75em 0 0 }

/* A shape per position (never colour alone) and a letter per basis as generated content, no element or
   text node each (2,000 grid cells draw faster): a .g element's ::before is the glyph, its ::after the
   letter of the basis around it (.b-<basis>), a .m element's ::before that letter alone (legend). The
   letters come from --_m-<basis>, set on the figure from the catalog: attr() costs a style pass per cell.
   The alternative text '' keeps glyph and letter out of the accessible names and text. */
.pos-supports { --_c: var(--nv-asm-supports, var(--nv-color-stance-supports)); --_g: '✓' }
.pos-opposes { --_c: var(--nv-asm-opposes, var(--nv-color-stance-opposes)); --_g: '✕' }
.pos-conditional { --_c: var(--nv-asm-conditional, var(--nv-color-stance-conditional)); --_g: '◐' }
.pos-not-stated { --_c: var(--nv-asm-not-stated, var(--nv-color-stance-not-stated)); --_g: '–' }
.b-stated { --_m: var(--_m-stated) }
.b-reported { --_m: var(--_m-reported) }
.b-article-analysis { --_m: var(--_m-article-analysis) }
.g::before { content: var(--_g) / ''; display: inline-block; vertical-align: middle; text-align: center; font-weight: 700; width: 1.5em; height: 1.5em; line-height: 1; border-radius: 50%; border: 2px solid var(--_c); background: var(--_c); color: var(--nv-color-bg) }
.pos-not-stated .g::before, .g.pos-not-stated::before { background: none; color: var(--nv-color-fg); border-style: dashed }
.g::after, .m::before { content: var(--_m) / ''; display: inline-block; vertical-align: middle; text-align: center; font-weight: 700; min-width: 1.3em; line-height: 1.2; padding: 0 .15em; border: 1px solid var(--nv-color-border); border-radius: 2px; font-size: .75em; color: var(--nv-color-fg) }

/* The grid. Separate borders: collapsed ones are resolved cell by cell, slow for 50 × 40. */
.grid { width: 100%; table-layout: fixed; border-collapse: separate; border-spacing: 0; border: solid var(--nv-color-border); border-width: 1px 0 0 1px }
.col-actor { width: var(--nv-asm-actor-width, var(--_aw, 9em)) }
/* Hyphens only in headers (long names and issues): in 2,000 cells of a word or two, hyphens: auto cost about 10 % of append → drawn. */
.grid th, .grid td { padding: 0; border: solid var(--nv-color-border); border-width: 0 1px 1px 0; vertical-align: middle; overflow-wrap: break-word }
.grid th { text-align: start; font-weight: 600; hyphens: auto }
.grid thead th { vertical-align: bottom }
.grid .corner, .grid .row-head { padding: .4em .5em }
.hl { background: var(--nv-asm-highlight, color-mix(in srgb, var(--nv-color-focus) 10%, var(--nv-color-bg))) }
.sort-btn, .cell-btn { display: block; width: 100%; min-height: 44px; margin: 0; padding: .35em .45em; font: inherit; text-align: start; color: var(--nv-color-fg); background: none; border: 0; cursor: pointer }
.sort-btn { position: relative; padding-inline-end: 1.5em }
.arrow { position: absolute; inset-inline-end: .4em; bottom: .35em; color: var(--nv-color-muted) }
.compact { font-size: .85em }
.compact .sort-btn { padding: .3em .25em 1.5em; font-size: .8em; line-height: 1.25 }
.compact .row-head { padding: .3em }
.compact .cell-btn { padding: .3em; text-align: center }
/* Margins, not spaces, between a cell's glyph, word and letter: no text node per gap, and the word stays a culled inline. */
.cell-btn::before, .val::before { margin-inline-end: .3em }
.g::after { margin-inline-start: .3em }
.compact .g::before, .compact .g::after { margin: 0 } /* glyph and letter centred on their own lines */
.compact .label { display: block; line-height: 1.2 }
.col-head:not([aria-sort='none']) .arrow { color: var(--nv-color-fg) }
/* Many cards (see MANY_CELLS): off-screen cards and lines skip layout, yet stay focusable and in the accessibility tree.
   Not in the table: Chromium keeps content within about 1.5 viewports rendered, so a 50 × 40 table skipped little and
   paid for a second style and layout pass (append → drawn 240 → 194 ms without it). */
.many .card-cell { content-visibility: auto; contain-intrinsic-size: auto 44px }
.many .card { content-visibility: auto; contain-intrinsic-size: auto 20em }
.cell-btn:hover .label, .sort-btn:hover .issue-label { text-decoration: underline }
.cell-btn:focus-visible, .sort-btn:focus-visible { outline-offset: -3px }
.cell-btn[aria-expanded='true'] { box-shadow: inset 0 0 0 2px var(--nv-color-fg) }

/* Cards */
.sort { display: flex; flex-wrap: wrap; align-items: center; gap: .25em .5em; margin-bottom: .5em }
.sort select { font: inherit; min-height: 44px; max-width: 100%; color: var(--nv-color-fg); background: var(--nv-color-bg) }
.sort select, .card { border: 1px solid var(--nv-color-border); border-radius: var(--nv-radius) }
ul { list-style: none; margin: 0; padding: 0 }
.cards { display: grid; gap: .75em }
.card-title { margin: 0; padding: .4em .6em; font-weight: 700; border-bottom: 1px solid var(--nv-color-border) }
.card-cell + .card-cell { border-top: 1px solid var(--nv-color-border) }
.card { min-width: 0; overflow-wrap: break-word; hyphens: auto }
.card-cell .cell-btn { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .1em .5em }
.card-cell .issue-label { min-width: 0; font-weight: 600 }
.val { white-space: nowrap }
.card-silent { padding: .4em .45em; line-height: 1.5 }
.card-silent .cell-btn { display: inline; padding: .1em; border-radius: 2px; text-decoration: underline dotted }

/* Popover */
.popover { position: absolute; z-index: 2; width: min(24em, 100%); padding: .75em; color: var(--nv-color-fg); background: var(--nv-color-bg); border: 2px solid var(--nv-color-fg); border-radius: var(--nv-radius); box-shadow: 0 4px 16px rgb(0 0 0 / .25); overflow-wrap: anywhere }
.layout-cards .popover { width: 100% }
.popover p, .quotes li { margin: 0 0 .5em }
.pop-title { font-weight: 700 }
.pop-stance { display: flex; flex-wrap: wrap; align-items: center; gap: .35em }
.para { white-space: nowrap }

/* Legend, citations table */
.legend-title { margin: .5em 0 .25em; font-weight: 600 }
.legend ul { display: flex; flex-wrap: wrap; gap: .25em 1em }
.legend li { display: flex; align-items: center; gap: .35em }
.citations { width: 100%; margin-top: .5em; border-collapse: collapse }
.citations caption { text-align: start; font-weight: 600; padding-bottom: .25em }
.citations th, .citations td { padding: .3em .4em; border-bottom: 1px solid var(--nv-color-border); text-align: start; vertical-align: top; overflow-wrap: anywhere }
.citations .quotes li { margin: 0 }

@media (forced-colors: active) {
.g::before { forced-color-adjust: none; background: Canvas; color: CanvasText; border-color: CanvasText }
.hl { outline: 2px dotted Highlight; outline-offset: -4px }
.cell-btn[aria-expanded='true'] { outline: 3px solid Highlight }
}
@media print {
.popover, .toggle, .sort, .arrow { display: none !important }
.g::before { print-color-adjust: exact }
.hl { background: none }
.many * { content-visibility: visible }
}
`;
