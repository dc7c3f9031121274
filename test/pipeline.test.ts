import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleText } from '../src/article-text.js';
import { ingestText } from '../src/ingest/index.js';
import { buildDigest } from '../src/pipeline.js';
import { renderDigest } from '../src/render/index.js';

const hostile = [
  'Hackers post <script>alert("x")</script> & {{steal}} on forum',
  '',
  'A group calling itself {{#each}} posted the code </mj-text><mj-section> on Tuesday & said it had stolen $3 million from the exchange.',
  '',
  'The exchange said users\' funds were safe and that "<b>no</b> passwords" were taken, according to a statement.',
  '',
  'Investigators said the attack used a flaw first reported in March, and that the group had demanded 250 bitcoins.',
].join('\n');

describe('the whole pipeline on an article full of markup and template syntax', () => {
  it('shows every value as literal text and runs no markup from the article', async () => {
    const input = await ingestText(hostile, 'hostile.txt');
    const digest = await buildDigest([input], { title: 'Security <weekly> & {{more}}', now: () => new Date('2026-11-23T08:00:00Z') });
    const email = await renderDigest(digest);
    const { document } = parseHTML(email.html);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('b')).toHaveLength(0);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Hackers post <script>alert("x")</script> & {{steal}} on forum');
    expect(text).toContain('Security <weekly> & {{more}}');
    expect(text).toContain('</mj-text><mj-section>');
    expect(email.text).toContain('Hackers post <script>alert("x")</script> & {{steal}} on forum');
    expect(email.subject).toContain('Security <weekly> & {{more}}');
  });

  it('keeps each figure an exact slice of the article text', async () => {
    const input = await ingestText(hostile, 'hostile.txt');
    const digest = await buildDigest([input], { now: () => new Date('2026-11-23T08:00:00Z') });
    const [article] = digest.articles;
    if (article === undefined) throw new Error('expected one article');
    expect(article.figures.length).toBeGreaterThan(0);
    for (const figure of article.figures) {
      expect(articleText(article).slice(figure.start, figure.end)).toBe(figure.text);
    }
    expect(article.figures).toContainEqual(expect.objectContaining({ value: 3e6, unit: 'USD' }));
  });

  it('makes one digest of several inputs, in input order, with today as the date', async () => {
    const first = await ingestText('First story here\n\nThe council approved the budget of $4 million on Monday.\n', 'a.txt');
    const second = await ingestText('# Second story\n\nShares rose 5% after the results were published.\n', 'b.md');
    const digest = await buildDigest([first, second], { now: () => new Date('2026-11-23T08:00:00Z') });
    expect(digest.articles.map((article) => article.title)).toEqual(['First story here', 'Second story']);
    expect(digest.date).toBe('2026-11-23');
    expect(digest.title).toBe('News digest');
  });
});
