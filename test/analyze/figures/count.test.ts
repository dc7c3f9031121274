import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './expect-figures.js';

describe('large counts with their noun', () => {
  it.each([
    ['127,000 creditors', 127000, 'creditors'],
    ['120,000 bitcoins', 120000, 'bitcoins'],
    ['850,000 bitcoin', 850000, 'bitcoin'],
    ['2 million people', 2e6, 'people'],
    ['10,000 new jobs', 10000, 'new jobs'],
    ['1.3bn people', 1.3e9, 'people'],
    ['3m households', 3e6, 'households'],
    ['5,000 Syrian refugees', 5000, 'Syrian refugees'],
    ['3000 workers', 3000, 'workers'],
  ])('reads %s', async (written, value, noun) => {
    const figure = await onlyFigure(`Officials said ${written} were affected.`);
    expect(figure).toMatchObject({ text: written, value, unit: 'count', noun });
  });

  it.each([
    ['350 people', 'small counts are not figures'],
    ['1,000 years', 'a duration'],
    ['5,000 km', 'a distance'],
    ['10,000-strong crowd', 'a compound adjective'],
    ['2,000 of them', 'no noun follows'],
    ['In 1990 people', 'a year before a plural noun'],
    ['2 million', 'no noun follows'],
  ])('leaves out %s (%s)', async (written) => {
    expect(await figuresOf(`Reports said ${written} were there.`)).toEqual([]);
  });
});
