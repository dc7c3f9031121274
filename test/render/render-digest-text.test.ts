import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../src/render/index.js';
import { makeNkDigest, NK_SUMMARY, NK_TITLE, NK_URL } from '../fixtures/render/nk-digest.js';

describe('renderDigest: the plain-text part', () => {
  it('has the digest title and date, then the article title and its credit line', async () => {
    const { text } = await renderDigest(makeNkDigest());
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Security & Markets Briefing', 'December 23, 2022']);
    const title = lines.indexOf(NK_TITLE);
    expect(title).toBeGreaterThan(1);
    expect(lines.slice(title + 1, title + 3)).toEqual([
      'More than half of assets stolen this year already, South Korean experts say',
      'The Independent · By Andrew Griffin · December 22, 2022',
    ]);
  });

  it('has every summary sentence and every key figure as a line', async () => {
    const { text } = await renderDigest(makeNkDigest());
    for (const sentence of NK_SUMMARY) expect(text).toContain(`- ${sentence}\n`);
    expect(text).toContain('- $1.2bn (₩1.5tn) — stolen in virtual assets since 2017\n');
    expect(text).toContain('- about $626m (₩800bn) — stolen this year alone\n');
    expect(text).toContain('- more than $78m (₩100bn) — came from South Korea\n');
  });

  it('has the article URL exactly as given', async () => {
    const { text } = await renderDigest(makeNkDigest());
    expect(text).toContain(`Read the full article: ${NK_URL}\n`);
  });

  it('contains no HTML tags and no HTML entities', async () => {
    const { text } = await renderDigest(makeNkDigest({
      brand: { name: 'Smith & Sons "Daily"', url: 'https://example.com/?a=1&b=2' },
      unsubscribeUrl: 'https://example.com/u?id=7&t=x',
    }));
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).not.toMatch(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i);
    expect(text).toContain('Smith & Sons "Daily"');
  });

  it('has the unsubscribe URL only when one is set', async () => {
    expect((await renderDigest(makeNkDigest())).text).not.toContain('Unsubscribe');
    const { text } = await renderDigest(makeNkDigest({ unsubscribeUrl: 'https://example.com/u?id=7&t=x' }));
    expect(text).toContain('Unsubscribe: https://example.com/u?id=7&t=x\n');
  });

  it('has no trailing spaces and no runs of blank lines, and ends with one newline', async () => {
    const { text } = await renderDigest(makeNkDigest());
    expect(text).not.toMatch(/[ \t]+\n/);
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });
});

describe('renderDigest: the subject', () => {
  it('is the digest title and the lead headline, unescaped', async () => {
    const { subject } = await renderDigest(makeNkDigest());
    expect(subject).toBe(`Security & Markets Briefing: ${NK_TITLE}`);
  });

  it('is one trimmed line even when the title holds line breaks', async () => {
    const { subject } = await renderDigest(makeNkDigest({ title: '  Morning\r\nBcc: victim@example.com \n' }));
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject.startsWith('Morning Bcc: victim@example.com:')).toBe(true);
  });

  it('is the digest title alone when there are no articles', async () => {
    const email = await renderDigest(makeNkDigest({ articles: [] }));
    expect(email.subject).toBe('Security & Markets Briefing');
    expect(email.warnings).toContain('The digest has no articles.');
  });
});
