/**
 * The analyze stage: `analyze(article) -> Analysis`, the summary sentences and the key
 * figures of one article. The language model loads on the first call, not on import.
 */
import { articleText } from '../article-text.js';
import type { Analysis, Article } from '../types.js';
import { findFigures } from './figures/index.js';
import { readLayout } from './sentences.js';
import { checkSummaryOptions, pickSummary, type SummaryOptions } from './summary.js';

export { extractKeyFigures, type FigureContext } from './figures/index.js';
export { splitSentences, type Sentence } from './sentences.js';
export { summarize, type SummaryOptions } from './summary.js';

/** Options of `analyze`: the summary's length. */
export type AnalyzeOptions = SummaryOptions;

/**
 * Adds a summary (whole sentences from the article, in order) and key figures (money,
 * percentages, large counts, with exact spans into `articleText(article)`). Throws a
 * DigestError: ANALYZE_INVALID_OPTIONS for an option that is not a positive integer,
 * ANALYZE_MODEL_LOAD if wink-nlp cannot be loaded, ANALYZE_NLP_FAILED if it fails on the text.
 */
export async function analyze(article: Article, options: AnalyzeOptions = {}): Promise<Analysis> {
  checkSummaryOptions(options);
  const layout = await readLayout(articleText(article));
  const context = { title: article.title, subtitle: article.subtitle };
  const found = findFigures(layout, context);
  return { summary: pickSummary(layout, found, context, options), figures: found.figures };
}
