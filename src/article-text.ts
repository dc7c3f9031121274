import type { Article } from './types.js';

/** Separator between paragraphs in the article text that figure spans index into. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** The article body as one string; `KeyFigure.start/end` are offsets into it. */
export function articleText(article: Pick<Article, 'paragraphs'>): string {
  return article.paragraphs.join(PARAGRAPH_SEPARATOR);
}
