/**
 * Key figures: scan the text for quantities, label each mention from its clause, merge
 * repeated mentions of one quantity, then rank them and mark the key ones.
 */
import type { KeyFigure } from '../../types.js';
import { findSentence, findTokenFrom, readLayout, type TextLayout } from '../sentences.js';
import { labelMention } from './label.js';
import type { Mention } from './mention.js';
import { groupMentions } from './merge.js';
import { chooseKeys, readHeadline } from './rank.js';
import { scanMentions } from './scan.js';

/** Title and standfirst: not part of the text, but a quantity stated there ranks first. */
export interface FigureContext {
  title?: string | undefined;
  subtitle?: string | undefined;
}

/** Figures of a laid-out text, and which figures each sentence states (for the summary). */
export interface FoundFigures {
  figures: KeyFigure[];
  /** For each sentence of the layout, the indices of the figures it mentions. */
  figuresBySentence: number[][];
}

/**
 * Finds the figures of a text: money, percentages and large counts with exact spans, labels
 * and the sentence they come from, repeated mentions merged, in order of first mention.
 * Throws a DigestError (ANALYZE_MODEL_LOAD) if wink-nlp cannot be loaded.
 */
export async function extractKeyFigures(text: string, context: FigureContext = {}): Promise<KeyFigure[]> {
  return findFigures(await readLayout(text), context).figures;
}

/** The synchronous core of `extractKeyFigures`, over an existing layout. Never throws. */
export function findFigures(layout: TextLayout, context: FigureContext): FoundFigures {
  const mentions = scanMentions(layout.text);
  const tokenMention = markTokens(layout, mentions);
  const places = mentions.map((mention) => placeMention(layout, mention));
  const labels = mentions.map((mention, self) => {
    const place = places[self];
    const sentence = place === undefined ? undefined : layout.sentences[place.sentence];
    if (place === undefined || sentence === undefined) return '';
    return labelMention({ layout, sentence, mention, tokenMention, self, firstToken: place.firstToken, endToken: place.endToken });
  });
  const groups = groupMentions(mentions, labels);
  const headline = readHeadline(scanMentions(context.title ?? ''), scanMentions(context.subtitle ?? ''), `${context.title ?? ''} ${context.subtitle ?? ''}`);
  const rankInputs = groups.map(({ members, representative }) => ({
    mention: mentions[representative] as Mention,
    label: labels[representative] ?? '',
    paragraph: places[members[0] ?? representative]?.paragraph ?? 0,
    mentions: members.length,
  }));
  const keys = chooseKeys(rankInputs, headline);
  const figures = groups.map(({ representative }, index) =>
    toKeyFigure(layout, mentions[representative] as Mention, labels[representative] ?? '', places[representative]?.sentence ?? -1, keys[index] ?? false),
  );
  const figuresBySentence = layout.sentences.map((): number[] => []);
  groups.forEach(({ members }, figure) => {
    for (const member of members) {
      const sentence = places[member]?.sentence ?? -1;
      const list = figuresBySentence[sentence];
      if (list !== undefined && !list.includes(figure)) list.push(figure);
    }
  });
  return { figures, figuresBySentence };
}

interface Place {
  sentence: number;
  paragraph: number;
  firstToken: number;
  endToken: number;
}

function placeMention(layout: TextLayout, mention: Mention): Place {
  const sentence = findSentence(layout, mention.start);
  return {
    sentence,
    paragraph: layout.sentences[sentence]?.paragraph ?? 0,
    firstToken: findTokenFrom(layout, mention.qualifierStart),
    endToken: findTokenFrom(layout, mention.end),
  };
}

/** For each token, the mention that covers it (qualifier included), or -1. */
function markTokens(layout: TextLayout, mentions: readonly Mention[]): Int32Array {
  const owners = new Int32Array(layout.tokenStart.length).fill(-1);
  mentions.forEach((mention, index) => {
    for (let token = findTokenFrom(layout, mention.qualifierStart); (layout.tokenStart[token] ?? Infinity) < mention.end; token += 1) {
      owners[token] = index;
    }
  });
  return owners;
}

function toKeyFigure(layout: TextLayout, mention: Mention, label: string, sentence: number, key: boolean): KeyFigure {
  const figure: KeyFigure = {
    text: layout.text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
    value: mention.value,
    unit: mention.unit,
    label,
    sentence: layout.sentences[sentence]?.text ?? '',
    key,
  };
  if (mention.converted !== undefined) figure.converted = { ...mention.converted };
  if (mention.qualifier !== undefined) figure.qualifier = mention.qualifier;
  if (mention.noun !== undefined) figure.noun = mention.noun;
  return figure;
}
