import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './expect-figures.js';

describe('money: currency symbols, codes and words', () => {
  it.each([
    ['$1.2 billion', 1.2e9, 'USD'],
    ['US$5 million', 5e6, 'USD'],
    ['HK$3.5bn', 3.5e9, 'HKD'],
    ['A$2m', 2e6, 'AUD'],
    ['C$4 million', 4e6, 'CAD'],
    ['€200', 200, 'EUR'],
    ['£2.5bn', 2.5e9, 'GBP'],
    ['¥300 billion', 3e11, 'JPY'],
    ['₩1,000', 1000, 'KRW'],
    ['₹5 crore', 5e7, 'INR'],
    ['Rs 10 lakh', 1e6, 'INR'],
    ['₹1.5 lakh crore', 1.5e12, 'INR'],
    ['RMB 20 billion', 2e10, 'CNY'],
    ['USD 200', 200, 'USD'],
    ['200 USD', 200, 'USD'],
    ['USD34.6 million', 34.6e6, 'USD'],
    ['EUR 1,234.5', 1234.5, 'EUR'],
    ['5 million euros', 5e6, 'EUR'],
    ['3 billion yen', 3e9, 'JPY'],
    ['2 million US dollars', 2e6, 'USD'],
    ['10 billion yuan', 1e10, 'CNY'],
    ['500 crore rupees', 5e9, 'INR'],
    ['1.5 trillion won', 1.5e12, 'KRW'],
    ['40 million pounds', 4e7, 'GBP'],
    ['3 million Hong Kong dollars', 3e6, 'HKD'],
    ['7 billion Swiss francs', 7e9, 'CHF'],
    ['$50k', 5e4, 'USD'],
    ['$1.5tn', 1.5e12, 'USD'],
    ['€3 bln', 3e9, 'EUR'],
    ['$2 mln', 2e6, 'USD'],
    ['a $5-billion', 5e9, 'USD'],
  ])('reads %s as %d %s', async (written, value, unit) => {
    const sentence = `The company paid ${written} for the site.`;
    const figure = await onlyFigure(sentence);
    expect(figure.text).toBe(written.replace(/^a /, ''));
    expect(figure).toMatchObject({ value, unit });
    expect(figure.converted).toBeUndefined();
  });

  it.each([
    ['-$2.1bn', -2.1e9],
    ['−€40m', -4e7],
  ])('keeps the sign of a negative amount %s', async (written, value) => {
    const figure = await onlyFigure(`Net cash flow was ${written} in the quarter.`);
    expect(figure).toMatchObject({ text: written, value });
  });

  it.each([
    ['200 pounds of flour', 'a pound word without a scale may be weight'],
    ['the team won 3 games and 20 won', '"won" after a small number is the verb or too small to trust'],
    ['in 2017 dollars', 'a year before a currency word is not an amount'],
    ['hundreds of millions of dollars', 'no number is given'],
    ['millions of euros', 'no number is given'],
  ])('leaves out %s (%s)', async (text) => {
    expect(await figuresOf(`They spoke of ${text} yesterday.`)).toEqual([]);
  });
});
