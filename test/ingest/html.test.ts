import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/ingest/html.js';
import { DigestError } from '../../src/errors.js';

const page = readFileSync(new URL('../fixtures/ingest/news-page.html', import.meta.url), 'utf8');

describe('parseHtml', () => {
  const article = parseHtml(page, 'news-page.html');

  it('takes metadata from JSON-LD, Open Graph and <meta>', () => {
    expect(article.title).toBe('Bank of England holds interest rates at 4%');
    expect(article.byline).toBe('Richard Partington');
    expect(article.published).toBe('2025-11-06T12:00:00Z');
    expect(article.source).toBe('The Guardian');
    expect(article.url).toBe('https://www.example.com/business/rates');
    expect(article.lang).toBe('en-GB');
    expect(article.subtitle).toBe('Policymakers vote 5-4 to hold');
  });

  it('keeps the article paragraphs and leaves navigation and footer out', () => {
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]).toMatch(/^The Bank of England has held interest rates at 4%/);
    expect(article.paragraphs.join(' ')).not.toMatch(/Home|©|Sign up/);
  });

  it('drops captions, subheadings and promotions with reasons', () => {
    expect(article.dropped).toEqual(
      expect.arrayContaining([
        { text: 'The Bank of England in London. Photograph: Reuters', reason: 'caption' },
        { text: 'What happens next', reason: 'heading' },
        { text: 'Sign up to Business Today', reason: 'boilerplate' },
      ]),
    );
  });

  it('reads markup in the text as text', () => {
    const html = `<html><head><title>Test &amp; trial</title></head><body><article>
      <p>The court heard that &lt;script&gt;alert(1)&lt;/script&gt; was typed into the form by the defendant, prosecutors said on Monday.</p>
      <p>Lawyers for both sides said the case, which has run for three years, would finish before the end of the month.</p></article></body></html>`;
    const parsed = parseHtml(html, 'x.html');
    expect(parsed.title).toBe('Test & trial');
    expect(parsed.paragraphs[0]).toContain('<script>alert(1)</script> was typed');
  });

  it('refuses a page with no text', () => {
    expect(() => parseHtml('<html><body><nav></nav></body></html>', 'empty.html')).toThrow(DigestError);
  });
});
