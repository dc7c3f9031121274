/**
 * The order of the stages, written once:
 *   source --ingest--> Article --analyze--> AnalyzedArticle --+
 *   Digest JSON (hand-written) -------------------------------+--> Digest --render--> RenderedEmail --send--> SendResult
 * The CLI and the preview call these functions; each stage stays unaware of the others.
 */
import { analyze, type AnalyzeOptions } from './analyze/index.js';
import type { Ingested } from './ingest/index.js';
import { withoutUndefined } from './defined.js';
import type { AnalyzedArticle, Article, Brand, Digest } from './types.js';

export interface BuildDigestOptions extends AnalyzeOptions {
  /** Digest title; defaults to the JSON's title, then "News digest". */
  title?: string;
  /** ISO date of the issue; defaults to the JSON's date, then today. */
  date?: string;
  intro?: string;
  unsubscribeUrl?: string;
  brand?: Brand;
  locale?: string;
  /** Clock for the default date; injected so tests do not depend on the wall clock. */
  now?: () => Date;
}

export const DEFAULT_DIGEST_TITLE = 'News digest';

/** Analyzes every article that needs it, keeping hand-written analyses as they are. */
export async function analyzeArticles(inputs: Ingested[], options: AnalyzeOptions = {}): Promise<AnalyzedArticle[]> {
  const articles = inputs.flatMap((input) => (input.kind === 'article' ? [input.article] : input.digest.articles));
  return Promise.all(articles.map((article) => analyzeIfNeeded(article, options)));
}

/**
 * Turns ingested inputs into one Digest: articles in input order, settings from the options,
 * then from the first Digest JSON among the inputs.
 */
export async function buildDigest(inputs: Ingested[], options: BuildDigestOptions = {}): Promise<Digest> {
  const settings = inputs.find((input) => input.kind === 'digest')?.digest.settings ?? {};
  const articles = await analyzeArticles(inputs, pickAnalyzeOptions(options));
  const now = options.now ?? (() => new Date());
  return {
    title: options.title ?? settings.title ?? DEFAULT_DIGEST_TITLE,
    date: options.date ?? settings.date ?? now().toISOString().slice(0, 10),
    articles,
    ...withoutUndefined({
      intro: options.intro ?? settings.intro,
      unsubscribeUrl: options.unsubscribeUrl ?? settings.unsubscribeUrl,
      brand: options.brand ?? (settings.brand === undefined ? undefined : (withoutUndefined(settings.brand) as Brand)),
      locale: options.locale ?? settings.locale,
    }),
  };
}

async function analyzeIfNeeded(article: Article | AnalyzedArticle, options: AnalyzeOptions): Promise<AnalyzedArticle> {
  if ('summary' in article && 'figures' in article) return article;
  return { ...article, ...(await analyze(article, options)) };
}

function pickAnalyzeOptions(options: BuildDigestOptions): AnalyzeOptions {
  return withoutUndefined({ sentences: options.sentences, words: options.words });
}
