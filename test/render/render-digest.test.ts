import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../src/render/index.js';
import type { Digest, RenderedEmail } from '../../src/types.js';
import { makeNkArticle, makeNkDigest, NK_SUMMARY, NK_TITLE, NK_URL } from '../fixtures/render/nk-digest.js';

function parse(email: RenderedEmail): Document {
  return parseHTML(email.html).document as unknown as Document;
}

/** Each card as the lines it shows: [qualifier,] big number, other reading, caption. */
function cards(document: Document): string[][] {
  return [...document.querySelectorAll('.card')].map((card) =>
    [...card.children].map((line) => line.textContent.trim()).filter((line) => line !== ''));
}

function linkNamed(document: Document, text: string): Element | undefined {
  return [...document.querySelectorAll('a')].find((a) => a.textContent.trim() === text);
}

describe('renderDigest with the North Korea digest', () => {
  it('shows the article title as a heading linked to the article', async () => {
    const document = parse(await renderDigest(makeNkDigest()));
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.trim() === NK_TITLE);
    expect(heading).toBeDefined();
    expect(heading?.querySelector('a')?.getAttribute('href')).toBe(NK_URL);
  });

  it('shows the source, byline and date of the article', async () => {
    const text = parse(await renderDigest(makeNkDigest())).body.textContent;
    expect(text).toContain('The Independent');
    expect(text).toContain('By Andrew Griffin · December 22, 2022');
  });

  it('shows the digest title and the issue date in the header', async () => {
    const document = parse(await renderDigest(makeNkDigest()));
    expect(document.querySelector('h1')?.textContent.trim()).toBe('Security & Markets Briefing');
    expect(document.body.textContent).toContain('December 23, 2022');
  });

  it('lists each summary sentence', async () => {
    const document = parse(await renderDigest(makeNkDigest()));
    const items = [...document.querySelectorAll('li')].map((li) => li.textContent.trim());
    expect(items).toEqual(NK_SUMMARY);
  });

  it('shows the three key figures as cards, dollars first for an English reader', async () => {
    expect(cards(parse(await renderDigest(makeNkDigest())))).toEqual([
      ['$1.2bn', '₩1.5tn', 'stolen in virtual assets since 2017'],
      ['about', '$626m', '₩800bn', 'stolen this year alone'],
      ['more than', '$78m', '₩100bn', 'came from South Korea'],
    ]);
  });

  it('leads with won for a Korean reader', async () => {
    const [first] = cards(parse(await renderDigest(makeNkDigest({ locale: 'ko-KR' }))));
    expect(first?.slice(0, 2)).toEqual(['₩1.5tn', '$1.2bn']);
  });

  it('formats figures and dates with a German decimal comma for de-DE', async () => {
    const email = await renderDigest(makeNkDigest(), { locale: 'de-DE' });
    const document = parse(email);
    // A German reader thinks in euros; neither reading is in euros, so the won figure leads.
    // Intl separates number and symbol with a no-break space in German.
    expect(cards(document)[0]?.slice(0, 2)).toEqual(['1,5tn\u00a0₩', '1,2bn\u00a0$']);
    expect(document.body.textContent).toContain('22. Dezember 2022');
    expect(document.documentElement.getAttribute('lang')).toBe('de-DE');
  });

  it('links the "Read the full article" button to the URL, query string intact', async () => {
    const email = await renderDigest(makeNkDigest());
    const button = linkNamed(parse(email), 'Read the full article');
    expect(button?.getAttribute('href')).toBe(NK_URL);
    // Written with one entity for "&", not Handlebars' "&#x3D;" for "=".
    expect(email.html).toContain('href="https://example.com/nk?a=1&amp;b=2"');
    expect(email.html).not.toContain('&#x3D;');
  });

  it('sets lang on the html element, "en" by default', async () => {
    const document = parse(await renderDigest(makeNkDigest()));
    expect(document.documentElement.getAttribute('lang')).toBe('en');
  });

  it('takes the locale from the options over the digest', async () => {
    const document = parse(await renderDigest(makeNkDigest({ locale: 'de-DE' }), { locale: 'en-GB' }));
    expect(document.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(document.body.textContent).toContain('23 December 2022');
  });

  it('gives every image an alt text, and shows a logo only when the brand has one', async () => {
    const without = parse(await renderDigest(makeNkDigest({ brand: { name: 'The Briefing' } })));
    expect(without.querySelectorAll('img')).toHaveLength(0);
    expect(without.body.textContent).toContain('The Briefing');

    const withLogo = parse(await renderDigest(makeNkDigest({
      brand: { name: 'The Briefing', logoUrl: 'https://example.com/logo.png', url: 'https://example.com/' },
    })));
    const images = [...withLogo.querySelectorAll('img')];
    expect(images).toHaveLength(1);
    expect(images.every((img) => (img.getAttribute('alt') ?? '').trim() !== '')).toBe(true);
    expect(images[0]?.getAttribute('alt')).toBe('The Briefing');
    expect(images[0]?.getAttribute('src')).toBe('https://example.com/logo.png');
  });

  it('has an unsubscribe link only when an unsubscribe URL is set', async () => {
    const without = parse(await renderDigest(makeNkDigest()));
    expect(linkNamed(without, 'Unsubscribe')).toBeUndefined();

    const withLink = parse(await renderDigest(makeNkDigest({ unsubscribeUrl: 'https://example.com/u?id=7&t=x' })));
    expect(linkNamed(withLink, 'Unsubscribe')?.getAttribute('href')).toBe('https://example.com/u?id=7&t=x');
  });

  it('uses the first summary sentence as preheader, hidden at the top of the body', async () => {
    const email = await renderDigest(makeNkDigest());
    expect(email.preheader).toBe(NK_SUMMARY[0]);
    const hidden = [...parse(email).querySelectorAll('div')].find((div) =>
      (div.getAttribute('style') ?? '').includes('display:none') && div.textContent.includes(NK_SUMMARY[0] ?? '-'));
    expect(hidden).toBeDefined();
  });

  it('uses the intro as preheader when the digest has one', async () => {
    const email = await renderDigest(makeNkDigest({ intro: 'Three numbers from Seoul.' }));
    expect(email.preheader).toBe('Three numbers from Seoul.');
    expect(parse(email).body.textContent).toContain('Three numbers from Seoul.');
  });

  it('puts the subject in the page title', async () => {
    const email = await renderDigest(makeNkDigest());
    expect(parse(email).querySelector('title')?.textContent).toBe(email.subject);
  });

  it('keeps MJML\'s Outlook conditional comments and leaves no MJML tags behind', async () => {
    const email = await renderDigest(makeNkDigest());
    expect(email.html).toContain('<!--[if mso');
    expect(email.html).not.toMatch(/<\/?mj-/);
  });

  it('reports no warnings for a complete digest', async () => {
    expect((await renderDigest(makeNkDigest())).warnings).toEqual([]);
  });

  it('renders an article without URL without link or button', async () => {
    const article = makeNkArticle();
    delete article.url;
    const document = parse(await renderDigest(makeNkDigest({ articles: [article] })));
    expect(linkNamed(document, 'Read the full article')).toBeUndefined();
    expect(document.querySelector('h2 a')).toBeNull();
    expect(document.querySelector('h2')?.textContent.trim()).toBe(NK_TITLE);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', '/relative'])('never links %j, and warns', async (url) => {
    const article = { ...makeNkArticle(), url };
    const email = await renderDigest(makeNkDigest({ articles: [article] }));
    expect(parse(email).querySelectorAll('a[href]')).toHaveLength(0);
    expect(email.warnings.join('\n')).toContain('without a link');
  });

  it('shows one section per article', async () => {
    const second = { ...makeNkArticle(), title: 'A second story' };
    const document = parse(await renderDigest(makeNkDigest({ articles: [makeNkArticle(), second] })));
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent.trim())).toEqual([NK_TITLE, 'A second story']);
  });

  it('warns about an article with no summary and still renders it', async () => {
    const article = { ...makeNkArticle(), summary: [] };
    const email = await renderDigest(makeNkDigest({ articles: [article] }));
    expect(email.warnings).toEqual([expect.stringContaining('has no summary')]);
    expect(parse(email).querySelectorAll('li')).toHaveLength(0);
  });

  it('rejects an invalid locale with RENDER_INVALID_LOCALE', async () => {
    const digest: Digest = makeNkDigest({ locale: 'not a locale' });
    await expect(renderDigest(digest)).rejects.toMatchObject({ code: 'RENDER_INVALID_LOCALE' });
  });
});
