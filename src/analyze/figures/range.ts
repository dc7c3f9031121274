/**
 * Ranges: "$3-4 billion", "$3bn-$4bn", "3-4%", "between £2m and £3m", "10 to 15 per cent",
 * "2,000-3,000 people". The reading kept is the lower bound with the qualifier "at least",
 * which the range states; the span covers the whole range. A qualifier before a range
 * ("about 3-4%", "up to 3-4%") makes it ambiguous, so it is left out.
 */
import { isLargeCount, readAmount, readUnit, trustCurrency, unitEnd, type Amount, type Unit } from './amount.js';
import { readCountNoun } from './count.js';
import type { Mention } from './mention.js';
import { endsCleanly, scaleValue } from './number.js';
import { readQualifierBefore } from './qualifier.js';

/** The qualifier every range gets: the text says at least the lower bound. */
export const RANGE_QUALIFIER = 'at least';

const AND = /[ \u00a0]+and[ \u00a0]+/y;
const DASH = /[ \u00a0]?[-–—][ \u00a0]?/y;
const TO = /[ \u00a0]+to[ \u00a0]+/y;
// "rose from 5% to 7%" and "cut by 2 to 3 points" state a change, not a range.
const CHANGE_BEFORE =
  /(?:^|[^\p{L}])(?:from|by|rose|rise|rises|risen|fell|fall|falls|fallen|increased|decreased|grew|jumped|climbed|dropped|declined|slipped|gained|lost|cut|raised|lowered)[ \u00a0]+$/iu;

/** What was found after a first amount. */
export type RangeRead =
  | { kind: 'none' }
  /** Two amounts that do not form a range; `joined` when written "2016-17" with no spaces. */
  | { kind: 'invalid'; joined: boolean; end: number }
  | { kind: 'range'; mention: Mention | undefined; end: number };

/**
 * Reads a range starting at `at` (after "between" when `between` is set). `start` is where
 * the figure's span begins, "between" included.
 */
export function readRange(text: string, start: number, at: number, between: boolean): RangeRead {
  const first = readAmount(text, at);
  if (first === undefined) return { kind: 'none' };
  const firstUnit = first.prefix === undefined ? readUnit(text, first.end) : undefined;
  const connector = readConnector(text, firstUnit === undefined ? first.end : unitEnd(firstUnit), at, between);
  if (connector === undefined) return { kind: 'none' };
  const second = readAmount(text, connector.end);
  if (second === undefined) return { kind: 'none' };
  const unit = second.prefix === undefined ? readUnit(text, second.end) : undefined;
  const prefixMissing = connector.to && first.prefix !== undefined && second.prefix === undefined;
  if (prefixMissing || !consistent(first, second, firstUnit, unit)) return { kind: 'invalid', joined: connector.joined, end: second.number.end };
  const end = unit === undefined ? second.end : unitEnd(unit);
  if (readQualifierBefore(text, start) !== undefined) return { kind: 'range', mention: undefined, end };
  return finishRange(text, start, first, second, unit);
}

interface Connector {
  end: number;
  /** Written with a dash and no spaces ("2016-17"). */
  joined: boolean;
  /** Written "to", where "$5 to 10 charities" must not read as a range of dollars. */
  to: boolean;
}

function readConnector(text: string, at: number, start: number, between: boolean): Connector | undefined {
  const connector = between ? AND : DASH;
  connector.lastIndex = at;
  const match = connector.exec(text);
  if (match !== null) return { end: at + match[0].length, joined: !between && !/\s/u.test(match[0]), to: false };
  if (between) return undefined;
  TO.lastIndex = at;
  const to = TO.exec(text);
  if (to === null || CHANGE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  return { end: at + to[0].length, joined: false, to: true };
}

function consistent(first: Amount, second: Amount, firstUnit: Unit | undefined, unit: Unit | undefined): boolean {
  if (second.prefix !== undefined && first.prefix?.code !== second.prefix.code) return false;
  if (first.prefix !== undefined && unit !== undefined) return false;
  if (firstUnit !== undefined && !sameUnit(firstUnit, unit)) return false;
  if (first.scale !== undefined && second.scale === undefined) return false;
  if (first.number.word || second.number.word) return false;
  if (first.number.yearLike && second.number.yearLike) return false;
  return lowerBound(first, second) < scaleValue(second.number.decimal, second.scale?.exponent ?? 0);
}

function sameUnit(left: Unit, right: Unit | undefined): boolean {
  if (left.kind === 'money') return right?.kind === 'money' && left.currency.code === right.currency.code;
  return right?.kind === 'percent' && left.percent.unit === right.percent.unit;
}

/** The first amount, taking the second's scale when only the second has one ("3-4 billion"). */
function lowerBound(first: Amount, second: Amount, divideBy = 0): number {
  const exponent = first.scale?.exponent ?? second.scale?.exponent ?? 0;
  return scaleValue(first.number.decimal, exponent - divideBy);
}

function finishRange(text: string, start: number, first: Amount, second: Amount, unit: Unit | undefined): RangeRead {
  const base = { start, qualifier: RANGE_QUALIFIER, qualifierStart: start };
  const currency = first.prefix ?? second.prefix ?? (unit?.kind === 'money' ? unit.currency : undefined);
  if (currency !== undefined) {
    const end = unit === undefined ? second.end : unitEnd(unit);
    const trusted = trustCurrency(currency, second) && endsCleanly(text, end);
    const mention = trusted ? { ...base, end, value: lowerBound(first, second), unit: currency.code } : undefined;
    return { kind: 'range', mention, end };
  }
  if (unit?.kind === 'percent') {
    const { end, exponent } = unit.percent;
    const clean = second.scale === undefined && endsCleanly(text, end);
    const mention = clean ? { ...base, end, value: lowerBound(first, second, exponent), unit: unit.percent.unit } : undefined;
    return { kind: 'range', mention, end };
  }
  const noun = isLargeCount(first) || isLargeCount(second) ? readCountNoun(text, second.end) : undefined;
  if (noun === undefined) return { kind: 'range', mention: undefined, end: second.end };
  return { kind: 'range', mention: { ...base, end: noun.end, value: lowerBound(first, second), unit: 'count', noun: noun.noun }, end: noun.end };
}
