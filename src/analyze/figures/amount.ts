/**
 * The building blocks of a quantity: `[currency prefix] number [scale]` and the unit written
 * after it (a percent sign or a currency word), plus the rules for trusting a reading.
 */
import { readCurrencyPrefix, readCurrencySuffix, type CurrencyMatch } from './currency.js';
import { readNumber, readScale, scaleValue, type NumberLiteral, type Scale } from './number.js';
import { readPercent, type PercentMatch } from './percent.js';

/** `[prefix] number [scale]`, e.g. "US$1.2 billion", "£2m" or "3". */
export interface Amount {
  prefix: CurrencyMatch | undefined;
  number: NumberLiteral;
  scale: Scale | undefined;
  end: number;
}

/** A unit written after an amount. */
export type Unit = { kind: 'money'; currency: CurrencyMatch } | { kind: 'percent'; percent: PercentMatch };

/** Reads `[prefix] number [scale]` at `at`; number words need a scale of a million or more. */
export function readAmount(text: string, at: number): Amount | undefined {
  const prefix = readCurrencyPrefix(text, at);
  const number = readNumber(text, prefix?.end ?? at);
  if (number === undefined) return undefined;
  const scale = readScale(text, number.end);
  if (number.word && (scale === undefined || scale.letter || scale.exponent < 6)) return undefined;
  return { prefix, number, scale, end: scale?.end ?? number.end };
}

/** Reads a percent unit or a currency written after an amount that ends at `at`. */
export function readUnit(text: string, at: number): Unit | undefined {
  const percent = readPercent(text, at);
  if (percent !== undefined) return { kind: 'percent', percent };
  const currency = readCurrencySuffix(text, at);
  return currency === undefined ? undefined : { kind: 'money', currency };
}

/** Where a unit ends. */
export function unitEnd(unit: Unit): number {
  return unit.kind === 'money' ? unit.currency.end : unit.percent.end;
}

/**
 * True when a currency reading can be trusted: words that are also ordinary English ("won",
 * "pounds") need a scale or at least 1,000, and a bare year before a currency word ("in 2017
 * dollars") is not an amount.
 */
export function trustCurrency(currency: CurrencyMatch, amount: Amount): boolean {
  if (amount.scale !== undefined) return true;
  if (currency.strict) return Number(amount.number.decimal) >= 1000 && !amount.number.yearLike;
  return amount.prefix !== undefined || !amount.number.yearLike;
}

/** Counts are figures only when large: 1,000 or more (not a year), or with a scale word. */
export function isLargeCount(amount: Amount): boolean {
  if (amount.prefix !== undefined) return false;
  if (amount.scale !== undefined) return true;
  return !amount.number.yearLike && Number(amount.number.decimal) >= 1000;
}

/** The value of an amount; `divideBy` is a power of ten (basis points are 1/100 of a point). */
export function valueOf(amount: Amount, divideBy = 0): number {
  return scaleValue(amount.number.decimal, (amount.scale?.exponent ?? 0) - divideBy);
}
