/**
 * Number literals and scale words: "1,234.5", "two", "1.5 trillion", "£2m", "5 lakh crore".
 * Values are built from the decimal string and a power of ten, so "1.2 billion" is exactly
 * 1200000000 with no floating-point residue.
 */

/** A number literal found at a given offset. */
export interface NumberLiteral {
  end: number;
  /** The digits as a decimal string without separators ("1234.5"), or the word's value. */
  decimal: string;
  /** Four digits without separators in 1100–2199: read as a year unless a unit says otherwise. */
  yearLike: boolean;
  /** Written as a word ("two", "a"), which only counts before a scale word. */
  word: boolean;
}

/** A scale after a number: " million", "bn", "-billion", " lakh crore". */
export interface Scale {
  end: number;
  /** Power of ten the scale multiplies by. */
  exponent: number;
  /** A single letter attached to the number ("m", "bn" is not one): only trusted with a currency. */
  letter: boolean;
}

const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const NUMBER_WORDS: Record<string, string> = {
  a: '1', an: '1', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', fifteen: '15', twenty: '20',
  thirty: '30', forty: '40', fifty: '50', 'half a': '0.5',
};
/** Number words, only as a start followed by a large scale word ("two million"). */
export const NUMBER_WORD_SOURCE = `(?:${Object.keys(NUMBER_WORDS)
  .sort((left, right) => right.length - left.length)
  .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|')})(?=[ \\u00a0-]+(?:million|billion|trillion)\\b)`;
const NUMBER_WORD = new RegExp(NUMBER_WORD_SOURCE, 'y');

const SCALE_WORDS: Record<string, number> = {
  'lakh crore': 12, thousand: 3, million: 6, mln: 6, mn: 6, billion: 9, bln: 9, bn: 9,
  trillion: 12, trn: 12, tn: 12, crore: 7, lakh: 5,
};
const SCALE_WORD = /[ \u00a0-]?(lakh[ \u00a0-]crore|thousand|million|mln|mn|billion|bln|bn|trillion|trn|tn|crore|lakh)(?![\p{L}\p{N}])/iuy;
const SCALE_LETTERS: Record<string, number> = { k: 3, m: 6, b: 9 };
const SCALE_LETTER = /([kmb])(?![\p{L}\p{N}])/iuy;

/** Reads a number literal or number word at `at`. */
export function readNumber(text: string, at: number): NumberLiteral | undefined {
  DIGITS.lastIndex = at;
  const digits = DIGITS.exec(text);
  if (digits !== null) {
    const decimal = digits[0].replaceAll(',', '');
    const yearLike = /^\d{4}$/.test(digits[0]) && Number(decimal) >= 1100 && Number(decimal) <= 2199;
    return { end: at + digits[0].length, decimal, yearLike, word: false };
  }
  NUMBER_WORD.lastIndex = at;
  const word = NUMBER_WORD.exec(text);
  if (word === null) return undefined;
  const decimal = NUMBER_WORDS[word[0].toLowerCase()];
  return decimal === undefined ? undefined : { end: at + word[0].length, decimal, yearLike: false, word: true };
}

/** Reads a scale word or attached scale letter right after a number ending at `at`. */
export function readScale(text: string, at: number): Scale | undefined {
  SCALE_WORD.lastIndex = at;
  const word = SCALE_WORD.exec(text);
  if (word?.[1] !== undefined) {
    const exponent = SCALE_WORDS[word[1].toLowerCase().replace(/[\s-]+/u, ' ')];
    if (exponent !== undefined) return { end: at + word[0].length, exponent, letter: false };
  }
  SCALE_LETTER.lastIndex = at;
  const letter = SCALE_LETTER.exec(text);
  const exponent = letter?.[1] === undefined ? undefined : SCALE_LETTERS[letter[1].toLowerCase()];
  return exponent === undefined ? undefined : { end: at + 1, exponent, letter: true };
}

/** The exact value of a decimal string times ten to the power `exponent`. */
export function scaleValue(decimal: string, exponent: number): number {
  return exponent === 0 ? Number(decimal) : Number(`${decimal}e${exponent}`);
}

/**
 * True when the character at `at` ends a number cleanly: not a letter, digit or a joined
 * continuation such as "-year", ":30", "/12" or ".5".
 */
export function endsCleanly(text: string, at: number): boolean {
  const next = text[at];
  if (next === undefined) return true;
  if (/[\p{L}\p{N}_]/u.test(next)) return false;
  const after = text[at + 1] ?? '';
  if (/[-–:/.,]/u.test(next) && /[\p{L}\p{N}]/u.test(after)) return next === ',' && !/\d/u.test(after);
  return true;
}
