import { describe, expect, it } from 'vitest';
import { onlyFigure } from './expect-figures.js';

describe('percentages and percentage points', () => {
  it.each([
    ['5.2%', 5.2, '%'],
    ['12 %', 12, '%'],
    ['3 per cent', 3, '%'],
    ['3 Per Cent', 3, '%'],
    ['4 percent', 4, '%'],
    ['7 pct', 7, '%'],
    ['10pc', 10, '%'],
    ['-4.5%', -4.5, '%'],
    ['2 percentage points', 2, 'pp'],
    ['0.5 percentage point', 0.5, 'pp'],
    ['2pp', 2, 'pp'],
    ['1.5 ppts', 1.5, 'pp'],
    ['25 basis points', 0.25, 'pp'],
    ['50bps', 0.5, 'pp'],
  ])('reads %s as %d %s', async (written, value, unit) => {
    const figure = await onlyFigure(`The rate moved ${written} in March.`);
    expect(figure).toMatchObject({ text: written, value, unit });
  });

  it('reads a hyphenated percentage-point figure inside a compound', async () => {
    const figure = await onlyFigure('It was a 2-percentage-point rise.');
    expect(figure).toMatchObject({ text: '2-percentage-point', value: 2, unit: 'pp' });
  });
});
