/**
 * The noun after a large count: "127,000 creditors", "2 million people", "10,000 new jobs".
 * Only plural nouns (or nouns that are plural without an "s") count, and never units of time
 * or distance: "1,000 years" and "5,000 km" are measures, not counts.
 */

/** A counted noun phrase found after a number. */
export interface CountNoun {
  end: number;
  /** The noun phrase as written ("new jobs"). */
  noun: string;
}

const WORD = /[ \u00a0]+(\p{L}[\p{L}'’-]*)/uy;
const MAX_WORDS = 3;

/** Nouns that are plural without an "s" or are counted in the singular. */
const PLURAL_WITHOUT_S = new Set([
  'people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'fish',
  'livestock', 'bitcoin', 'ether', 'crew', 'troops', 'youth', 'deer', 'poultry', 'clergy',
]);

/** Words that end a noun phrase or show the number is not a count of things. */
const NOT_NOUNS = new Set([
  // function words
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with',
  'as', 'than', 'that', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'is', 'are',
  'was', 'were', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'could', 'should', 'may',
  'more', 'less', 'per', 'each', 'every', 'times', 'plus', 'minus', 'versus', 'vs', 'since', 'after',
  'before', 'during', 'until', 'into', 'over', 'under', 'about', 'across', 'against', 'between',
  // time
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'millennia',
  'nights', 'weekends', 'quarters', 'bc', 'bce', 'ad', 'ce',
  // measures
  'km', 'kms', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'ft', 'yards',
  'inches', 'cm', 'mm', 'kg', 'kgs', 'kilograms', 'grams', 'lbs', 'ounces', 'oz', 'litres',
  'liters', 'gallons', 'degrees', 'mph', 'kph', 'acres', 'hectares', 'calories', 'sq',
]);

/** Words ending in "s" that are not plurals: "business", "status", "analysis", "economics". */
const NOT_PLURAL_ENDINGS = /(?:ss|us|is|ous|ics)$/u;

function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (PLURAL_WITHOUT_S.has(lower)) return true;
  return lower.length > 3 && lower.endsWith('s') && !NOT_PLURAL_ENDINGS.test(lower);
}

/**
 * Reads the counted noun phrase after a number ending at `at`: up to three words ending in a
 * plural noun, stopping at the first function word, unit of time or unit of measure.
 */
export function readCountNoun(text: string, at: number): CountNoun | undefined {
  let cursor = at;
  let nounStart = -1;
  for (let words = 0; words < MAX_WORDS; words += 1) {
    WORD.lastIndex = cursor;
    const match = WORD.exec(text);
    const word = match?.[1];
    if (match === null || word === undefined || NOT_NOUNS.has(word.toLowerCase())) return undefined;
    if (nounStart < 0) nounStart = cursor + match[0].length - word.length;
    cursor += match[0].length;
    if (isPluralNoun(word)) return { end: cursor, noun: text.slice(nounStart, cursor).replace(/\s+/gu, ' ') };
  }
  return undefined;
}
