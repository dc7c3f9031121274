/**
 * News-style number formatting through Intl: "$1.2bn", "₩1.5tn", "€3.4m", "12.5%", "127,000".
 * The compact suffixes (tn, bn, m) follow British/financial news style; the mantissa, the
 * decimal separator and the currency symbol's place come from the locale.
 */
import type { FigureUnit } from '../types.js';

interface Scale {
  divisor: number;
  suffix: string;
}

// Largest first. No "k": news copy writes "$626,000" and "127,000 creditors" in full.
const SCALES: readonly Scale[] = [
  { divisor: 1e12, suffix: 'tn' },
  { divisor: 1e9, suffix: 'bn' },
  { divisor: 1e6, suffix: 'm' },
];

const SIGNIFICANT_DIGITS = 3;
// The smallest mantissa that rounds to 1.00 at three significant digits.
const ROUNDS_UP_TO_ONE = 0.9995;
const NUMBER_PART_TYPES = new Set(['integer', 'group', 'decimal', 'fraction']);

/** A value split into what is printed and the suffix after it ("1.2" + "bn"). */
interface Compact {
  mantissa: number;
  suffix: string;
}

function roundSignificant(value: number): number {
  return Number(value.toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * Picks the largest scale the value reaches once rounded, so 999.6bn prints as "1tn" and
 * 999,600 as "1m" rather than "1,000bn" or "999,600".
 */
function toCompact(value: number): Compact | undefined {
  const size = Math.abs(value);
  for (const scale of SCALES) {
    if (size >= scale.divisor * ROUNDS_UP_TO_ONE) {
      return { mantissa: roundSignificant(value / scale.divisor), suffix: scale.suffix };
    }
  }
  return undefined;
}

/** Joins Intl parts, putting `suffix` right after the digits so "3,4 €" becomes "3,4m €". */
function joinWithSuffix(parts: Intl.NumberFormatPart[], suffix: string): string {
  let lastDigit = -1;
  parts.forEach((part, index) => {
    if (NUMBER_PART_TYPES.has(part.type)) lastDigit = index;
  });
  return parts.map((part, index) => (index === lastDigit ? part.value + suffix : part.value)).join('');
}

/**
 * Money in news style: "$1.2bn", "₩1.5tn", "€3.4m", "£2m" from one million up (three
 * significant digits), "$626,000" or "$9.99" below. The symbol is Intl's narrow symbol for the
 * locale ("3,4m €" in de-DE). Throws a RangeError for an invalid locale or currency code.
 */
export function formatMoney(value: number, currency: string, locale: string): string {
  const compact = toCompact(value);
  if (compact !== undefined) {
    const format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumSignificantDigits: SIGNIFICANT_DIGITS,
    });
    return joinWithSuffix(format.formatToParts(compact.mantissa), compact.suffix);
  }
  const whole = Number.isInteger(value);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  });
  return format.format(value);
}

/**
 * A count: "127,000" in full below one million, "1.5m" from there on (three significant
 * digits), with the locale's separators. Throws a RangeError for an invalid locale.
 */
export function formatCount(value: number, locale: string): string {
  const compact = toCompact(value);
  if (compact !== undefined) {
    const format = new Intl.NumberFormat(locale, { maximumSignificantDigits: SIGNIFICANT_DIGITS });
    return joinWithSuffix(format.formatToParts(compact.mantissa), compact.suffix);
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * A percentage given in percent (12.5 means 12.5%): "12.5%" in en, "12,5 %" in de-DE, with up
 * to two decimals as the article stated them. Throws a RangeError for an invalid locale.
 */
export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/**
 * Percentage points: "2.5pp" ("2,5pp" in de-DE), the financial-news abbreviation, which keeps
 * a card's big number short. Throws a RangeError for an invalid locale.
 */
export function formatPoints(value: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}pp`;
}

/**
 * Any figure by its unit: ISO 4217 codes as money, "%" as percent, "pp" as points, "count"
 * (or an unknown unit, printed after the number) as a count. Throws a RangeError for an
 * invalid locale or a malformed currency code.
 */
export function formatAmount(value: number, unit: FigureUnit, locale: string): string {
  if (unit === '%') return formatPercent(value, locale);
  if (unit === 'pp') return formatPoints(value, locale);
  if (unit === 'count') return formatCount(value, locale);
  if (/^[A-Z]{3}$/.test(unit)) return formatMoney(value, unit, locale);
  return `${formatCount(value, locale)} ${unit}`;
}
