import { css } from 'lit';

/**
 * Theme tokens as CSS custom properties on the host. Colours use `light-dark()`, so the
 * element follows the `color-scheme` its base element gets from {@link schemeFor}: the
 * reader's `prefers-color-scheme`, a `color-scheme` the host page sets, or the `theme`
 * attribute. Every token can be overridden from the page: `nato-presence-map { --nv-color-ukraine: … }`.
 *
 * The palette is built on Okabe–Ito hues, which stay distinct for the common colour-vision
 * deficiencies; the suite never encodes anything by colour alone.
 */
export const themeTokens = css`
  :host {
    /* The page's text settings (white-space, letter-spacing, text-transform, line-height…)
       would push the element's text past its edges: every property starts from its initial
       value, except what the element inherits on purpose. Custom properties are not reset. */
    all: initial;
    visibility: inherit;
    color-scheme: inherit;
    /* Not part of all; the elements speak Dutch and English. */
    direction: ltr;
    --nv-color-bg: light-dark(#ffffff, #16181d);
    --nv-color-surface: light-dark(#f4f5f7, #22252c);
    --nv-color-fg: light-dark(#1a1c20, #eceef2);
    --nv-color-muted: light-dark(#555b66, #a9afba);
    --nv-color-border: light-dark(#8a909b, #6b717c);
    --nv-color-focus: light-dark(#0a4fd1, #8ab4ff);
    --nv-color-link: light-dark(#0a4fd1, #8ab4ff);
    --nv-color-land: light-dark(#e3e5e9, #2e323a);
    --nv-color-land-stroke: light-dark(#ffffff, #16181d);
    --nv-color-water: light-dark(#f2f6fa, #1b1f26);
    --nv-color-ukraine: light-dark(#0072b2, #56b4e9);
    --nv-color-russia: light-dark(#b34700, #e69f00);
    --nv-color-nato: light-dark(#00795a, #2fcf9f);
    --nv-color-europe: light-dark(#6a3d9a, #c5a3e6);
    --nv-color-existing: light-dark(#00795a, #2fcf9f);
    --nv-color-proposed: light-dark(#0072b2, #56b4e9);
    --nv-color-status-ongoing: light-dark(#b34700, #e69f00);
    --nv-color-status-agreed: light-dark(#00795a, #2fcf9f);
    --nv-color-status-proposed: light-dark(#0072b2, #56b4e9);
    --nv-color-status-conditional: light-dark(#8a6d00, #f0e442);
    --nv-color-status-hypothetical: light-dark(#6b6f78, #a9afba);
    --nv-color-stance-supports: light-dark(#00795a, #2fcf9f);
    --nv-color-stance-opposes: light-dark(#b34700, #e69f00);
    --nv-color-stance-conditional: light-dark(#0072b2, #56b4e9);
    --nv-color-stance-not-stated: light-dark(#6b6f78, #a9afba);
    --nv-radius: 4px;
    --nv-space: 0.5em;

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    /* A hostile theme (* { font-size: 0 !important }) must not erase the text: important
       declarations inside the shadow tree win over the page's. */
    /* The page's typeface by default, as a newsroom graphic should; --nv-font-family overrides it. */
    font-family: var(--nv-font-family, inherit) !important;
    font-size: clamp(12px, var(--nv-font-size, 1rem), 40px) !important;
    line-height: 1.45 !important;
    text-align: start;
    contain: layout;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .scheme-light {
    color-scheme: light;
  }
  .scheme-dark {
    color-scheme: dark;
  }
  .scheme-light-dark {
    color-scheme: light dark;
  }
  [part~='base'] {
    color: var(--nv-color-fg);
    background: var(--nv-color-bg);
  }
  :focus-visible {
    outline: 3px solid var(--nv-color-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :host {
      --nv-color-bg: Canvas;
      --nv-color-surface: Canvas;
      --nv-color-fg: CanvasText;
      --nv-color-muted: CanvasText;
      --nv-color-border: CanvasText;
      --nv-color-focus: Highlight;
      --nv-color-link: LinkText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;

/** Visually hidden but read by screen readers. */
export const visuallyHidden = css`
  .nv-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** The values of the `theme` attribute. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The `color-scheme` for an element's base: `light` or `dark` when the `theme` attribute says
 * so; for `auto`, the page's own `color-scheme` when it sets one, else both, which lets
 * `prefers-color-scheme` decide.
 */
export function schemeFor(theme: Theme, pageScheme: string | null | undefined): string {
  if (theme === 'light' || theme === 'dark') return theme;
  const page = (pageScheme ?? '').trim();
  if (page === '' || page === 'normal') return 'light dark';
  if (/\bdark\b/.test(page) && !/\blight\b/.test(page)) return 'dark';
  if (/\blight\b/.test(page) && !/\bdark\b/.test(page)) return 'light';
  return 'light dark';
}
