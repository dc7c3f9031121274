import { describe, expect, it } from 'vitest';
import { currencyForLocale } from '../../src/render/currency.js';

describe('currencyForLocale', () => {
  it.each([
    ['en', 'USD'],
    ['en-US', 'USD'],
    ['en-GB', 'GBP'],
    ['ko', 'KRW'],
    ['ko-KR', 'KRW'],
    ['ja', 'JPY'],
    ['de', 'EUR'],
    ['de-DE', 'EUR'],
    ['de-CH', 'CHF'],
    ['fr', 'EUR'],
    ['fr-CA', 'CAD'],
    ['es', 'EUR'],
    ['it', 'EUR'],
    ['nl', 'EUR'],
    ['en-AQ', 'USD'],
  ])('%s reads in %s', (locale, currency) => {
    expect(currencyForLocale(locale)).toBe(currency);
  });

  it('throws a RangeError for a tag that is not BCP 47', () => {
    expect(() => currencyForLocale('not a locale')).toThrow(RangeError);
  });
});
