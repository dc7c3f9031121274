/**
 * Which figures a reader must see: scored by place (stated in the title, the standfirst or
 * the lede), emphasis (said more than once, given in two currencies), size, and how much its
 * label shares with the title. The best two to four become `key`.
 */
import { contentStems, countShared } from '../words.js';
import { readingsOf, sameReading, type Mention, type Reading } from './mention.js';

/** What ranking needs to know about one figure. */
export interface RankInput {
  mention: Mention;
  label: string;
  /** Paragraph of the earliest mention. */
  paragraph: number;
  mentions: number;
}

/** Title and standfirst: their quantities and words. */
export interface HeadlineContext {
  titleReadings: readonly Reading[];
  subtitleReadings: readonly Reading[];
  stems: ReadonlySet<string>;
}

const MAX_KEYS = 4;
const MIN_KEYS = 3;

/** Builds the headline context from the already scanned title and subtitle mentions. */
export function readHeadline(title: readonly Mention[], subtitle: readonly Mention[], words: string): HeadlineContext {
  return { titleReadings: title.flatMap(readingsOf), subtitleReadings: subtitle.flatMap(readingsOf), stems: contentStems(words) };
}

/** Marks the key figures: the top one always, then up to four whose score is at least a quarter of the top. */
export function chooseKeys(inputs: readonly RankInput[], headline: HeadlineContext): boolean[] {
  const largest = largestUsd(inputs);
  const scores = inputs.map((input) => scoreFigure(input, headline, largest));
  const order = scores.map((_, index) => index).sort((left, right) => (scores[right] ?? 0) - (scores[left] ?? 0) || left - right);
  const top = scores[order[0] ?? 0] ?? 0;
  const wanted = Math.min(MAX_KEYS, Math.max(MIN_KEYS, Math.ceil(inputs.length / 3)));
  const keys = inputs.map(() => false);
  order.forEach((index, rank) => {
    if (rank === 0 || (rank < wanted && (scores[index] ?? 0) >= top / 4)) keys[index] = true;
  });
  return keys;
}

function scoreFigure(input: RankInput, headline: HeadlineContext, largest: number): number {
  const { mention } = input;
  const readings = readingsOf(mention);
  const stated = (list: readonly Reading[]): boolean => readings.some((reading) => list.some((other) => sameReading(reading, other)));
  let score = mention.unit === 'count' ? 0.8 : mention.unit === '%' || mention.unit === 'pp' ? 0.7 : 1;
  if (stated(headline.titleReadings)) score += 3;
  if (stated(headline.subtitleReadings)) score += 2;
  score += input.paragraph === 0 ? 2 : input.paragraph === 1 ? 1 : 0.5 * 0.8 ** input.paragraph;
  score += 0.5 * Math.min(input.mentions - 1, 2);
  if (mention.converted !== undefined) score += 0.3;
  const usd = usdValue(mention);
  if (usd !== undefined && largest > 10) score += Math.max(0, Math.log10(usd) / Math.log10(largest));
  score += 0.5 * Math.min(3, countShared(contentStems(input.label), headline.stems));
  return score;
}

function usdValue(mention: Mention): number | undefined {
  const usd = readingsOf(mention).find((reading) => reading.unit === 'USD');
  return usd === undefined || usd.value <= 1 ? undefined : usd.value;
}

function largestUsd(inputs: readonly RankInput[]): number {
  return Math.max(0, ...inputs.map((input) => usdValue(input.mention) ?? 0));
}
