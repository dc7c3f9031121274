import { parseDocument } from 'yaml';
import { z } from 'zod';
import { articleText } from '../article-text.js';
import { DigestError } from '../errors.js';
import { digestInputSchema, type ArticleInput, type DigestInput } from '../schemas.js';
import type { AnalyzedArticle, Article, DroppedLine, KeyFigure } from '../types.js';

/** A digest read from JSON: its settings, and each article with its analysis when it had one. */
export interface DigestFile {
  settings: Omit<DigestInput, 'articles'>;
  articles: Array<Article | AnalyzedArticle>;
}

/**
 * Parses and validates a Digest JSON document (see the README for its shape).
 * Throws INGEST_INVALID_JSON naming the line of a syntax error, or the path of each invalid field.
 */
export function parseDigestJson(content: string, name: string): DigestFile {
  const data = parseJson(content, name);
  const result = digestInputSchema.safeParse(data);
  if (!result.success) {
    throw new DigestError('INGEST_INVALID_JSON', `${name} is not a valid digest:\n${z.prettifyError(result.error)}`, {
      hint: 'Compare the file with the Digest JSON shape in the README; `digest analyze --json` writes one.',
    });
  }
  const { articles, ...settings } = result.data;
  return { settings, articles: articles.map((article, index) => toArticle(article, `${name}: articles[${index}]`)) };
}

function parseJson(content: string, name: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const where = locateSyntaxError(content, (error as Error).message);
    throw new DigestError('INGEST_INVALID_JSON', `${name}${where}: ${(error as Error).message}`, {
      hint: 'Fix the JSON syntax (a missing comma or quote is the usual cause).',
      cause: error,
    });
  }
}

/** " at line L, column C" of a JSON syntax error, or "" when it cannot be placed. */
function locateSyntaxError(content: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) {
    const before = content.slice(0, Number(position)).split('\n');
    return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  }
  // Some V8 messages carry no position; JSON is YAML, whose parser always reports one.
  const place = parseDocument(content).errors[0]?.linePos?.[0];
  return place === undefined ? '' : ` at line ${place.line}, column ${place.col}`;
}

function toArticle(input: ArticleInput, where: string): Article | AnalyzedArticle {
  const { text, paragraphs, summary, figures, dropped, ...rest } = input;
  const article: Article = {
    ...rest,
    paragraphs: paragraphs ?? splitParagraphs(text ?? ''),
    dropped: dropped as DroppedLine[],
  } as Article;
  if (summary === undefined || figures === undefined) return article;
  checkFigureSpans(article, figures as KeyFigure[], where);
  return { ...article, summary, figures: figures as KeyFigure[] };
}

function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A figure's text must be the exact slice of the article it claims, or the spans are stale. */
function checkFigureSpans(article: Article, figures: KeyFigure[], where: string): void {
  const body = articleText(article);
  figures.forEach((figure, index) => {
    if (body.slice(figure.start, figure.end) !== figure.text) {
      throw new DigestError('INGEST_INVALID_JSON', `${where}.figures[${index}]: "${figure.text}" is not the article text at ${figure.start}-${figure.end}.`, {
        hint: 'Offsets index into the paragraphs joined by a blank line; remove "figures" and "summary" to have them computed again.',
      });
    }
  });
}
