import { beforeAll, describe, expect, it } from 'vitest';
import { extractKeyFigures } from '../../../src/analyze/index.js';
import { countWords } from '../../../src/analyze/words.js';
import { articleText } from '../../../src/article-text.js';
import type { KeyFigure } from '../../../src/types.js';
import { nkHackersArticle } from '../../fixtures/analyze/nk-hackers-article.js';

describe('extractKeyFigures on the example article', () => {
  const text = articleText(nkHackersArticle);
  let figures: KeyFigure[] = [];
  const byValue = (value: number): KeyFigure | undefined => figures.find((figure) => figure.value === value);

  beforeAll(async () => {
    figures = await extractKeyFigures(text, { title: nkHackersArticle.title, subtitle: nkHackersArticle.subtitle });
  });

  it('gives every figure an exact span and the whole sentence it came from', () => {
    for (const figure of figures) {
      expect(text.slice(figure.start, figure.end)).toBe(figure.text);
      expect(text).toContain(figure.sentence);
      expect(figure.sentence).toContain(figure.text);
      expect(figure.sentence).toMatch(/^\p{Lu}.*[.!?]$/u);
    }
  });

  it('states the headline amount once, as 1.5 trillion won paired with $1.2 billion, and marks it key', () => {
    const headline = figures.filter((figure) => figure.unit === 'KRW' && figure.value === 1.5e12);
    expect(headline).toHaveLength(1);
    expect(headline[0]).toMatchObject({
      text: '1.5 trillion won ($1.2 billion)',
      converted: { value: 1.2e9, unit: 'USD' },
      key: true,
    });
    expect(figures.some((figure) => figure.unit === 'USD' && figure.value === 1.2e9)).toBe(false);
    // Ranked by its earliest mention, the lede: it comes first.
    expect(figures[0]).toBe(headline[0]);
  });

  it('labels the headline amount with what was stolen and since when', () => {
    expect(byValue(1.5e12)?.label).toBe('stolen in virtual assets since 2017');
  });

  it('gives about 800 billion won ($626 million) stolen this year alone', () => {
    expect(byValue(8e11)).toMatchObject({
      text: '800 billion won ($626 million)',
      unit: 'KRW',
      converted: { value: 6.26e8, unit: 'USD' },
      qualifier: 'about',
      label: 'stolen this year alone',
    });
  });

  it('gives more than 100 billion won ($78 million) that came from South Korea', () => {
    expect(byValue(1e11)).toMatchObject({
      text: '100 billion won ($78 million)',
      unit: 'KRW',
      converted: { value: 7.8e7, unit: 'USD' },
      qualifier: 'more than',
      label: 'came from South Korea',
      sentence: 'It said more than 100 billion won ($78 million) of the total came from South Korea.',
    });
  });

  it('has exactly these three figures: no years, "2016-17", "COVID-19", "three years" or "hundreds of millions"', () => {
    expect(figures.map((figure) => figure.text)).toEqual([
      '1.5 trillion won ($1.2 billion)',
      '800 billion won ($626 million)',
      '100 billion won ($78 million)',
    ]);
  });

  it('marks two to four figures key', () => {
    const keys = figures.filter((figure) => figure.key).length;
    expect(keys).toBeGreaterThanOrEqual(2);
    expect(keys).toBeLessThanOrEqual(4);
  });
});

describe('extractKeyFigures on arbitrary text', () => {
  const pieces = [
    '$', '€', '£', 'US$', 'HK$', '₩', '1', '1,000', '2.5', '2016-17', '-', '–', ' ', '\n', 'million', 'bn', 'm',
    'won', 'pounds', 'dollars', '%', 'per cent', 'pp', 'people', 'years', '(', ')', ',', 'or', 'about', 'more than',
    'between', 'and', 'to', 'from', 'The', 'company', 'said', 'rose', '.', '?', '“', '”', 'COVID-19', 'two', 'billion',
    'Rs', 'crore', 'USD', 'k', '😀', '\u00a0', 'including', 'which', 'is',
  ];
  // A fixed-seed generator: the same texts every run.
  let seed = 7;
  const next = (limit: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * limit);
  };
  const texts = Array.from({ length: 300 }, () =>
    Array.from({ length: 4 + next(30) }, () => `${next(3) > 0 ? ' ' : ''}${pieces[next(pieces.length)] ?? ''}`).join(''),
  );

  it('keeps exact spans, finite values, short labels and at least one key figure on every text', async () => {
    let found = 0;
    for (const text of texts) {
      const figures = await extractKeyFigures(text);
      found += figures.length;
      for (const figure of figures) {
        expect(text.slice(figure.start, figure.end)).toBe(figure.text);
        expect(figure.sentence).toContain(figure.text);
        expect(Number.isFinite(figure.value)).toBe(true);
        expect(countWords(figure.label)).toBeLessThanOrEqual(7);
      }
      if (figures.length > 0) expect(figures.some((figure) => figure.key)).toBe(true);
    }
    // The generator does produce figures, so the checks above are exercised.
    expect(found).toBeGreaterThan(50);
  });
});
