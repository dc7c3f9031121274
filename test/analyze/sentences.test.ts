import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analyze/index.js';
import { articleText } from '../../src/article-text.js';
import { nkHackersArticle } from '../fixtures/analyze/nk-hackers-article.js';

describe('splitSentences', () => {
  it('gives exact offsets for every sentence of the example, in order, none across a paragraph break', async () => {
    const text = articleText(nkHackersArticle);
    const sentences = await splitSentences(text);
    let previousEnd = 0;
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
      expect(sentence.text).not.toContain('\n\n');
      previousEnd = sentence.end;
    }
    expect(sentences.map((sentence) => sentence.text).slice(2, 4)).toEqual([
      'And those attacks have increased recently.',
      'The majority of the theft happened in this year, they said.',
    ]);
    expect(sentences).toHaveLength(14);
  });

  it('does not split at abbreviations such as "U.N."', async () => {
    const text = 'The U.N. sanctions imposed in 2016-17 ban key exports. Its economy suffered.';
    expect((await splitSentences(text)).map((sentence) => sentence.text)).toEqual([
      'The U.N. sanctions imposed in 2016-17 ban key exports.',
      'Its economy suffered.',
    ]);
  });

  it('splits at a blank line even without final punctuation', async () => {
    const text = 'A heading without a stop\n\nThe body starts here.';
    expect((await splitSentences(text)).map((sentence) => sentence.text)).toEqual(['A heading without a stop', 'The body starts here.']);
  });

  it.each([
    ['leading and trailing spaces', '   Leading spaces here. And trailing ones.   '],
    ['tabs, non-breaking spaces and line breaks', 'One\tline.\u00a0Two\nlines here. “Quoted,” she said — fine 😀.'],
    ['contractions and symbols', "He can't go. It costs $3.5bn, or 10pc."],
  ])('keeps offsets exact with %s', async (_, text) => {
    const sentences = await splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it.each(['', '   ', '\n\n'])('returns no sentences for blank text %j', async (text) => {
    expect(await splitSentences(text)).toEqual([]);
  });
});
