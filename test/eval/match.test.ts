import { describe, expect, it } from 'vitest';
import type { FigureLabel } from './labels.js';
import { findLabelSpans, matchesLabel, pairsConversion, sameReading } from './match.js';

const won: FigureLabel = {
  text: '1.5 trillion won ($1.2 billion)',
  value: 1.5e12,
  unit: 'KRW',
  converted: { value: 1.2e9, unit: 'USD' },
  key: true,
};

describe('sameReading', () => {
  it.each([
    [{ value: 1.2e9, unit: 'USD' }, { value: 1_200_000_000.0001, unit: 'USD' }, true],
    [{ value: 0.1 + 0.2, unit: '%' }, { value: 0.3, unit: '%' }, true],
    [{ value: 1.2e9, unit: 'USD' }, { value: 1.21e9, unit: 'USD' }, false],
    [{ value: 1.2e9, unit: 'USD' }, { value: 1.2e9, unit: 'AUD' }, false],
    [{ value: 0, unit: 'pp' }, { value: 0, unit: 'pp' }, true],
    [{ value: -1.1, unit: '%' }, { value: 1.1, unit: '%' }, false],
  ])('%o and %o: %s', (left, right, expected) => {
    expect(sameReading(left, right)).toBe(expected);
  });
});

describe('matchesLabel', () => {
  it.each([
    ['the amount', { value: 1.5e12, unit: 'KRW' }, won, true],
    ['the conversion alone', { value: 1.2e9, unit: 'USD' }, won, true],
    ['the pair the other way round', { value: 1.2e9, unit: 'USD', converted: { value: 1.5e12, unit: 'KRW' } }, won, true],
    ['the right number in the wrong currency', { value: 1.2e9, unit: 'AUD' }, won, false],
    ['a range by its upper bound', { value: 200e6, unit: 'USD' }, { text: '$197-$200 million', value: 197e6, upper: 200e6, unit: 'USD', converted: null, key: false }, true],
    ['a third currency', { value: 40e9, unit: 'EUR' }, { ...won, alsoAs: [{ value: 40e9, unit: 'EUR' }] }, true],
  ])('accepts or refuses %s', (_, figure, label, expected) => {
    expect(matchesLabel(figure, label)).toBe(expected);
  });
});

describe('pairsConversion', () => {
  it('needs both readings of the pair, either way round', () => {
    expect(pairsConversion({ value: 1.5e12, unit: 'KRW', converted: { value: 1.2e9, unit: 'USD' } }, won)).toBe(true);
    expect(pairsConversion({ value: 1.2e9, unit: 'USD', converted: { value: 1.5e12, unit: 'KRW' } }, won)).toBe(true);
    expect(pairsConversion({ value: 1.5e12, unit: 'KRW' }, won)).toBe(false);
    expect(pairsConversion({ value: 1.5e12, unit: 'KRW', converted: { value: 1.2e9, unit: 'GBP' } }, won)).toBe(false);
  });
});

describe('findLabelSpans', () => {
  it.each([
    ['a number inside a longer one is not the label', 'rose to 14.3 trillion won', '3 trillion won', []],
    ['every free-standing occurrence', 'We lost $15 million, then $15 million more.', '$15 million', [8, 26]],
    ['a label followed by more digits is not it', 'paid $1.105 a share', '$1.10', []],
    ['a label followed by text is', 'paid $1.10 a share', '$1.10', [5]],
  ])('%s', (_, text, needle, starts) => {
    expect(findLabelSpans(text, needle).map((span) => span.start)).toEqual(starts);
  });
});
