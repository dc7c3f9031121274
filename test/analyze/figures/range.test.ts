import { describe, expect, it } from 'vitest';
import { RANGE_QUALIFIER } from '../../../src/analyze/figures/range.js';
import { figuresOf, onlyFigure } from './expect-figures.js';

describe('ranges: the lower bound, qualified "at least"', () => {
  it('uses "at least" as the range qualifier', () => {
    expect(RANGE_QUALIFIER).toBe('at least');
  });

  it.each([
    ['$3-4 billion', 3e9, 'USD'],
    ['$3bn-$4bn', 3e9, 'USD'],
    ['$3 billion to $4 billion', 3e9, 'USD'],
    ['between £2m and £3m', 2e6, 'GBP'],
    ['10 to 15 per cent', 10, '%'],
    ['3-4%', 3, '%'],
    ['3%-4%', 3, '%'],
    ['2,000-3,000 people', 2000, 'count'],
    ['1.5–2 trillion won', 1.5e12, 'KRW'],
  ])('reads %s as at least %d %s', async (written, value, unit) => {
    const figure = await onlyFigure(`Analysts expect ${written} this year.`);
    expect(figure).toMatchObject({ text: written, value, unit, qualifier: 'at least' });
  });

  it.each([
    ['about 3-4%', 'a qualifier before a range makes it ambiguous'],
    ['up to $3-4 billion', 'a qualifier before a range makes it ambiguous'],
    ['2016-17', 'a span of years'],
    ['between 2015 and 2020', 'a span of years'],
    ['pages 10-12', 'no unit'],
  ])('leaves out %s (%s)', async (written) => {
    expect(await figuresOf(`Analysts expect ${written} this year.`)).toEqual([]);
  });

  it('reads "from X to Y" as two amounts, a change rather than a range', async () => {
    const figures = await figuresOf('Revenue rose from $2bn to $3bn.');
    expect(figures.map((figure) => [figure.text, figure.value, figure.qualifier])).toEqual([
      ['$2bn', 2e9, undefined],
      ['$3bn', 3e9, undefined],
    ]);
  });
});
