import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/types.js';
import { findLeaks } from './leaks.js';

const body = ['The S&P/ASX 200 rose 0.1 per cent on Wednesday.', 'Link shares jumped 15 per cent.'];

function article(extra: Partial<AnalyzedArticle>): AnalyzedArticle {
  return { title: 'Shares rise', lang: 'en', paragraphs: body, dropped: [], summary: [], figures: [], ...extra };
}

const boilerplate = ['ASX', 'Gift 5 articles to anyone you choose each month when you subscribe.'];
const source = ['Shares rise', 'Gift 5 articles to anyone you choose each month when you subscribe.', '', ...body, 'ASX', ''].join('\n');

describe('findLeaks', () => {
  it('finds no leak in a clean analysis, though a tag word also occurs in the prose', () => {
    expect(findLeaks(article({ summary: [body[0] ?? ''] }), boilerplate, source)).toEqual([]);
  });

  it('finds a noise line kept as a paragraph and picked for the summary', () => {
    const promo = boilerplate[1] ?? '';
    const leaks = findLeaks(article({ paragraphs: [promo, ...body], summary: [promo] }), boilerplate, source);
    expect(leaks).toEqual([
      { line: promo, where: 'summary', source: 'label' },
      { line: promo, where: 'paragraphs', source: 'label' },
    ]);
  });

  it('finds a noise line glued onto a paragraph', () => {
    const glued = `${body[1] ?? ''} ${boilerplate[1] ?? ''}`;
    expect(findLeaks(article({ paragraphs: [body[0] ?? '', glued] }), boilerplate, source)).toHaveLength(1);
  });

  it('finds a tag that became a paragraph of its own', () => {
    expect(findLeaks(article({ paragraphs: [...body, 'ASX'] }), boilerplate, source)).toEqual([{ line: 'ASX', where: 'paragraphs', source: 'label' }]);
  });

  it('finds a caption ingest dropped that still reached the summary', () => {
    const caption = 'Traders on the floor of the exchange in Sydney on Wednesday.';
    const leaks = findLeaks(article({ dropped: [{ text: caption, reason: 'caption' }], summary: [caption] }), boilerplate, source);
    expect(leaks).toEqual([{ line: caption, where: 'summary', source: 'dropped' }]);
  });
});
