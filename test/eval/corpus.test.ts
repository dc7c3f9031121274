/** The labelled corpus is sound: enough articles, outlets and currencies, labels that fit the text. */
import { describe, expect, it } from 'vitest';
import { readCorpus, type CorpusArticle } from './corpus.js';

const corpus: CorpusArticle[] = await readCorpus();

function lines(source: string): string[] {
  return source.split(/\r\n|\r|\n/).map((line) => line.trim());
}

function countWords(source: string): number {
  return source.split(/\s+/).filter(Boolean).length;
}

describe('the corpus', () => {
  it('has at least 16 articles from at least 12 outlets', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(16);
    expect(new Set(corpus.map((article) => article.labels.outlet)).size).toBeGreaterThanOrEqual(12);
  });

  it('covers the currencies of the issue, and percentages and percentage points', () => {
    const units = new Set(corpus.flatMap(({ labels }) => labels.figures.flatMap((figure) => [figure.unit, figure.converted?.unit ?? figure.unit])));
    for (const unit of ['USD', 'GBP', 'EUR', 'JPY', 'KRW', 'CNY', 'INR', 'HKD', 'AUD', 'CAD', '%', 'pp']) expect(units).toContain(unit);
  });

  it.each(corpus.map((article) => [article.slug, article] as const))('%s is a real-length article whose labels fit its text', (_, article) => {
    const { labels, source } = article;
    const words = countWords(source);
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThanOrEqual(900);
    expect(lines(source)[0]?.startsWith(labels.title)).toBe(true);
    for (const figure of labels.figures) expect(source, `figure text ${figure.text}`).toContain(figure.text);
    for (const line of labels.boilerplate) expect(lines(source), `boilerplate line ${line}`).toContain(line);
  });
});
