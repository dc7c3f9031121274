import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, KeyFigure } from '../../src/types.js';
import type { ArticleLabels, FigureLabel } from './labels.js';
import { ratios, scoreArticle, sumCounts } from './score.js';

const paragraphs = [
  'The bank lost ₹50 crore on a fixed deposit and ₹50 crore on a current account.',
  'Its shares fell 4.6 percent, and 1.5 trillion won ($1.2 billion) was stolen by 120 hackers.',
];
const text = paragraphs.join('\n\n');

/** A predicted figure at the first occurrence of its text (or at `from`). */
function figure(slice: string, value: number, unit: string, extra: Partial<KeyFigure> = {}, from = 0): KeyFigure {
  const start = text.indexOf(slice, from);
  if (start === -1) throw new Error(`${slice} is not in the test text`);
  return { text: slice, start, end: start + slice.length, value, unit, label: '', sentence: '', key: false, ...extra };
}

function label(slice: string, value: number, unit: string, extra: Partial<FigureLabel> = {}): FigureLabel {
  return { text: slice, value, unit, converted: null, key: false, ...extra };
}

const labels: ArticleLabels = {
  sourceUrl: 'https://example.com/story',
  outlet: 'Example',
  title: 'Bank loses money',
  byline: 'Jane Doe and John Roe',
  published: '2024-03-28',
  boilerplate: ['Sign up for our newsletter'],
  figures: [
    label('₹50 crore', 5e8, 'INR', { key: true }),
    label('₹50 crore', 5e8, 'INR'),
    label('4.6 percent', 4.6, '%', { key: true }),
    label('1.5 trillion won ($1.2 billion)', 1.5e12, 'KRW', { converted: { value: 1.2e9, unit: 'USD' }, key: true }),
  ],
};

function article(figures: KeyFigure[], extra: Partial<AnalyzedArticle> = {}): AnalyzedArticle {
  return {
    title: 'Bank loses money',
    byline: 'John Roe, Jane Doe',
    published: '2024-03-28T14:34:00Z',
    lang: 'en',
    paragraphs,
    dropped: [],
    summary: [paragraphs[0] ?? ''],
    figures,
    ...extra,
  };
}

const source = `Bank loses money\nSign up for our newsletter\n\n${text}\n`;

const perfect = [
  figure('₹50 crore', 5e8, 'INR', { key: true }),
  figure('₹50 crore', 5e8, 'INR', {}, 40),
  figure('4.6 percent', 4.6, '%', { key: true }),
  figure('1.5 trillion won ($1.2 billion)', 1.5e12, 'KRW', { converted: { value: 1.2e9, unit: 'USD' }, key: true }),
  figure('120 hackers', 120, 'count'),
];

describe('scoreArticle', () => {
  it('scores a perfect analysis 1 everywhere, and ignores counts', () => {
    const score = scoreArticle('perfect', article(perfect), labels, source);
    expect(ratios(score)).toEqual({ precision: 1, recall: 1, keyRecall: 1, pairing: 1 });
    expect(score).toMatchObject({ predicted: 4, misses: [], falsePositives: [], leaks: [] });
    expect(score.metadata.byline.ok && score.metadata.published.ok && score.metadata.title.ok).toBe(true);
  });

  it('needs one prediction per labelled quantity, even when two share a value', () => {
    const merged = perfect.filter((_, index) => index !== 1);
    const score = scoreArticle('merged', article(merged), labels, source);
    expect([score.found, score.labels]).toEqual([3, 4]);
    expect(score.misses).toEqual([expect.objectContaining({ kind: 'missed', cause: 'merged with another mention of the same amount' })]);
  });

  it('counts a wrong currency as a miss and a false positive', () => {
    const wrong = [...perfect.slice(0, 3), figure('1.5 trillion won', 1.5e12, 'JPY', { key: true })];
    const score = scoreArticle('wrong', article(wrong), labels, source);
    expect([score.correct, score.predicted, score.found, score.keyFound, score.pairsFound]).toEqual([3, 4, 3, 2, 0]);
    expect(score.misses[0]?.cause).toMatch(/^misread as "1.5 trillion won" JPY/);
    expect(score.falsePositives[0]).toMatch(/misreads label "1.5 trillion won \(\$1.2 billion\)"/);
  });

  it('finds an unpaired conversion and a key figure not marked key', () => {
    const unpaired = [...perfect.slice(0, 2), figure('4.6 percent', 4.6, '%'), figure('$1.2 billion', 1.2e9, 'USD', { key: true })];
    const score = scoreArticle('unpaired', article(unpaired), labels, source);
    expect([score.found, score.keyFound, score.keyLabels, score.pairsFound, score.pairs]).toEqual([4, 2, 3, 0, 1]);
    expect(score.misses.map((miss) => miss.kind).sort()).toEqual(['not key', 'not paired']);
  });

  it('reports a figure that is no labelled quantity with its sentence', () => {
    const extra = [...perfect, figure('120 hackers', 120, 'USD', { sentence: 'stolen by 120 hackers.' })];
    const score = scoreArticle('extra', article(extra), labels, source);
    expect(score.falsePositives).toEqual(['"120 hackers" USD 120: no such figure in the labels; sentence: stolen by 120 hackers.']);
  });

  it('reports a label whose line ingest lost', () => {
    const lost = article(perfect.slice(0, 2), { paragraphs: [paragraphs[0] ?? ''] });
    const score = scoreArticle('lost', lost, labels, source);
    expect(score.misses.filter((miss) => miss.kind === 'missed').map((miss) => miss.cause)).toEqual([
      'not in body: ingest dropped or changed its line',
      'not in body: ingest dropped or changed its line',
    ]);
  });

  it('catches metadata that differs from the labels', () => {
    const score = scoreArticle('meta', article(perfect, { byline: 'Jane Doe', published: '2024-03-29', title: 'Bank loses money - BBC News' }), labels, source);
    expect(score.metadata).toMatchObject({ title: { ok: false }, byline: { ok: false }, published: { ok: false } });
  });
});

describe('sumCounts', () => {
  it('adds the counts of articles, so ratios are over all figures, not averages of articles', () => {
    const small = scoreArticle('a', article(perfect), labels, source);
    const empty = scoreArticle('b', article([]), labels, source);
    const total = sumCounts([small, empty]);
    expect([total.found, total.labels]).toEqual([4, 8]);
    expect(ratios(total).recall).toBe(0.5);
    expect(ratios(total).precision).toBe(1);
  });
});
