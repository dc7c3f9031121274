/**
 * Word-level helpers shared by labels, ranking and the summary: content words reduced to a
 * crude stem so that "assets" and "asset" or "stolen" in a title and a label match.
 */

const STOP_WORDS = new Set(
  ('a an the and or but nor so yet of in on at to for from by with as than that this these those it its ' +
    'they them their he him his she her we us our you your i me my is are was were be been being has have ' +
    'had do does did will would could should may might can must not no also just only very more most less ' +
    'said say says told about over under after before since into onto out up down off per each every all ' +
    'some any other such which who whom whose what when where while there here then if because though ' +
    'although whether both either neither how why own same too new one two three first last year years')
    .split(' '),
);

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/** A crude stem: lower case, no possessive, no plural "s". */
export function stemWord(word: string): string {
  let lower = word.toLowerCase();
  if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/** The stem of a content word, or undefined for stop words ("the", "said", "year") and words under three letters. */
export function contentStem(word: string): string | undefined {
  if (word.length < 3) return undefined;
  const lower = word.toLowerCase();
  return STOP_WORDS.has(lower) ? undefined : stemWord(lower);
}

/** The stems of the content words of a text: no stop words, no one- or two-letter words. */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  // exec on the shared regex, not matchAll, which clones the regex on every call.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const stem = contentStem(match[0]);
    if (stem !== undefined) stems.add(stem);
  }
  return stems;
}

/** The number of words as a reader counts them: whitespace-separated runs with a letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  let wordy = false;
  for (let index = 0; index <= text.length; index += 1) {
    const code = text.charCodeAt(index);
    // NaN past the end closes the last run like whitespace does.
    if (Number.isNaN(code) || code === 32 || (code >= 9 && code <= 13) || code === 0xa0) {
      if (wordy) count += 1;
      wordy = false;
    } else if (!wordy && isWordCharacter(code, text, index)) wordy = true;
  }
  return count;
}

function isWordCharacter(code: number, text: string, index: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(text.charAt(index));
}

/** How many stems two sets share. */
export function countShared(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  let shared = 0;
  for (const stem of left) if (right.has(stem)) shared += 1;
  return shared;
}
