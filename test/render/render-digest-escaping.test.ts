import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../src/render/index.js';
import { makeNkArticle, makeNkDigest } from '../fixtures/render/nk-digest.js';

const HOSTILE = [
  '<script>alert("x")</script>',
  '{{title}} and {{{title}}}',
  'Fish & Chips "quoted" \'single\'',
  'Ends </mj-text> early',
  '<mj-section><mj-column><mj-text>injected</mj-text></mj-column></mj-section>',
  '<img src=x onerror=alert(1)>',
];

describe('renderDigest with hostile text', () => {
  it.each(HOSTILE)('shows %j as literal text everywhere, never as markup', async (value) => {
    const article = {
      ...makeNkArticle(),
      title: value,
      source: value,
      byline: value,
      summary: [value],
      figures: makeNkArticle().figures.map((figure) => ({ ...figure, label: value })),
    };
    const email = await renderDigest(makeNkDigest({ title: value, intro: value, articles: [article], brand: { name: value } }));
    const { document } = parseHTML(email.html);

    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelector('h1')?.textContent.trim()).toBe(value);
    expect(document.querySelector('h2')?.textContent.trim()).toBe(value);
    expect(document.querySelector('li')?.textContent.trim()).toBe(value);
    expect(document.body.textContent).toContain(`By ${value}`);
    const captions = [...document.querySelectorAll('.card')].map((card) => card.lastElementChild?.textContent.trim());
    expect(captions).toEqual([value, value, value]);
    expect(document.querySelector('title')?.textContent).toBe(email.subject);

    expect(email.subject.startsWith(`${value}: ${value}`)).toBe(true);
    expect(email.text).toContain(`- ${value}\n`);
    expect(email.preheader).toBe(value);
  });

  it('never lets a URL break out of its href attribute', async () => {
    const url = 'https://example.com/?q="><script>alert(1)</script>&a=1';
    const email = await renderDigest(makeNkDigest({ articles: [{ ...makeNkArticle(), url }] }));
    const { document } = parseHTML(email.html);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // The URL parser percent-encodes the quote and angle brackets; "&" stays a separator.
    expect(hrefs).toContain('https://example.com/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&a=1');
  });
});
