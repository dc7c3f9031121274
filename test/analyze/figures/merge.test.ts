import { describe, expect, it } from 'vitest';
import { figuresOf } from './expect-figures.js';

describe('the same quantity said twice is one figure', () => {
  it('merges a repeated amount', async () => {
    const figures = await figuresOf('The fine was $5 million. Regulators said the $5 million fine was the largest ever.');
    expect(figures).toHaveLength(1);
  });

  it('keeps the mention with a conversion, and orders the figure by its first mention', async () => {
    const text =
      'Hackers stole $1.2 billion last year. Tax rose 3%. ' +
      'The agency said hackers had stolen 1.5 trillion won ($1.2 billion) in crypto.';
    const figures = await figuresOf(text);
    expect(figures.map((figure) => figure.text)).toEqual(['1.5 trillion won ($1.2 billion)', '3%']);
    expect(figures[0]?.start).toBe(text.indexOf('1.5 trillion won'));
  });

  it('joins mentions that meet only through a conversion', async () => {
    const figures = await figuresOf(
      'Hackers stole $1.2 billion. Seoul put it at 1.5 trillion won. The NIS said 1.5 trillion won ($1.2 billion) was taken.',
    );
    expect(figures.map((figure) => figure.text)).toEqual(['1.5 trillion won ($1.2 billion)']);
  });

  it('keeps equal percentages apart when their labels share nothing', async () => {
    const figures = await figuresOf('Inflation rose 5% in March. Sales of cars fell 5% in the quarter.');
    expect(figures).toHaveLength(2);
  });

  it('merges equal percentages that measure the same thing', async () => {
    const figures = await figuresOf('Prices rose 5% in March. Officials confirmed that prices rose 5% in March, as expected.');
    expect(figures).toHaveLength(1);
  });

  it('keeps equal counts of different things apart', async () => {
    const figures = await figuresOf('The port handled 2,000 ships and 2,000 containers.');
    expect(figures.map((figure) => figure.noun)).toEqual(['ships', 'containers']);
  });
});
