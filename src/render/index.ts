/**
 * The render stage: `renderDigest(digest) -> RenderedEmail`, and the pieces the CLI and the
 * preview reuse (template loading, figure and number formatting).
 */
export { renderDigest, type RenderOptions } from './render-digest.js';
export {
  DEFAULT_TEMPLATE,
  getBundledTemplatesDir,
  listBundledTemplates,
  loadTemplate,
  type TemplateFile,
  type TemplateFiles,
} from './template-files.js';
export { compileTemplate, type CompiledTemplate } from './fill.js';
export { compileMjml, type CompileMjmlOptions, type MjmlIssue, type MjmlResult } from './compile-mjml.js';
export { buildDigestView, MAX_FIGURE_CARDS, type ArticleView, type BrandView, type DigestView, type RecipientView } from './view-model.js';
export { formatFigure, type FigureInput, type FigureView } from './figure.js';
export { formatAmount, formatCount, formatMoney, formatPercent, formatPoints } from './format.js';
export { formatDate } from './format-date.js';
export { currencyForLocale } from './currency.js';
export { toLinkUrl } from './url.js';
