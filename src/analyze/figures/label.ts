/**
 * A few words (two to seven) saying what a figure measures, taken from its own clause:
 * the verb or noun that governs it ("stolen", "revenue of") and the phrases after it
 * ("in virtual assets since 2017"), or, when the figure is the subject, the predicate that
 * follows ("came from South Korea"). Words of other figures never enter a label.
 */
import type { LaidSentence, TextLayout } from '../sentences.js';
import type { Mention } from './mention.js';

const MAX_WORDS = 7;
const BOUNDARIES = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '"', '“', '”', '!', '?', '.', '…']);
/** Verbs that introduce reported speech: the figure belongs to the reported clause. */
const REPORTING = new Set(['said', 'say', 'says', 'saying', 'told', 'tells', 'added', 'adds', 'according', 'noted', 'stated', 'claimed', 'argued', 'wrote']);
/** "including about 800 billion won": the figure is part of one named earlier, so borrow its verb. */
const SUBSET = new Set(['including', 'includes', 'include', 'included']);
/** Words that start another clause: the label stops before them. */
const CUTS = new Set(['and', 'but', 'or', 'which', 'who', 'whom', 'whose', 'that', 'while', 'whereas', 'because', 'although', 'though', 'according', 'when']);
const RELATIVES = new Set(['which', 'who', 'that']);
const TEMPORAL = /^(?:year|years|month|months|week|weeks|quarter|day|days|decade|alone|today|yesterday|since|annually)$/iu;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'ADV']);
const DROP_AT_END = new Set(['ADP', 'DET', 'PART', 'CCONJ', 'SCONJ', 'AUX', 'PRON', 'PUNCT', 'SYM']);
const DROP_AT_START = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PUNCT', 'SYM', 'PART']);

/** Where a mention sits among the layout's tokens. */
export interface LabelInput {
  layout: TextLayout;
  sentence: LaidSentence;
  mention: Mention;
  /** For each token, the index of the mention covering it (qualifier included), or -1. */
  tokenMention: Int32Array;
  /** Index of this mention. */
  self: number;
  /** Index of the first token of the mention, its qualifier included. */
  firstToken: number;
  /** Index of the first token after the mention. */
  endToken: number;
}

/** Read access to the tokens of one sentence. */
interface View {
  word: (index: number) => string;
  pos: (index: number) => string;
  /** Not part of another figure. */
  free: (index: number) => boolean;
  isBoundary: (index: number) => boolean;
  sentenceStart: number;
}

/** Builds the label of one mention. Never throws; returns "" only when the sentence has no other words. */
export function labelMention(input: LabelInput): string {
  const { layout, sentence, firstToken, endToken } = input;
  const word = (index: number): string => layout.text.slice(layout.tokenStart[index], layout.tokenEnd[index]);
  const pos = (index: number): string => layout.tokenPos[index] ?? 'X';
  const view: View = {
    word,
    pos,
    free: (index) => (input.tokenMention[index] ?? -1) < 0 || input.tokenMention[index] === input.self,
    isBoundary: (index) => pos(index) === 'PUNCT' && BOUNDARIES.has(word(index)),
    sentenceStart: sentence.firstToken,
  };
  let clauseStart = firstToken;
  while (clauseStart > sentence.firstToken && !view.isBoundary(clauseStart - 1)) clauseStart -= 1;
  const after: number[] = [];
  for (let index = endToken; index < sentence.endToken && !view.isBoundary(index); index += 1) {
    if (!view.free(index) || CUTS.has(word(index).toLowerCase())) break;
    after.push(index);
  }
  const head = findHead(view, clauseStart, firstToken);
  const body = head.length > 0 ? after : fromFirstVerb(view, after);
  const chosen = choosePhrases(view, body, Math.max(1, MAX_WORDS - head.length));
  // Without a head, a leading preposition carries the meaning: "in August", not "August".
  let tokens = trim(view, [...head, ...chosen], head.length > 0);
  if (tokens.length < 2) tokens = trim(view, [...subjectBefore(view, head, clauseStart), ...tokens]);
  if (tokens.length < 2) tokens = trim(view, nearestContent(view, clauseStart, firstToken));
  // "The fund, worth $10 billion": the clause is one word, so look back to the sentence start,
  // then ahead ("one in five (20%) adults said").
  if (tokens.length < 2) tokens = trim(view, nearestContent(view, sentence.firstToken, firstToken));
  if (tokens.length < 2) tokens = trim(view, nextWords(view, endToken, sentence.endToken));
  return joinTokens(layout, tokens, sentence.firstToken);
}

