import { describe, expect, it } from 'vitest';
import { splitSentences, summarize } from '../../src/analyze/index.js';
import { countWords } from '../../src/analyze/words.js';
import type { Article } from '../../src/types.js';
import { nkHackersArticle } from '../fixtures/analyze/nk-hackers-article.js';

const paragraphs = nkHackersArticle.paragraphs;
const lede = 'North Korean hackers have stolen $1.2 billion in virtual assets, according to South Korea’s spy agency.';
const madeSentence =
  'Cyber criminals working for the North Korean government have made 1.5 trillion won in the last three years, said experts from Seoul.';

/** Where a sentence sits in the article text, or -1 if it is not copied exactly from one paragraph. */
function positionOf(sentence: string): number {
  const text = paragraphs.join('\n\n');
  return paragraphs.some((paragraph) => paragraph.includes(sentence)) ? text.indexOf(sentence) : -1;
}

function expectInvariants(summary: readonly string[]): void {
  const positions = summary.map(positionOf);
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((left, right) => left - right)).toEqual(positions);
  expect(new Set(summary).size).toBe(summary.length);
}

describe('summarize on the example', () => {
  it('picks three whole sentences in article order, the lede first', async () => {
    const summary = await summarize(nkHackersArticle);
    expectInvariants(summary);
    expect(summary).toHaveLength(3);
    expect(summary[0]).toBe(lede);
  });

  it('includes the NIS sentence with the 1.5 trillion won and 800 billion won figures', async () => {
    const summary = await summarize(nkHackersArticle);
    expect(summary.some((sentence) => sentence.includes('1.5 trillion won ($1.2 billion)') && sentence.includes('800 billion won'))).toBe(true);
  });

  it('does not repeat the lede with the sentence that gives the same amount in won', async () => {
    for (const sentences of [3, 5, 8]) expect(await summarize(nkHackersArticle, { sentences })).not.toContain(madeSentence);
  });

  it('never picks a sentence that leans on one left out, or a very short one', async () => {
    const summary = await summarize(nkHackersArticle, { sentences: 14 });
    const sentences = (await splitSentences(paragraphs.join('\n\n'))).map((sentence) => sentence.text);
    expectInvariants(summary);
    expect(summary).not.toContain('And those attacks have increased recently.');
    for (const sentence of summary.filter((chosen) => /^(?:It|Its|They|And|But|This)\b/u.test(chosen))) {
      // Its antecedent, the sentence before it in the article, is in the summary too.
      expect(summary).toContain(sentences[sentences.indexOf(sentence) - 1]);
    }
    expect(summary.some((sentence) => sentence.startsWith('It said more than 100 billion won'))).toBe(true);
  });

  it.each([1, 2, 4])('returns %d sentences when asked', async (sentences) => {
    const summary = await summarize(nkHackersArticle, { sentences });
    expectInvariants(summary);
    expect(summary).toHaveLength(sentences);
    expect(summary[0]).toBe(lede);
  });

  it.each([30, 45, 60, 100])('stays within a budget of %d words', async (words) => {
    const summary = await summarize(nkHackersArticle, { words, sentences: 10 });
    expectInvariants(summary);
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(countWords(summary.join(' '))).toBeLessThanOrEqual(words);
  });

  it('keeps one sentence when even the best one is over the word budget', async () => {
    const summary = await summarize(nkHackersArticle, { words: 5 });
    expect(summary).toHaveLength(1);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects sentences = %d with ANALYZE_INVALID_OPTIONS', async (sentences) => {
    await expect(summarize(nkHackersArticle, { sentences })).rejects.toMatchObject({ name: 'DigestError', code: 'ANALYZE_INVALID_OPTIONS' });
  });

  it('rejects a zero word budget', async () => {
    await expect(summarize(nkHackersArticle, { words: 0 })).rejects.toMatchObject({ code: 'ANALYZE_INVALID_OPTIONS' });
  });
});

describe('summarize on other articles', () => {
  const article = (body: string[]): Article => ({ title: 'Council budget', lang: 'en', paragraphs: body, dropped: [] });

  it('skips questions and sentences under six words', async () => {
    const summary = await summarize(
      article([
        'Why does the council need more money? The answer is simple.',
        'Budget cuts hit hard.',
        'The council will raise parking fees by 10% next year to close its budget gap.',
        'Officials said the new fees would fund road repairs across the city.',
      ]),
    );
    expectSentences(summary, [
      'The council will raise parking fees by 10% next year to close its budget gap.',
      'Officials said the new fees would fund road repairs across the city.',
    ]);
  });

  it('skips quote fragments and sentences that start mid-quote', async () => {
    const summary = await summarize(
      article([
        'The council approved its budget for next year on Tuesday evening.',
        '“We have no choice,” said the mayor, “because the money has run out.',
        'the remaining cuts will follow in spring, officials added later.',
      ]),
      { sentences: 3 },
    );
    expectSentences(summary, ['The council approved its budget for next year on Tuesday evening.']);
  });

  it('returns nothing for an article without sentences', async () => {
    expect(await summarize(article([]))).toEqual([]);
  });

  it('returns a short article’s only sentence even if it is short', async () => {
    expect(await summarize(article(['Budget cuts hit hard.']))).toEqual(['Budget cuts hit hard.']);
  });
});

function expectSentences(summary: readonly string[], expected: readonly string[]): void {
  expect(summary).toEqual(expected);
}
