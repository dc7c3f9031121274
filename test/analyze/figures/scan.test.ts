import { describe, expect, it } from 'vitest';
import { scanMentions } from '../../../src/analyze/figures/scan.js';
import { articleText } from '../../../src/article-text.js';
import { nkHackersArticle } from '../../fixtures/analyze/nk-hackers-article.js';
import { figuresOf } from './expect-figures.js';

describe('what is never a figure', () => {
  it.each([
    ['In 2017, sanctions were toughened.', 'a year'],
    ['The U.N. sanctions imposed in 2016-17 ban key exports.', 'a span of years'],
    ['The COVID-19 pandemic closed borders.', 'a name with a number'],
    ['It happened in the last three years.', 'a duration in words'],
    ['It was published on 22 December 2022 at 14:34 GMT.', 'a date and a time'],
    ['A 45-year-old man, aged 45, was held.', 'ages'],
    ['1. Check the list. No. 3 is next.', 'list numbers'],
    ['The Boeing 737 and the F-35 flew past.', 'model numbers'],
    ['New 5G networks reached the 2nd city.', 'numbers inside words'],
    ['Version 3.5.2 shipped.', 'a version number'],
    ['Page 12 of 300 pages.', 'small numbers without a unit'],
  ])('%s (%s)', async (text) => {
    expect(await figuresOf(text)).toEqual([]);
  });
});

describe('scanMentions', () => {
  it('finds every mention in the example, each an exact slice, in text order', () => {
    const text = articleText(nkHackersArticle);
    const mentions = scanMentions(text);
    expect(mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual([
      '$1.2 billion',
      '1.5 trillion won',
      '1.5 trillion won ($1.2 billion)',
      '800 billion won ($626 million)',
      '100 billion won ($78 million)',
    ]);
  });

  it('scans text with no digits to nothing', () => {
    expect(scanMentions('No numbers here at all, only words.')).toEqual([]);
  });
});
