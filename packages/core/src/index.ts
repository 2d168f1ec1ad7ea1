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
  stateStyles,
  type ErrorCode,
  type NvErrorDetail,
  type NvProblem,
} from './errors.js';
export { accessibleName, countNoun, formatDate, formatList, prefersReducedMotion, uniqueId } from './a11y.js';
export { safeHttpUrl } from './safe.js';
export { parseJson, checkJsonValue, JSON_LIMITS, type JsonResult } from './json.js';
export {
  NvDataElement,
  DATA_SOURCES,
  FETCH_TIMEOUT_MS,
  allowedSrc,
  datasetState,
  loadValidator,
  type DataSource,
  type DataState,
} from './data-element.js';
