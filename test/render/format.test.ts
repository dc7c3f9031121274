import { describe, expect, it } from 'vitest';
import { formatAmount, formatCount, formatMoney, formatPercent, formatPoints } from '../../src/render/format.js';

// Intl puts a no-break space (U+00A0) between a number and "€" or "%" in German.
const NBSP = '\u00a0';

describe('formatMoney', () => {
  it.each([
    [1.2e9, 'USD', 'en-US', '$1.2bn'],
    [1.5e12, 'KRW', 'en-US', '₩1.5tn'],
    [6.26e8, 'USD', 'en', '$626m'],
    [7.8e7, 'USD', 'en', '$78m'],
    [3.4e6, 'EUR', 'en-GB', '€3.4m'],
    [2e6, 'GBP', 'en-GB', '£2m'],
    [1.234e12, 'USD', 'en', '$1.23tn'],
    [-1.2e9, 'USD', 'en', '-$1.2bn'],
    [3.4e6, 'EUR', 'de-DE', `3,4m${NBSP}€`],
    [1.25e9, 'USD', 'de-DE', `1,25bn${NBSP}$`],
  ])('%d %s in %s is %s', (value, currency, locale, expected) => {
    expect(formatMoney(value, currency, locale)).toBe(expected);
  });

  it.each([
    [999.6e9, '$1tn'],
    [999_600, '$1m'],
  ])('moves up a scale when rounding reaches 1,000: %d is %s', (value, expected) => {
    expect(formatMoney(value, 'USD', 'en')).toBe(expected);
  });

  it.each([
    [626_000, '$626,000'],
    [9.99, '$9.99'],
    [12, '$12'],
  ])('writes amounts under a million in full: %d is %s', (value, expected) => {
    expect(formatMoney(value, 'USD', 'en')).toBe(expected);
  });

  it('throws a RangeError for a malformed currency code', () => {
    expect(() => formatMoney(1, 'US', 'en')).toThrow(RangeError);
  });
});

describe('formatCount', () => {
  it.each([
    [127_000, 'en-US', '127,000'],
    [127_000, 'en-GB', '127,000'],
    [127_000, 'de-DE', '127.000'],
    [1.5e6, 'en', '1.5m'],
    [1.5e6, 'de-DE', '1,5m'],
    [42, 'en', '42'],
  ])('%d in %s is %s', (value, locale, expected) => {
    expect(formatCount(value, locale)).toBe(expected);
  });
});

describe('formatPercent and formatPoints', () => {
  it.each([
    [12.5, 'en-US', '12.5%'],
    [12.5, 'en-GB', '12.5%'],
    [12.5, 'de-DE', `12,5${NBSP}%`],
    [7, 'en', '7%'],
    [0.25, 'en', '0.25%'],
  ])('percent %d in %s is %s', (value, locale, expected) => {
    expect(formatPercent(value, locale)).toBe(expected);
  });

  it.each([
    [2.5, 'en', '2.5pp'],
    [2.5, 'de-DE', '2,5pp'],
  ])('points %d in %s is %s', (value, locale, expected) => {
    expect(formatPoints(value, locale)).toBe(expected);
  });
});

describe('formatAmount', () => {
  it.each([
    [1.2e9, 'USD', '$1.2bn'],
    [12.5, '%', '12.5%'],
    [2.5, 'pp', '2.5pp'],
    [127_000, 'count', '127,000'],
    [3, 'tonnes', '3 tonnes'],
  ])('%d with unit %s is %s', (value, unit, expected) => {
    expect(formatAmount(value, unit, 'en')).toBe(expected);
  });
});
