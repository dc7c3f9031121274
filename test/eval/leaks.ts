/**
 * Boilerplate leaks: a caption, credit or line of site noise that ended up in the body or,
 * worse, in the summary an editor reads first.
 */
import type { AnalyzedArticle } from '../../src/types.js';

/** One leaked line and where it was found. */
export interface Leak {
  line: string;
  where: 'summary' | 'paragraphs';
  /** Why the line was noise: labelled as such, or dropped by ingest itself. */
  source: 'label' | 'dropped';
}

/** Reasons for which ingest drops a line as noise, not as metadata or a repeat of the body. */
const NOISE_REASONS = new Set(['caption', 'credit', 'boilerplate']);

/** A dropped line shorter than this is too common a phrase to call a leak when a sentence contains it. */
const MIN_DROPPED_LENGTH = 20;

function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Finds every leak. A labelled line that also occurs in the real prose (a tag "ASX" and the
 * "S&P/ASX 200" of the body) leaks only when a whole paragraph or sentence is that line.
 */
export function findLeaks(article: AnalyzedArticle, boilerplate: string[], source: string): Leak[] {
  const labelled = new Set(boilerplate.map(normalize));
  const prose = source
    .split(/\r\n|\r|\n/)
    .map(normalize)
    .filter((line) => !labelled.has(line))
    .join('\n');
  const places = {
    summary: article.summary.map(normalize),
    paragraphs: article.paragraphs.map(normalize),
  };
  const leaks: Leak[] = [];
  for (const line of labelled) {
    const ambiguous = prose.includes(line);
    for (const where of ['summary', 'paragraphs'] as const) {
      if (places[where].some((text) => text === line || (!ambiguous && text.includes(line)))) leaks.push({ line, where, source: 'label' });
    }
  }
  for (const dropped of article.dropped) {
    const line = normalize(dropped.text);
    if (!NOISE_REASONS.has(dropped.reason) || labelled.has(line) || line.length < MIN_DROPPED_LENGTH) continue;
    if (places.summary.some((sentence) => sentence.includes(line))) leaks.push({ line, where: 'summary', source: 'dropped' });
  }
  return leaks;
}
