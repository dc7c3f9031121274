import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './expect-figures.js';

describe('numbers and scales', () => {
  it.each([
    ['$1,234,567', 1234567],
    ['$1,234.56', 1234.56],
    ['$0.5 million', 5e5],
    ['$1.2 billion', 1200000000],
    ['$7.25 trillion', 7.25e12],
    ['$3 thousand', 3000],
    ['$12 Million', 1.2e7],
  ])('reads %s exactly as %d', async (written, value) => {
    const figure = await onlyFigure(`Investors put in ${written} last year.`);
    expect(figure.text).toBe(written);
    // Exact equality: values are built from the decimal string, not by multiplying floats.
    expect(figure.value).toBe(value);
  });

  it.each([
    ['a billion dollars', 1e9, 'USD'],
    ['two million euros', 2e6, 'EUR'],
    ['half a million people', 5e5, 'count'],
    ['One million people', 1e6, 'count'],
  ])('reads the number word in %s', async (written, value, unit) => {
    const figure = await onlyFigure(`They said ${written} were affected.`);
    expect(figure).toMatchObject({ text: written, value, unit });
  });

  it.each(['two dollars', 'three years', 'a thousand people'])('needs a scale of a million or more after a number word: %s', async (written) => {
    expect(await figuresOf(`They said ${written} was enough.`)).toEqual([]);
  });
});
