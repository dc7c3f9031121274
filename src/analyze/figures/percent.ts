/**
 * Percentages and percentage points after a number: "5%", "5 per cent", "5 percent",
 * "5 pct", "5pc", "2 percentage points", "2pp", "25 basis points" (0.25 points).
 */

/** A percentage unit found right after a number. */
export interface PercentMatch {
  end: number;
  unit: '%' | 'pp';
  /** Power of ten to divide by: basis points are hundredths of a point. */
  exponent: number;
}

// "pc" and "bp" are only trusted attached to the number ("10pc"), where they cannot be words.
const SUFFIX =
  /(?:[ \u00a0]?(%)|[ \u00a0]?(per[ \u00a0]?cent|percent|pct)(?![\p{L}\p{N}])|(pc)(?![\p{L}\p{N}])|[ \u00a0-]?(percentage[ \u00a0-]points?|ppts?|pp)(?![\p{L}\p{N}])|[ \u00a0-]?(basis[ \u00a0-]points?|bps)(?![\p{L}\p{N}])|(bp)(?![\p{L}\p{N}]))/iuy;

/** Reads a percent or percentage-point unit right after a number ending at `at`. */
export function readPercent(text: string, at: number): PercentMatch | undefined {
  SUFFIX.lastIndex = at;
  const match = SUFFIX.exec(text);
  if (match === null) return undefined;
  const end = at + match[0].length;
  if (match[1] !== undefined || match[2] !== undefined || match[3] !== undefined) return { end, unit: '%', exponent: 0 };
  if (match[4] !== undefined) return { end, unit: 'pp', exponent: 0 };
  return { end, unit: 'pp', exponent: 2 };
}
