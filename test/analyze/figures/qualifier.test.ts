import { describe, expect, it } from 'vitest';
import { onlyFigure } from './expect-figures.js';

describe('qualifiers', () => {
  it.each([
    ['about', 'about'],
    ['around', 'around'],
    ['approximately', 'approximately'],
    ['approx.', 'approximately'],
    ['roughly', 'roughly'],
    ['nearly', 'nearly'],
    ['almost', 'almost'],
    ['more than', 'more than'],
    ['More than', 'more than'],
    ['over', 'over'],
    ['less than', 'less than'],
    ['under', 'under'],
    ['up to', 'up to'],
    ['at least', 'at least'],
    ['some', 'some'],
    ['an estimated', 'an estimated'],
    ['just over', 'just over'],
    ['~', 'about'],
  ])('keeps "%s" as qualifier "%s", outside the text', async (written, qualifier) => {
    const figure = await onlyFigure(`They said ${written} $5 million was lost.`);
    expect(figure).toMatchObject({ text: '$5 million', value: 5e6, unit: 'USD', qualifier });
  });

  it('has no qualifier when none is written', async () => {
    const figure = await onlyFigure('The firm lost $5 million.');
    expect(figure.qualifier).toBeUndefined();
  });

  it('does not take a qualifier from words that do not touch the figure', async () => {
    const figure = await onlyFigure('About that deal: it cost $5 million.');
    expect(figure.qualifier).toBeUndefined();
  });
});
