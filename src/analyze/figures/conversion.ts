/**
 * A second reading of the same amount in another currency, written right after the first:
 * "1.5 trillion won ($1.2 billion)", "£2m, or $2.5m". The figure's span then covers both.
 */
import type { Reading } from './mention.js';
import { QUALIFIER_SOURCE } from './qualifier.js';

/** Reads one amount of money at an offset: the scanner's reader, passed in to avoid a cycle. */
export type MoneyReader = (text: string, at: number) => (Reading & { end: number }) | undefined;

const OPEN = new RegExp(`[ \\u00a0]?\\([ \\u00a0]?(?:(?:${QUALIFIER_SOURCE}|~)[ \\u00a0]*)?`, 'iuy');
const CLOSE = /[ \u00a0]?\)/y;
const OR = new RegExp(`,?[ \\u00a0]+or[ \\u00a0]+(?:${QUALIFIER_SOURCE}[ \\u00a0]+)?`, 'iuy');

/**
 * Reads a conversion right after an amount in `unit` that ends at `at`. Only a different
 * currency counts: "$2m or $3m" are two alternatives, not one amount.
 */
export function readConversion(text: string, at: number, unit: string, readMoney: MoneyReader): (Reading & { end: number }) | undefined {
  OPEN.lastIndex = at;
  const open = OPEN.exec(text);
  if (open !== null) {
    const inner = readMoney(text, at + open[0].length);
    CLOSE.lastIndex = inner?.end ?? 0;
    const close = inner === undefined ? null : CLOSE.exec(text);
    if (inner !== undefined && close !== null && inner.unit !== unit) {
      return { end: inner.end + close[0].length, value: inner.value, unit: inner.unit };
    }
    return undefined;
  }
  OR.lastIndex = at;
  const or = OR.exec(text);
  const other = or === null ? undefined : readMoney(text, at + or[0].length);
  return other !== undefined && other.unit !== unit ? other : undefined;
}
