import { describe, expect, it } from 'vitest';
import { parseDigestJson } from '../../src/ingest/digest-json.js';
import { DigestError } from '../../src/errors.js';

const paragraphs = ['Prices rose 3.8% in September.', 'The Bank held rates at 4%.'];

function errorOf(run: () => unknown): DigestError {
  try {
    run();
  } catch (error) {
    if (error instanceof DigestError) return error;
    throw error;
  }
  throw new Error('expected a DigestError');
}

describe('parseDigestJson', () => {
  it('reads settings and articles, with defaults for lang and dropped', () => {
    const file = parseDigestJson(
      JSON.stringify({ title: 'Morning brief', date: '2026-11-23', unsubscribeUrl: 'https://example.com/u', articles: [{ title: 'Rates', paragraphs }] }),
      'digest.json',
    );
    expect(file.settings).toEqual({ title: 'Morning brief', date: '2026-11-23', unsubscribeUrl: 'https://example.com/u' });
    expect(file.articles).toEqual([{ title: 'Rates', paragraphs, lang: 'en', dropped: [] }]);
  });

  it('splits a "text" body on blank lines', () => {
    const file = parseDigestJson(JSON.stringify({ articles: [{ title: 'Rates', text: `${paragraphs[0]}\n\n${paragraphs[1]}` }] }), 'd.json');
    expect(file.articles[0]?.paragraphs).toEqual(paragraphs);
  });

  it('keeps a hand-written analysis when its figure spans match the text', () => {
    const figure = { text: '3.8%', start: 12, end: 16, value: 3.8, unit: '%', label: 'inflation', sentence: paragraphs[0], key: true };
    const file = parseDigestJson(JSON.stringify({ articles: [{ title: 'Rates', paragraphs, summary: [paragraphs[0]], figures: [figure] }] }), 'd.json');
    expect(file.articles[0]).toMatchObject({ summary: [paragraphs[0]], figures: [figure] });
  });

  it('refuses a figure whose text is not at its offsets', () => {
    const figure = { text: '4%', start: 0, end: 2, value: 4, unit: '%', label: 'rate', sentence: paragraphs[1], key: false };
    const error = errorOf(() => parseDigestJson(JSON.stringify({ articles: [{ title: 'Rates', paragraphs, summary: [], figures: [figure] }] }), 'd.json'));
    expect(error.code).toBe('INGEST_INVALID_JSON');
    expect(error.message).toContain('articles[0].figures[0]');
  });

  it.each([
    ['a missing title', { articles: [{ paragraphs }] }, 'articles[0].title'],
    ['no body', { articles: [{ title: 'x' }] }, 'paragraphs'],
    ['a misspelt key', { articles: [{ title: 'x', paragraphs }], titel: 'typo' }, 'titel'],
    ['a bad date', { date: '23/11/2026', articles: [{ title: 'x', paragraphs }] }, 'ISO 8601'],
    ['a javascript: URL', { articles: [{ title: 'x', paragraphs, url: 'javascript:alert(1)' }] }, 'articles[0].url'],
    ['no articles', { articles: [] }, 'at least one article'],
  ])('names the field for %s', (_case, data, expected) => {
    const error = errorOf(() => parseDigestJson(JSON.stringify(data), 'd.json'));
    expect(error.code).toBe('INGEST_INVALID_JSON');
    expect(error.message).toContain(expected);
    expect(error.hint).toContain('README');
  });

  it('gives the line of a JSON syntax error', () => {
    const error = errorOf(() => parseDigestJson('{\n  "title": "x",\n  "articles": [\n}', 'broken.json'));
    expect(error.message).toMatch(/^broken\.json at line 4, column 1:/);
  });
});
