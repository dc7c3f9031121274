import type { AnalyzedArticle, KeyFigure } from '../types.js';

/** A plain-text report of what analysis found, for reading in a terminal. */
export function formatAnalysis(articles: AnalyzedArticle[]): string {
  return articles.map(formatArticle).join('\n');
}

function formatArticle(article: AnalyzedArticle): string {
  const meta = [article.source, article.byline, article.published].filter(Boolean).join(' · ');
  const lines = [article.title, ...(meta ? [meta] : []), ''];
  lines.push('Summary');
  article.summary.forEach((sentence, index) => lines.push(`  ${index + 1}. ${sentence}`));
  lines.push('', `Key figures (${article.figures.length}; * = headline)`);
  if (article.figures.length === 0) lines.push('  none found');
  for (const figure of article.figures) lines.push(`  ${figure.key ? '*' : ' '} ${describeFigure(figure)}`);
  if (article.dropped.length > 0) {
    lines.push('', `Dropped lines (${article.dropped.length})`);
    for (const line of article.dropped) lines.push(`  [${line.reason}] ${truncate(line.text, 90)}`);
  }
  return `${lines.join('\n')}\n`;
}

function describeFigure(figure: KeyFigure): string {
  const qualifier = figure.qualifier === undefined ? '' : `${figure.qualifier} `;
  const converted = figure.converted === undefined ? '' : ` = ${figure.converted.value} ${figure.converted.unit}`;
  return `${figure.text}  (${qualifier}${figure.value} ${figure.unit}${converted})  ${figure.label}`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
