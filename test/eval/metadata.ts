/**
 * Metadata accuracy: title, byline (names, in any order and however joined) and the date part
 * of the publication date, each equal to the label. A null label expects nothing.
 */
import type { Article } from '../../src/types.js';
import type { ArticleLabels } from './labels.js';

/** One field: whether it is right, and both values for the misses list. */
export interface FieldCheck {
  ok: boolean;
  expected: string | null;
  actual: string | null;
}

/** The three metadata fields checked. */
export interface MetadataCheck {
  title: FieldCheck;
  byline: FieldCheck;
  published: FieldCheck;
}

function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** "Jane Doe and John Roe", "John Roe, Jane Doe" and "Jane Doe & John Roe" are the same byline. */
function bylineNames(byline: string): string {
  return normalize(byline)
    .toLowerCase()
    .split(/\s*(?:,|&|\band\b)\s*/)
    .filter(Boolean)
    .sort()
    .join('|');
}

function check(expected: string | null, actual: string | undefined, same: (left: string, right: string) => boolean): FieldCheck {
  const ok = expected === null || actual === undefined ? expected === null && actual === undefined : same(expected, actual);
  return { ok, expected, actual: actual ?? null };
}

/** Compares the article's metadata with its labels. */
export function checkMetadata(article: Pick<Article, 'title' | 'byline' | 'published'>, labels: ArticleLabels): MetadataCheck {
  return {
    title: check(labels.title, article.title, (left, right) => normalize(left) === normalize(right)),
    byline: check(labels.byline, article.byline, (left, right) => bylineNames(left) === bylineNames(right)),
    published: check(labels.published, article.published, (left, right) => left.slice(0, 10) === right.slice(0, 10)),
  };
}
