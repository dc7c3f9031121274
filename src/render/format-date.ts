/**
 * Dates as a reader expects them: "22 December 2022" in en-GB, "December 22, 2022" in en-US.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * The calendar day an ISO 8601 string names, as a UTC timestamp. The day is read from the
 * string itself, not converted: "2022-12-22T23:30:00-05:00" was published on the 22nd where
 * it was written, even though it is already the 23rd in UTC.
 */
function toCalendarDay(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // Date.UTC rolls 2022-02-30 over to March; a date that rolls over is not a real date.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return time;
}

/**
 * Formats the calendar day of an ISO 8601 date or date-time ("2022-12-22" or
 * "2022-12-22T14:34:00Z") in the locale's long style, through Intl with `timeZone: 'UTC'`.
 * Returns undefined when the string is not an ISO date. Throws a RangeError for an invalid locale.
 */
export function formatDate(iso: string, locale: string): string | undefined {
  const time = toCalendarDay(iso);
  if (time === undefined) return undefined;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(time);
}
