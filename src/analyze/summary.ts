/**
 * Extractive summary: whole sentences copied from the article, in article order. Sentences
 * are scored on place (the lede first), centrality (words shared with the rest of the
 * article and the title) and the figures they state, then picked greedily, skipping
 * near-duplicates and sentences that cannot stand alone.
 */
import { articleText } from '../article-text.js';
import { DigestError } from '../errors.js';
import type { Article } from '../types.js';
import { findFigures, type FigureContext, type FoundFigures } from './figures/index.js';
import { readLayout, type LaidSentence, type TextLayout } from './sentences.js';
import { contentStem, contentStems, countShared, countWords } from './words.js';

/** How long the summary may be. */
export interface SummaryOptions {
  /** Most sentences to pick; default 3. */
  sentences?: number;
  /** Word budget: stop before exceeding it, but always keep at least one sentence. */
  words?: number;
}

export const DEFAULT_SUMMARY_SENTENCES = 3;
const MIN_WORDS = 6;
const NEAR_DUPLICATE = 0.5;
/** Openers that point back to an earlier sentence: "And", "But", "It said", "They", "This". */
const DEPENDENT_OPENER =
  /^(?:And|But|Or|So|Yet|Also|However|Still|Meanwhile|Instead|It|Its|It's|They|Their|Them|This|That|These|Those|He|She|His|Her|Such)\b/u;

interface Candidate {
  text: string;
  words: number;
  stems: Set<string>;
  figures: readonly number[];
  score: number;
  /** Usable at all: long enough, not a question, not a fragment of a quote. */
  standalone: boolean;
  /** Needs the sentence before it in the summary. */
  dependent: boolean;
}

/**
 * Picks the summary sentences of an article. Throws a DigestError: ANALYZE_INVALID_OPTIONS for
 * a non-positive or fractional option, ANALYZE_MODEL_LOAD if wink-nlp cannot be loaded.
 */
export async function summarize(article: Pick<Article, 'paragraphs' | 'title' | 'subtitle'>, options: SummaryOptions = {}): Promise<string[]> {
  checkSummaryOptions(options);
  const layout = await readLayout(articleText(article));
  const context = { title: article.title, subtitle: article.subtitle };
  return pickSummary(layout, findFigures(layout, context), context, options);
}

/** Throws a DigestError (ANALYZE_INVALID_OPTIONS) unless each given option is a positive integer. */
export function checkSummaryOptions(options: SummaryOptions): void {
  for (const name of ['sentences', 'words'] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new DigestError('ANALYZE_INVALID_OPTIONS', `The analyze option "${name}" must be a positive integer, got ${String(value)}.`, {
        hint: `Pass a whole number of at least 1 for "${name}", or leave it out.`,
      });
    }
  }
}

/** The synchronous core of `summarize`, over a layout and its figures. Never throws. */
export function pickSummary(layout: TextLayout, found: FoundFigures, context: FigureContext, options: SummaryOptions): string[] {
  const candidates = scoreSentences(layout, found, context);
  const limit = options.sentences ?? DEFAULT_SUMMARY_SENTENCES;
  const chosen: number[] = [];
  let used = 0;
  while (chosen.length < limit) {
    let next = bestCandidate(candidates, chosen, found, (words) => options.words === undefined || used + words <= options.words);
    // Always at least one sentence: the best one, even over budget or below the bar.
    if (next < 0 && chosen.length === 0) next = bestCandidate(candidates, chosen, found, () => true);
    if (next < 0 && chosen.length === 0) next = bestOverall(candidates);
    if (next < 0) break;
    chosen.push(next);
    used += candidates[next]?.words ?? 0;
  }
  return chosen.sort((left, right) => left - right).map((index) => candidates[index]?.text ?? '');
}

function scoreSentences(layout: TextLayout, found: FoundFigures, context: FigureContext): Candidate[] {
  const stems = layout.sentences.map((sentence) => sentenceStems(layout, sentence));
  const frequency = new Map<string, number>();
  for (const set of stems) for (const stem of set) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const headline = contentStems(`${context.title ?? ''} ${context.subtitle ?? ''}`);
  return layout.sentences.map((sentence, index) => {
    const own = stems[index] ?? new Set<string>();
    let shared = 0;
    for (const stem of own) if ((frequency.get(stem) ?? 0) > 1) shared += 1;
    const centrality = (shared + 1.5 * countShared(own, headline)) / Math.sqrt(own.size + 1);
    const figures = found.figuresBySentence[index] ?? [];
    const figureScore = Math.min(1, figures.reduce((sum, figure) => sum + (found.figures[figure]?.key === true ? 0.5 : 0.2), 0));
    const place = index === 0 ? 3 : sentence.paragraph === 0 ? 1.5 : 1.2 * 0.85 ** (sentence.paragraph - 1);
    const words = countWords(sentence.text);
    return {
      text: sentence.text,
      words,
      stems: own,
      figures,
      score: place + 0.6 * centrality + figureScore,
      standalone: words >= MIN_WORDS && !isQuestion(sentence.text) && !isFragment(sentence.text),
      dependent: DEPENDENT_OPENER.test(sentence.text),
    };
  });
}

/** Content-word stems of a sentence, from its tagged tokens. */
function sentenceStems(layout: TextLayout, sentence: LaidSentence): Set<string> {
  const stems = new Set<string>();
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const pos = layout.tokenPos[index];
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'VERB' && pos !== 'ADJ') continue;
    const stem = contentStem(layout.text.slice(layout.tokenStart[index], layout.tokenEnd[index]));
    if (stem !== undefined) stems.add(stem);
  }
  return stems;
}

function bestCandidate(candidates: readonly Candidate[], chosen: readonly number[], found: FoundFigures, fits: (words: number) => boolean): number {
  let best = -1;
  candidates.forEach((candidate, index) => {
    if (chosen.includes(index) || !candidate.standalone || !fits(candidate.words)) return;
    if (candidate.dependent && !chosen.includes(index - 1)) return;
    if (isRedundant(candidate, chosen, candidates, found)) return;
    if (best < 0 || candidate.score > (candidates[best]?.score ?? -Infinity)) best = index;
  });
  return best;
}

function bestOverall(candidates: readonly Candidate[]): number {
  let best = -1;
  candidates.forEach((candidate, index) => {
    if (best < 0 || candidate.score > (candidates[best]?.score ?? -Infinity)) best = index;
  });
  return best;
}

/** Says the same as a chosen sentence: most words shared, or only figures already given. */
function isRedundant(candidate: Candidate, chosen: readonly number[], candidates: readonly Candidate[], found: FoundFigures): boolean {
  for (const index of chosen) {
    const other = candidates[index];
    if (other === undefined) continue;
    const shared = countShared(candidate.stems, other.stems);
    const union = candidate.stems.size + other.stems.size - shared;
    if (union > 0 && shared / union >= NEAR_DUPLICATE) return true;
  }
  if (candidate.figures.length === 0) return false;
  return candidate.figures.every((figure) => chosen.some((index) => found.figuresBySentence[index]?.includes(figure) === true));
}

function isQuestion(text: string): boolean {
  return /\?["'”’)]*$/u.test(text);
}

/** Starts mid-sentence, or has quotes that do not close: a fragment of a longer quote. */
function isFragment(text: string): boolean {
  if (/^\p{Ll}/u.test(text)) return true;
  return countOf(text, '"') % 2 === 1 || countOf(text, '“') !== countOf(text, '”');
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}
