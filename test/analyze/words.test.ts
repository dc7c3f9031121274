import { describe, expect, it } from 'vitest';
import { contentStems, countWords, stemWord } from '../../src/analyze/words.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['North Korea’s hackers', 3],
    ['  spaced\tout\nwords  ', 3],
    ['$1.2 billion ( $78 million ) —', 4],
    ["can't stop", 2],
  ])('counts %j as %d words', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});

describe('stems', () => {
  it.each([
    ['assets', 'asset'],
    ['Asset', 'asset'],
    ['countries', 'country'],
    ['Korea’s', 'korea'],
    ['business', 'business'],
  ])('stems %s as %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('keeps content words only', () => {
    expect([...contentStems('The hackers have stolen assets, experts say')]).toEqual(['hacker', 'stolen', 'asset', 'expert']);
  });
});
