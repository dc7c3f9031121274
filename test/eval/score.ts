/**
 * Scores one analyzed article against its labels: figure precision and recall, key-figure
 * recall, conversion pairing, boilerplate leaks and metadata; and the misses behind each score.
 */
import { articleText } from '../../src/article-text.js';
import type { AnalyzedArticle, KeyFigure } from '../../src/types.js';
import { assignFigures, findCandidates } from './assign.js';
import { describeFigure, describeLabel, diagnoseFalsePositive, diagnoseMiss } from './diagnose.js';
import type { ArticleLabels } from './labels.js';
import { findLeaks, type Leak } from './leaks.js';
import { isScored, matchesLabel, pairsConversion } from './match.js';
import { checkMetadata, type MetadataCheck } from './metadata.js';

/** A labelled figure the engine did not get right, and why. */
export interface Miss {
  kind: 'missed' | 'not key' | 'not paired';
  label: string;
  cause: string;
}

/** The counts behind every ratio, so that articles add up. */
export interface Counts {
  /** Predicted money, % and pp figures. */
  predicted: number;
  /** Of those, the ones that read as some labelled figure. */
  correct: number;
  labels: number;
  /** Labels with a predicted figure of their own. */
  found: number;
  keyLabels: number;
  /** Key labels whose predicted figure is marked key. */
  keyFound: number;
  /** Labels with a conversion pair. */
  pairs: number;
  /** Of those, the ones predicted as one figure with `converted`. */
  pairsFound: number;
}

/** One article's counts, with the leaks, metadata checks and misses behind them. */
export interface ArticleScore extends Counts {
  slug: string;
  leaks: Leak[];
  metadata: MetadataCheck;
  misses: Miss[];
  /** Predicted figures that match no label, described with the reason. */
  falsePositives: string[];
}

/** Scores one article. `source` is the file as written, which the leak check needs. */
export function scoreArticle(slug: string, article: AnalyzedArticle, labels: ArticleLabels, source: string): ArticleScore {
  const figures = article.figures.filter(isScored);
  const candidates = findCandidates(articleText(article), labels.figures, figures);
  const assigned = assignFigures(candidates, figures.length);
  // Key labels get key predictions of their own, so two key labels cannot share one key figure.
  const keyAssigned = assignFigures(
    candidates.map((candidate, index) => ({
      spans: candidate.spans,
      matching: labels.figures[index]?.key === true ? candidate.matching.filter((figure) => figures[figure]?.key === true) : [],
    })),
    figures.length,
  );
  const taken = new Set(assigned.filter((index) => index !== -1));
  const counts: Counts = { predicted: figures.length, correct: 0, labels: labels.figures.length, found: 0, keyLabels: 0, keyFound: 0, pairs: 0, pairsFound: 0 };
  const misses: Miss[] = [];
  labels.figures.forEach((label, index) => {
    const figure = figures[assigned[index] ?? -1];
    const own = candidates[index] ?? { matching: [], spans: [] };
    if (figure === undefined) misses.push({ kind: 'missed', label: describeLabel(label), cause: diagnoseMiss(own, figures, taken) });
    else counts.found++;
    if (label.key) {
      counts.keyLabels++;
      if ((keyAssigned[index] ?? -1) !== -1) counts.keyFound++;
      else if (figure !== undefined) misses.push({ kind: 'not key', label: describeLabel(label), cause: `found as ${describeFigure(figure)}` });
    }
    if (label.converted !== null) {
      counts.pairs++;
      const paired = own.matching.some((candidate) => pairsConversion(figures[candidate] as KeyFigure, label));
      if (paired) counts.pairsFound++;
      else if (figure !== undefined) misses.push({ kind: 'not paired', label: describeLabel(label), cause: `found as ${describeFigure(figure)}` });
    }
  });
  const spans = candidates.map((candidate) => candidate.spans);
  const falsePositives: string[] = [];
  for (const figure of figures) {
    if (labels.figures.some((label) => matchesLabel(figure, label))) counts.correct++;
    else falsePositives.push(`${describeFigure(figure)}: ${diagnoseFalsePositive(figure, labels.figures, spans)}`);
  }
  const leaks = findLeaks(article, labels.boilerplate, source);
  return { slug, ...counts, leaks, metadata: checkMetadata(article, labels), misses, falsePositives };
}

/** The sum of every article's counts. */
export function sumCounts(scores: Counts[]): Counts {
  const total: Counts = { predicted: 0, correct: 0, labels: 0, found: 0, keyLabels: 0, keyFound: 0, pairs: 0, pairsFound: 0 };
  for (const score of scores) {
    for (const field of Object.keys(total) as (keyof Counts)[]) total[field] += score[field];
  }
  return total;
}

/** The ratios of the thresholds; a ratio with nothing to count is 1 (nothing was wrong). */
export function ratios(counts: Counts): { precision: number; recall: number; keyRecall: number; pairing: number } {
  const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
  return {
    precision: ratio(counts.correct, counts.predicted),
    recall: ratio(counts.found, counts.labels),
    keyRecall: ratio(counts.keyFound, counts.keyLabels),
    pairing: ratio(counts.pairsFound, counts.pairs),
  };
}
