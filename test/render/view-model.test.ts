import { describe, expect, it } from 'vitest';
import { buildDigestView, DEFAULT_ACCENT, MAX_FIGURE_CARDS, MAX_PREHEADER_LENGTH } from '../../src/render/view-model.js';
import { makeNkArticle, makeNkDigest } from '../fixtures/render/nk-digest.js';

describe('buildDigestView', () => {
  it('shows only key figures as cards, at most three, and warns when it drops some', () => {
    const article = makeNkArticle();
    const [first] = article.figures;
    if (first === undefined) throw new Error('fixture has figures');
    article.figures = [
      { ...first, key: false, label: 'not key' },
      ...article.figures,
      { ...first, label: 'a fourth key figure' },
    ];
    const { view, warnings } = buildDigestView(makeNkDigest({ articles: [article] }), 'en');
    const cards = view.articles[0]?.cards ?? [];
    expect(cards).toHaveLength(MAX_FIGURE_CARDS);
    expect(cards.map((card) => card.caption)).toEqual([
      'stolen in virtual assets since 2017', 'stolen this year alone', 'came from South Korea',
    ]);
    expect(warnings).toEqual([expect.stringContaining('4 key figures')]);
  });

  it.each([
    ['value', { value: Number.NaN }],
    ['converted value', { converted: { value: Number.POSITIVE_INFINITY, unit: 'USD' } }],
  ])('leaves out a figure whose %s is not a finite number, with a warning', (_what, change) => {
    const article = makeNkArticle();
    article.figures = article.figures.map((figure, index) => (index === 0 ? { ...figure, ...change } : figure));
    const { view, warnings } = buildDigestView(makeNkDigest({ articles: [article] }), 'en');
    expect(view.articles[0]?.cards.map((card) => card.lead)).toEqual(['$626m', '$78m']);
    expect(warnings).toEqual([expect.stringContaining('no finite value')]);
  });

  it('cuts a long preheader at a word and marks the cut', () => {
    const intro = `${'word '.repeat(60)}end`;
    const { view } = buildDigestView(makeNkDigest({ intro }), 'en');
    expect(view.preheader.length).toBeLessThanOrEqual(MAX_PREHEADER_LENGTH);
    expect(view.preheader.endsWith('word…')).toBe(true);
  });

  it.each([
    ['#b3261e', '#b3261e', 0],
    ['red', DEFAULT_ACCENT, 1],
    ['#12345', DEFAULT_ACCENT, 1],
  ])('uses brand colour %s as accent %s (%d warnings)', (color, accent, warningCount) => {
    const { view, warnings } = buildDigestView(makeNkDigest({ brand: { name: 'B', color } }), 'en');
    expect(view.accent).toBe(accent);
    expect(warnings).toHaveLength(warningCount);
  });

  it('warns about dates that are not ISO dates and leaves them out of the article line', () => {
    const article = { ...makeNkArticle(), published: 'last Thursday' };
    const { view, warnings } = buildDigestView(makeNkDigest({ articles: [article] }), 'en');
    expect(view.articles[0]?.meta).toBe('By Andrew Griffin');
    expect(warnings).toEqual([expect.stringContaining('"last Thursday" is not an ISO date')]);
  });

  it('drops a logo that is not an http(s) URL and warns', () => {
    const { view, warnings } = buildDigestView(makeNkDigest({ brand: { name: 'B', logoUrl: 'javascript:alert(1)' } }), 'en');
    expect(view.brand?.logo).toBeNull();
    expect(warnings).toHaveLength(1);
  });
});
