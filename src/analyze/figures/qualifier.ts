/**
 * Qualifiers written right before a quantity ("about", "more than", "an estimated"). They
 * stay out of the figure's `text` and are reported, lower-cased, in `qualifier`.
 */

const WORDS = [
  'more than', 'less than', 'fewer than', 'no more than', 'not more than', 'up to', 'at least',
  'at most', 'as much as', 'as many as', 'as high as', 'as low as', 'as little as', 'as few as',
  'close to', 'just over', 'just under', 'well over', 'well above', 'just shy of', 'upwards of',
  'in excess of', 'an estimated', 'estimated', 'nearly', 'almost', 'about', 'around',
  'approximately', 'approx.', 'roughly', 'some', 'over', 'under', 'above', 'below', 'circa',
];

/** The canonical form of qualifiers that have more than one spelling. */
const CANONICAL: Record<string, string> = { 'approx.': 'approximately', '~': 'about' };

const source = WORDS.map((word) => word.replace('.', '\\.').replaceAll(' ', '[ \\u00a0]+')).join('|');
/** Qualifier words as a regex source, for use inside other patterns. */
export const QUALIFIER_SOURCE = `(?:${source})`;
const BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${source})[ \\u00a0]+$|(~)[ \\u00a0]?$`, 'iu');

/** How far back a qualifier can start: the longest entry plus spacing. */
const WINDOW = 24;

/** A qualifier that ends right where a quantity starts. */
export interface Qualifier {
  start: number;
  word: string;
}

/** Finds a qualifier that ends (with spacing) exactly at `quantityStart`. */
export function readQualifierBefore(text: string, quantityStart: number): Qualifier | undefined {
  const from = Math.max(0, quantityStart - WINDOW);
  const window = text.slice(from, quantityStart);
  const match = BEFORE.exec(window);
  const written = match?.[1] ?? match?.[2];
  if (match === null || written === undefined) return undefined;
  const lower = written.toLowerCase().replace(/\s+/gu, ' ');
  const offset = match.index + match[0].indexOf(written);
  return { start: from + offset, word: CANONICAL[lower] ?? lower };
}
