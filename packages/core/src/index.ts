export { NvElement } from './base.js';
export { define } from './define.js';
export {
  LANGS,
  DEFAULT_LANG,
  coreMessages,
  localize,
  normalizeLang,
  resolveLang,
  translate,
  type Catalog,
  type CoreMessageKey,
  type Lang,
  type LangResolution,
  type LangSource,
  type Localized,
} from './i18n.js';
export { THEMES, schemeFor, themeTokens, visuallyHidden, type Theme } from './tokens.js';
export {
  ERROR_CODES,
  expectedOneOf,
  problemKey,
  problemMessage,
  renderErrorState,
  shorten,
  shortenProblem,
  MAX_DETAIL_CHARS,
  MAX_PATHS,
  stateStyles,
  type ErrorCode,
  type NvErrorDetail,
  type NvProblem,
} from './errors.js';
export {
  accessibleName,
  countNoun,
  formatDate,
  formatList,
  prefersReducedMotion,
  uniqueId,
} from './format.js';
export { linkOf, safeHttpUrl } from './safe.js';
export {
  renderCitations,
  renderContext,
  renderTableToggle,
  sourceStyles,
  type TableToggleOptions,
} from './sources.js';
export {
  PageContextController,
  WidthController,
  RovingFocusController,
  SliceController,
  SLICE_ROWS,
  PopoverController,
  placePopover,
  boxWithin,
  type Box,
  type PlacementOptions,
  type PopoverOptions,
  type RovingFocusOptions,
} from './controllers/index.js';
export {
  NvDataElement,
  DATA_SOURCES,
  loadSupplied,
  type DataSource,
  type DataState,
  type SuppliedInput,
} from './data-element.js';
// Parsing, validation and `src` requests (json.ts, supplied.ts) are deliberately not exported
// here: NvDataElement loads them on demand, and a static re-export would put them in every
// element's bundle (bundlers split code by file, not by export).