/** The noun ("revenue of $3bn") or verb ("have stolen $1.2bn") that governs the figure, if any. */
function findHead(view: View, clauseStart: number, firstToken: number): number[] {
  const { word, pos } = view;
  const before = firstToken - 1;
  if (before > clauseStart && word(before).toLowerCase() === 'of' && isNounLike(pos(before - 1))) {
    const nouns: number[] = [];
    for (let index = before - 1; index >= clauseStart && nouns.length < 3 && isNounLike(pos(index)) && view.free(index); index -= 1) nouns.unshift(index);
    return nouns;
  }
  for (let index = before; index >= clauseStart; index -= 1) {
    if (pos(index) !== 'VERB' || !view.free(index)) continue;
    const lower = word(index).toLowerCase();
    if (REPORTING.has(lower)) return [];
    if (!SUBSET.has(lower)) return [index, ...gapAfterVerb(view, index, firstToken)];
    // Borrow the verb of the clause the subset belongs to, looking back within the sentence.
    for (let earlier = clauseStart - 1; earlier >= view.sentenceStart; earlier -= 1) {
      const verb = word(earlier).toLowerCase();
      if (pos(earlier) === 'VERB' && !REPORTING.has(verb) && !SUBSET.has(verb)) return [earlier];
    }
    return [];
  }
  return [];
}

/** Words between the verb and the figure ("invest in new plants worth"), without the linking words. */
function gapAfterVerb(view: View, verb: number, firstToken: number): number[] {
  let end = firstToken;
  while (end > verb + 1 && DROP_AT_END.has(view.pos(end - 1))) end -= 1;
  const gap: number[] = [];
  for (let index = verb + 1; index < end; index += 1) {
    if (!view.free(index) || view.isBoundary(index)) return [];
    gap.push(index);
  }
  return gap.length <= 3 ? gap : [];
}

function isNounLike(tag: string): boolean {
  return tag === 'NOUN' || tag === 'PROPN' || tag === 'ADJ';
}

/**
 * When the figure is the subject, the label is its predicate: from the first verb on, keeping
 * a noun the figure qualifies ("$5 million fine was the largest").
 */
function fromFirstVerb(view: View, after: readonly number[]): number[] {
  const verb = after.findIndex((index) => view.pos(index) === 'VERB' || view.pos(index) === 'AUX');
  if (verb < 0) return [...after];
  const before = after.slice(0, verb);
  return before.length <= 3 && before.every((index) => isNounLike(view.pos(index))) ? [...after] : after.slice(verb);
}

/** Splits at prepositions and keeps the first phrase, then time and number phrases, then the rest, within budget. */
function choosePhrases(view: View, body: readonly number[], budget: number): number[] {
  const phrases: number[][] = [];
  for (const index of body) {
    const opens = (view.pos(index) === 'ADP' || view.pos(index) === 'SCONJ') && view.word(index).toLowerCase() !== 'of';
    if (phrases.length === 0 || opens) phrases.push([index]);
    else phrases.at(-1)?.push(index);
  }
  const [first, ...rest] = phrases;
  if (first === undefined) return [];
  const chosen = [first.slice(0, budget)];
  let used = chosen[0]?.length ?? 0;
  const timely = (phrase: number[]): boolean => phrase.some((index) => view.pos(index) === 'NUM' || TEMPORAL.test(view.word(index)));
  for (const phrase of [...rest.filter(timely), ...rest.filter((phrase) => !timely(phrase))]) {
    if (used + phrase.length > budget) continue;
    chosen.push(phrase);
    used += phrase.length;
  }
  return chosen.flat().sort((left, right) => left - right);
}

