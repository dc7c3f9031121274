import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/render/format-date.js';

describe('formatDate', () => {
  it.each([
    ['2022-12-22T14:34:00Z', 'en-GB', '22 December 2022'],
    ['2022-12-22T14:34:00Z', 'en-US', 'December 22, 2022'],
    ['2022-12-22', 'en-GB', '22 December 2022'],
    ['2022-12-22', 'de-DE', '22. Dezember 2022'],
  ])('%s in %s is %s', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });

  it('keeps the day the article was dated where it was written, not the UTC day', () => {
    // 23:30 in New York is already the 23rd in UTC.
    expect(formatDate('2022-12-22T23:30:00-05:00', 'en-GB')).toBe('22 December 2022');
  });

  it.each(['yesterday', 'Thursday 22 December 2022', '2022-02-30', '22/12/2022', ''])(
    'returns undefined for %j, which is not an ISO date',
    (value) => {
      expect(formatDate(value, 'en')).toBeUndefined();
    },
  );
});
