import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './expect-figures.js';

describe('conversions: one amount in two currencies', () => {
  it.each([
    ['1.5 trillion won ($1.2 billion)', 1.5e12, 'KRW', 1.2e9, 'USD'],
    ['800 billion won ($626 million)', 8e11, 'KRW', 6.26e8, 'USD'],
    ['€10 million (US$11 million)', 1e7, 'EUR', 1.1e7, 'USD'],
    ['¥500 billion (about $3.4 billion)', 5e11, 'JPY', 3.4e9, 'USD'],
    ['£2m, or $2.5m', 2e6, 'GBP', 2.5e6, 'USD'],
    ['£2m or about $2.5m', 2e6, 'GBP', 2.5e6, 'USD'],
    ['Rs 500 crore ( $60 million )', 5e9, 'INR', 6e7, 'USD'],
  ])('pairs %s into one figure', async (written, value, unit, convertedValue, convertedUnit) => {
    const figure = await onlyFigure(`The bank paid ${written}, a record.`);
    expect(figure).toMatchObject({ text: written, value, unit, converted: { value: convertedValue, unit: convertedUnit } });
  });

  it('keeps two amounts in the same currency apart: they are alternatives, not a conversion', async () => {
    const figures = await figuresOf('The fine could be $2m or $3m, lawyers said.');
    expect(figures.map((figure) => [figure.text, figure.converted])).toEqual([
      ['$2m', undefined],
      ['$3m', undefined],
    ]);
  });

  it('does not pair a parenthesis that holds more than an amount', async () => {
    const figures = await figuresOf('Sales reached €10 million ($11 million at current rates) last year.');
    expect(figures.map((figure) => figure.text)).toEqual(['€10 million', '$11 million']);
  });
});
