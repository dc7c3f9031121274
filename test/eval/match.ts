/**
 * When a predicted figure is a labelled one: same unit, same value within a tiny relative
 * tolerance, where either reading of a conversion pair (or either bound of a range) will do.
 */
import type { KeyFigure } from '../../src/types.js';
import type { FigureLabel, Reading } from './labels.js';

/** Values this close, relative to the larger, are the same figure (rounding in the last digit of a float). */
const RELATIVE_TOLERANCE = 1e-6;

/** The units scored: money (ISO 4217), "%" and "pp". Counts are not labelled, so not scored. */
export function isScored(figure: Pick<KeyFigure, 'unit'>): boolean {
  return figure.unit !== 'count';
}

/** True when two readings are the same amount in the same unit. */
export function sameReading(left: Reading, right: Reading): boolean {
  if (left.unit !== right.unit) return false;
  const scale = Math.max(Math.abs(left.value), Math.abs(right.value));
  return Math.abs(left.value - right.value) <= RELATIVE_TOLERANCE * scale;
}

/** Every reading a label accepts: the amount, its conversions, and a range's upper bound. */
export function labelReadings(label: FigureLabel): Reading[] {
  const readings: Reading[] = [{ value: label.value, unit: label.unit }];
  if (label.upper !== undefined) readings.push({ value: label.upper, unit: label.unit });
  if (label.converted !== null) readings.push(label.converted);
  return [...readings, ...(label.alsoAs ?? [])];
}

/** The readings a predicted figure gives: its amount and, when paired, its conversion. */
export function figureReadings(figure: Pick<KeyFigure, 'value' | 'unit' | 'converted'>): Reading[] {
  const readings: Reading[] = [{ value: figure.value, unit: figure.unit }];
  return figure.converted === undefined ? readings : [...readings, figure.converted];
}

/** True when a predicted figure reads as the labelled amount in any of its currencies. */
export function matchesLabel(figure: Pick<KeyFigure, 'value' | 'unit' | 'converted'>, label: FigureLabel): boolean {
  const accepted = labelReadings(label);
  return figureReadings(figure).some((reading) => accepted.some((other) => sameReading(reading, other)));
}

/** True when the figure carries the label's conversion pair, either way round. */
export function pairsConversion(figure: Pick<KeyFigure, 'value' | 'unit' | 'converted'>, label: FigureLabel): boolean {
  if (label.converted === null || figure.converted === undefined) return false;
  const main = { value: figure.value, unit: figure.unit };
  const labelled = { value: label.value, unit: label.unit };
  return (
    (sameReading(main, labelled) && sameReading(figure.converted, label.converted)) ||
    (sameReading(main, label.converted) && sameReading(figure.converted, labelled))
  );
}

/**
 * Where a label's text stands in the article text: every occurrence not glued to a longer
 * number ("3 trillion won" is not inside "14.3 trillion won").
 */
export function findLabelSpans(text: string, needle: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let start = text.indexOf(needle); start !== -1; start = text.indexOf(needle, start + 1)) {
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.charAt(start + needle.length);
    const gluedBefore = /[\p{N}\p{L}]$|[\p{N}][.,]$/u.test(before);
    const gluedAfter = /[\p{N}]/u.test(after) && /[\p{N}]$/u.test(needle);
    if (!gluedBefore && !gluedAfter) spans.push({ start, end: start + needle.length });
  }
  return spans;
}

/** True when two half-open spans share a character. */
export function overlaps(left: { start: number; end: number }, right: { start: number; end: number }): boolean {
  return left.start < right.end && right.start < left.end;
}
