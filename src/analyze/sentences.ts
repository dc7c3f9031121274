/**
 * Sentences and tokens with exact offsets into the analysed text. wink-nlp finds the
 * boundaries and tags; the offsets are recomputed here so that `text.slice(start, end)`
 * is always the sentence or token itself.
 */
import { loadNlp, type NlpDoc, type NlpRead } from './nlp.js';

/** One sentence: `text === source.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A sentence together with the range of its tokens in `TextLayout`. */
export interface LaidSentence extends Sentence {
  /** Index of its first token. */
  firstToken: number;
  /** Index after its last token. */
  endToken: number;
  /** Index of the paragraph it belongs to (paragraphs are separated by a blank line). */
  paragraph: number;
}

/** Tokens (without whitespace tokens) and sentences of one text, as parallel arrays. */
export interface TextLayout {
  text: string;
  tokenStart: number[];
  tokenEnd: number[];
  /** Universal part-of-speech tag per token. */
  tokenPos: string[];
  sentences: LaidSentence[];
  /** Offset where each paragraph starts, ascending. */
  paragraphStarts: number[];
}

const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * Splits text into sentences with exact offsets. A sentence never spans a blank line, so
 * paragraphs never share one. Throws a DigestError (ANALYZE_MODEL_LOAD) if wink-nlp cannot
 * be loaded.
 */
export async function splitSentences(text: string): Promise<Sentence[]> {
  const layout = await readLayout(text);
  return layout.sentences.map(({ text: sentence, start, end }) => ({ text: sentence, start, end }));
}

/** Loads the model if needed and lays out the text. Throws like `splitSentences`. */
export async function readLayout(text: string): Promise<TextLayout> {
  const read = await loadNlp();
  return layOutText(read, text);
}

/** Lays out the text with an already loaded reader. Throws a DigestError if wink-nlp fails. */
export function layOutText(read: NlpRead, text: string): TextLayout {
  const paragraphStarts = findParagraphStarts(text);
  if (text.trim() === '') return { text, tokenStart: [], tokenEnd: [], tokenPos: [], sentences: [], paragraphStarts };
  const doc = read(text);
  const layout: TextLayout = { text, tokenStart: [], tokenEnd: [], tokenPos: [], sentences: [], paragraphStarts };
  const sentenceOfToken = placeTokens(doc, layout);
  groupSentences(layout, sentenceOfToken);
  return layout;
}

/** Fills token offsets; returns the wink sentence index of each kept token. */
function placeTokens(doc: NlpDoc, layout: TextLayout): number[] {
  const { text } = layout;
  const sentenceOfToken: number[] = [];
  let cursor = 0;
  let sentence = 0;
  doc.values.forEach((value, index) => {
    while ((doc.sentences[sentence]?.[1] ?? Infinity) < index) sentence += 1;
    const expected = cursor + (doc.spaces[index]?.length ?? 0);
    // wink drops leading whitespace and may normalise rare characters; fall back to a search.
    const start = text.startsWith(value, expected) ? expected : text.indexOf(value, cursor);
    if (start < 0 || value === '') return;
    cursor = start + value.length;
    const pos = doc.pos[index] ?? 'X';
    if (pos === 'SPACE' || value.trim() === '') return;
    layout.tokenStart.push(start);
    layout.tokenEnd.push(cursor);
    layout.tokenPos.push(pos);
    sentenceOfToken.push(sentence);
  });
  return sentenceOfToken;
}

function groupSentences(layout: TextLayout, sentenceOfToken: readonly number[]): void {
  const { text, tokenStart, tokenEnd } = layout;
  let first = 0;
  for (let index = 1; index <= tokenStart.length; index += 1) {
    const atEnd = index === tokenStart.length;
    const newSentence = atEnd || sentenceOfToken[index] !== sentenceOfToken[index - 1];
    if (!newSentence && !BLANK_LINE.test(text.slice(tokenEnd[index - 1], tokenStart[index]))) continue;
    const start = tokenStart[first] ?? 0;
    const end = tokenEnd[index - 1] ?? start;
    layout.sentences.push({
      text: text.slice(start, end),
      start,
      end,
      firstToken: first,
      endToken: index,
      paragraph: findParagraph(layout.paragraphStarts, start),
    });
    first = index;
  }
}

function findParagraphStarts(text: string): number[] {
  const starts = [0];
  const separator = new RegExp(BLANK_LINE.source, 'g');
  for (const match of text.matchAll(separator)) starts.push(match.index + match[0].length);
  return starts;
}

/** Index of the paragraph that contains `offset`. */
export function findParagraph(paragraphStarts: readonly number[], offset: number): number {
  return lastAtOrBefore(paragraphStarts.length, (index) => paragraphStarts[index] ?? 0, offset);
}

/** Index of the sentence that contains `offset`, or -1 when it lies before every sentence. */
export function findSentence(layout: TextLayout, offset: number): number {
  const { sentences } = layout;
  return lastAtOrBefore(sentences.length, (index) => sentences[index]?.start ?? 0, offset);
}

/** Index of the first token that starts at or after `offset`. */
export function findTokenFrom(layout: TextLayout, offset: number): number {
  const { tokenStart } = layout;
  let low = 0;
  let high = tokenStart.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokenStart[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function lastAtOrBefore(count: number, valueAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (valueAt(middle) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
