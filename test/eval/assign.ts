/**
 * Pairs labels with predicted figures one to one, so that two labels of the same value (two
 * different "₹50 crore") need two predicted figures. A prediction at a label's own place in the
 * text is tried first; any prediction of the same amount will do after that.
 */
import type { KeyFigure } from '../../src/types.js';
import type { FigureLabel } from './labels.js';
import { findLabelSpans, matchesLabel, overlaps } from './match.js';

/** For each label, the predictions that read as its amount, those at its place first. */
export interface Candidates {
  /** Indices into the predicted figures. */
  matching: number[];
  /** Where the label's text stands in the article text (empty when ingest lost it). */
  spans: { start: number; end: number }[];
}

/** The candidates of every label, in label order. */
export function findCandidates(text: string, labels: FigureLabel[], figures: KeyFigure[]): Candidates[] {
  return labels.map((label) => {
    const spans = findLabelSpans(text, label.text);
    const atPlace = (figure: KeyFigure): boolean => spans.some((span) => overlaps(span, figure));
    const matching = figures.flatMap((figure, index) => (matchesLabel(figure, label) ? [index] : []));
    const placed = matching.filter((index) => atPlace(figures[index] as KeyFigure));
    return { matching: [...placed, ...matching.filter((index) => !placed.includes(index))], spans };
  });
}

/**
 * A maximum one-to-one assignment (Kuhn's augmenting paths): for each label, the index of its
 * predicted figure, or -1 when none is left for it.
 */
export function assignFigures(candidates: Candidates[], figureCount: number): number[] {
  const owner = new Array<number>(figureCount).fill(-1);
  const tryAssign = (label: number, visited: Set<number>): boolean => {
    const matching = candidates[label]?.matching ?? [];
    // A free figure first, in order of preference: only take another label's figure when none is left.
    const free = matching.find((figure) => owner[figure] === -1);
    if (free !== undefined) {
      owner[free] = label;
      return true;
    }
    for (const figure of matching) {
      if (visited.has(figure)) continue;
      visited.add(figure);
      if (tryAssign(owner[figure] ?? -1, visited)) {
        owner[figure] = label;
        return true;
      }
    }
    return false;
  };
  candidates.forEach((_, label) => tryAssign(label, new Set()));
  const assigned = candidates.map(() => -1);
  owner.forEach((label, figure) => {
    if (label !== -1) assigned[label] = figure;
  });
  return assigned;
}
