/**
 * Why a label was missed or a prediction is wrong, in words the figure engine's developers can
 * act on: the line never reached the body, nothing was read there, or it was read wrongly.
 */
import type { KeyFigure } from '../../src/types.js';
import type { Candidates } from './assign.js';
import type { FigureLabel, Reading } from './labels.js';
import { overlaps } from './match.js';

/** A reading as "USD 1.2e+9" is unreadable; "USD 1,200,000,000" is what the label says. */
export function formatReading(reading: Reading): string {
  return `${reading.unit} ${reading.value.toLocaleString('en-US', { maximumFractionDigits: 6 })}`;
}

/** A predicted figure as the engine read it: `"$41m (£31m)" USD 41,000,000 → GBP 31,000,000`. */
export function describeFigure(figure: KeyFigure): string {
  const converted = figure.converted === undefined ? '' : ` → ${formatReading(figure.converted)}`;
  return `"${figure.text}" ${formatReading(figure)}${converted}${figure.key ? ' [key]' : ''}`;
}

/** A label as written: `"1.5 trillion won ($1.2 billion)" KRW 1,500,000,000,000 → USD 1,200,000,000`. */
export function describeLabel(label: FigureLabel): string {
  const upper = label.upper === undefined ? '' : `–${label.upper.toLocaleString('en-US', { maximumFractionDigits: 6 })}`;
  const converted = label.converted === null ? '' : ` → ${formatReading(label.converted)}`;
  return `"${label.text}" ${formatReading(label)}${upper}${converted}`;
}

/**
 * Why a label found no prediction. `assigned` marks the predictions already given to other
 * labels, so a label whose only match went elsewhere reads as merged.
 */
export function diagnoseMiss(candidates: Candidates, figures: KeyFigure[], assigned: Set<number>): string {
  if (candidates.spans.length === 0) return 'not in body: ingest dropped or changed its line';
  if (candidates.matching.some((index) => assigned.has(index))) return 'merged with another mention of the same amount';
  const there = figures.filter((figure) => candidates.spans.some((span) => overlaps(span, figure)));
  if (there.length === 0) return 'not detected';
  return `misread as ${there.map(describeFigure).join(', ')}`;
}

/** Why a prediction matches no label: it misreads a labelled figure, or it is not one at all. */
export function diagnoseFalsePositive(figure: KeyFigure, labels: FigureLabel[], spans: Candidates['spans'][]): string {
  const misread = labels.find((_, index) => (spans[index] ?? []).some((span) => overlaps(span, figure)));
  if (misread !== undefined) return `misreads label ${describeLabel(misread)}`;
  const sentence = figure.sentence.length > 110 ? `${figure.sentence.slice(0, 107)}…` : figure.sentence;
  return `no such figure in the labels; sentence: ${sentence}`;
}
