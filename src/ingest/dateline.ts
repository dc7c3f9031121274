// The English parser alone loads in a quarter of the time of the whole package.
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';

/** Words that often stand before a date on a news page. */
const DATE_PREFIX = /^(?:published|updated|last updated|last modified|posted|posted on|first published|modified|date)\b[:\s]*(?:on\s+)?/i;

/** The share of a line a date must cover for the line to count as a dateline. */
const MIN_DATE_COVERAGE = 0.7;

/**
 * Reads a dateline such as "Thursday 22 December 2022 14:34 GMT" into ISO 8601.
 * Returns a UTC date-time ("2022-12-22T14:34:00Z") when the line gives a time and a zone,
 * a local date-time without offset when it gives a time only, and a date ("2022-12-22")
 * otherwise. Returns undefined when the line is not mostly a date with an explicit year.
 */
export function parseDateline(line: string): string | undefined {
  const stripped = line.trim().replace(DATE_PREFIX, '').replace(/[|•·]/g, ' ').trim();
  if (stripped.length === 0 || stripped.length > 80) return undefined;
  // A reference date keeps parsing deterministic; only explicit years are accepted anyway.
  const [result] = chrono.parse(stripped, new Date(Date.UTC(2000, 0, 1)));
  // chrono marks computed years ("3 hours ago") as certain too: insist on a written year.
  if (!result || !/\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(result.text) || !result.start.isCertain('day')) return undefined;
  if (result.text.length / stripped.length < MIN_DATE_COVERAGE) return undefined;
  return toIso(result.start);
}

function toIso(components: ParsedComponents): string {
  const pad = (n: number | null, width = 2): string => String(n ?? 0).padStart(width, '0');
  const date = `${pad(components.get('year'), 4)}-${pad(components.get('month'))}-${pad(components.get('day'))}`;
  if (!components.isCertain('hour')) return date;
  if (components.isCertain('timezoneOffset')) {
    return components.date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return `${date}T${pad(components.get('hour'))}:${pad(components.get('minute'))}:00`;
}