/**
 * The nouns right before the head verb ("Unemployment rose"), skipping auxiliaries; for a
 * relative clause ("the company, which is valued at"), the noun before "which".
 */
function subjectBefore(view: View, head: readonly number[], clauseStart: number): number[] {
  const { pos } = view;
  const verb = head[0];
  if (verb === undefined) return [];
  let index = verb - 1;
  while (index >= view.sentenceStart && (pos(index) === 'AUX' || pos(index) === 'PART' || pos(index) === 'ADV')) index -= 1;
  let floor = clauseStart;
  if (RELATIVES.has(view.word(index).toLowerCase())) {
    index -= view.word(index - 1) === ',' ? 2 : 1;
    floor = view.sentenceStart;
  }
  const subject: number[] = [];
  for (; index >= floor && subject.length < 3 && isNounLike(pos(index)) && view.free(index); index -= 1) subject.unshift(index);
  return subject.length > 0 ? subject : sentenceSubject(view, verb);
}

/** The noun phrase that opens the sentence ("Shares in the company, ..., fell"), if it comes before `verb`. */
function sentenceSubject(view: View, verb: number): number[] {
  let index = view.sentenceStart;
  if (view.pos(index) === 'DET') index += 1;
  const subject: number[] = [];
  for (; index < verb && subject.length < 3 && isNounLike(view.pos(index)) && view.free(index); index += 1) subject.push(index);
  return subject;
}

/** Up to five words after the figure, past its closing punctuation. */
function nextWords(view: View, from: number, to: number): number[] {
  const tokens: number[] = [];
  for (let index = from; index < to && tokens.length < 5; index += 1) {
    if (!view.free(index) || (tokens.length > 0 && view.isBoundary(index))) break;
    if (!view.isBoundary(index)) tokens.push(index);
  }
  return tokens;
}

function nearestContent(view: View, from: number, firstToken: number): number[] {
  const tokens: number[] = [];
  for (let index = firstToken - 1; index >= from && tokens.length < 4; index -= 1) {
    if (CONTENT_POS.has(view.pos(index)) && view.free(index)) tokens.unshift(index);
  }
  return tokens;
}

function trim(view: View, tokens: readonly number[], dropPreposition = true): number[] {
  const sorted = [...new Set(tokens)].sort((left, right) => left - right);
  const dropsAtStart = (tag: string): boolean => DROP_AT_START.has(tag) && (dropPreposition || tag !== 'ADP');
  while (sorted.length > 0 && dropsAtStart(view.pos(sorted[0] ?? -1))) sorted.shift();
  while (sorted.length > 0 && DROP_AT_END.has(view.pos(sorted.at(-1) ?? -1))) sorted.pop();
  return sorted;
}

/** Joins runs of adjacent tokens as written, and runs with one space. */
function joinTokens(layout: TextLayout, tokens: readonly number[], sentenceStart: number): string {
  const runs: string[] = [];
  let runStart = -1;
  tokens.forEach((token, position) => {
    if (runStart < 0) runStart = token;
    if (tokens[position + 1] === token + 1) return;
    runs.push(layout.text.slice(layout.tokenStart[runStart], layout.tokenEnd[token]));
    runStart = -1;
  });
  const label = runs.join(' ').replace(/\s+/gu, ' ');
  const first = tokens[0];
  // A sentence-initial capital is not part of the word ("Shares fell" -> "shares fell").
  if (first === sentenceStart && layout.tokenPos[first] !== 'PROPN' && !/^\p{Lu}{2}/u.test(label)) {
    return label.charAt(0).toLowerCase() + label.slice(1);
  }
  return label;
}
