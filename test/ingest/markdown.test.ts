import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/ingest/markdown.js';

const source = readFileSync(new URL('../fixtures/ingest/article.md', import.meta.url), 'utf8');

describe('parseMarkdown', () => {
  const article = parseMarkdown(source, 'article.md');

  it('reads the metadata from front matter', () => {
    expect(article.title).toBe('Chipmaker posts record quarter');
    expect(article.subtitle).toBe('Revenue beat forecasts as AI demand surged');
    expect(article.byline).toBe('Mei Lin');
    expect(article.published).toBe('2026-11-20');
    expect(article.url).toBe('https://example.com/chips');
    expect(article.source).toBe('Example Times');
  });

  it('turns paragraphs, list items and quotes into plain-text paragraphs', () => {
    expect(article.paragraphs).toEqual([
      "The company reported revenue of $35.1 billion for the quarter, up 94% from a year earlier, beating analysts' forecasts.",
      'Data centre sales rose to $30.8 billion.',
      'Gaming revenue was flat.',
      '"Demand is extraordinary," the chief executive said.',
    ]);
  });

  it('keeps the image, and drops headings, captions and promotions', () => {
    expect(article.image).toEqual({ src: 'https://example.com/fab.jpg', alt: 'Factory floor at the plant' });
    expect(article.dropped).toEqual([
      { text: 'Factory floor at the plant', reason: 'caption' },
      { text: 'Outlook', reason: 'heading' },
      { text: 'Sign up for our tech newsletter', reason: 'boilerplate' },
    ]);
  });

  it('takes the title from the first heading when there is no front matter', () => {
    const parsed = parseMarkdown('# Storm closes schools\n\nHeavy snow closed 200 schools on Tuesday.\n', 'x.md');
    expect(parsed.title).toBe('Storm closes schools');
    expect(parsed.paragraphs).toEqual(['Heavy snow closed 200 schools on Tuesday.']);
  });

  it('names the file when the front matter is broken', () => {
    expect(() => parseMarkdown('---\ntitle: [unclosed\n---\n\nBody text here.\n', 'broken.md')).toThrow(/broken\.md: the front matter is not valid YAML/);
  });
});
