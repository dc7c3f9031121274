/**
 * The whole evaluation: every article of the corpus through the real pipeline, scored against
 * its labels.
 */
import type { AnalyzedArticle } from '../../src/types.js';
import { analyzeArticleFile, CORPUS_DIR, readCorpus, type CorpusArticle } from './corpus.js';
import { scoreArticle, type ArticleScore } from './score.js';

/** One article's labels, what the pipeline made of it, and its score. */
export interface Evaluated {
  article: CorpusArticle;
  analyzed: AnalyzedArticle;
  score: ArticleScore;
}

/**
 * Evaluates the corpus, or only the given slugs. Throws when a slug is unknown, a label file is
 * invalid, or the pipeline fails on an article.
 */
export async function evaluateCorpus(slugs: string[] = [], dir: string = CORPUS_DIR): Promise<Evaluated[]> {
  const corpus = await readCorpus(dir);
  const unknown = slugs.filter((slug) => !corpus.some((article) => article.slug === slug));
  if (unknown.length > 0) throw new Error(`No such article in the corpus: ${unknown.join(', ')}`);
  const chosen = slugs.length === 0 ? corpus : corpus.filter((article) => slugs.includes(article.slug));
  const evaluated: Evaluated[] = [];
  // One after another: the language model loads once, on the first article.
  for (const article of chosen) {
    const analyzed = await analyzeArticleFile(article.textPath);
    evaluated.push({ article, analyzed, score: scoreArticle(article.slug, analyzed, article.labels, article.source) });
  }
  return evaluated;
}
