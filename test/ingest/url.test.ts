import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestUrl } from '../../src/ingest/url.js';
import type { Article } from '../../src/types.js';
import { bridgeStory, libraryStory, newsPage, railStory } from '../fixtures/ingest/stories.js';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.js';

/** Encodes text as windows-1252 (enough of it for these pages: Latin-1 plus the en dash and euro). */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96, '’': 0x92 };
  return new Uint8Array([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

const cafeStory = {
  title: 'Café prices rise as coffee costs climb',
  paragraphs: [...libraryStory.paragraphs.slice(0, 2), 'A flat white at the café now costs 5 € – up from 4.20 € a year ago, the owners said.', ...libraryStory.paragraphs.slice(2)],
};

let server: TestHttpServer;
beforeAll(async () => {
  server = await startHttpServer({
    '/latin1': { headers: { 'content-type': 'text/html; charset=iso-8859-1' }, body: windows1252(newsPage(cafeStory, { head: '' })) },
    '/meta-only': { headers: { 'content-type': 'text/html' }, body: windows1252(newsPage(cafeStory, { head: '<meta charset="windows-1252">' })) },
    '/old': { status: 301, headers: { location: '/moved' } },
    '/moved': { status: 302, headers: { location: '/news/bridge' } },
    '/news/bridge': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: newsPage(bridgeStory) },
    '/amp/rail': { headers: { 'content-type': 'text/html' }, body: newsPage(railStory, { canonical: '/news/rail' }) },
    '/photo.png': { headers: { 'content-type': 'image/png' }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    '/sitemap.xml': { headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0"?><urlset><url><loc>https://example.com/</loc></url></urlset>' },
    '/story.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `${railStory.title}\n\n${railStory.paragraphs.join('\n\n')}\n` },
    '/empty': { headers: { 'content-type': 'text/html' }, body: '  ' },
    '/feed': {
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title><link>/</link><description>News</description>
        <item><title>${bridgeStory.title}</title><link>/news/bridge</link><description>${bridgeStory.paragraphs.join(' ')}</description></item>
      </channel></rss>`,
    },
  });
});
afterAll(() => server.close());

async function fetchArticle(path: string): Promise<Article> {
  const [result, ...rest] = await ingestUrl(server.url(path));
  expect(rest).toEqual([]);
  if (result?.kind !== 'article') throw new Error(`expected one article from ${path}`);
  return result.article;
}

describe('ingestUrl', () => {
  it.each([
    ['the Content-Type header', '/latin1'],
    ['only a <meta charset>', '/meta-only'],
  ])('decodes a page whose charset is in %s', async (_case, path) => {
    const article = await fetchArticle(path);
    expect(article.title).toBe('Café prices rise as coffee costs climb');
    expect(article.paragraphs).toContain('A flat white at the café now costs 5 € – up from 4.20 € a year ago, the owners said.');
  });

  it('gives the URL the redirects ended at as the article URL', async () => {
    const article = await fetchArticle('/old');
    expect(article.url).toBe(server.url('/news/bridge'));
    expect(article.title).toBe(bridgeStory.title);
    expect(article.paragraphs).toEqual(bridgeStory.paragraphs);
    expect(article.source).toBe('Example News');
  });

  it('prefers the page’s canonical URL, made absolute', async () => {
    expect((await fetchArticle('/amp/rail')).url).toBe(server.url('/news/rail'));
  });

  it('reads text/plain as pasted text', async () => {
    const article = await fetchArticle('/story.txt');
    expect(article.title).toBe(railStory.title);
    expect(article.paragraphs).toEqual(railStory.paragraphs);
  });

  it('reads a feed URL as one article per item, links resolved against the feed', async () => {
    const results = await ingestUrl(server.url('/feed'));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ kind: 'article', article: { title: bridgeStory.title, url: server.url('/news/bridge'), source: 'Example News' } });
  });

  it.each([
    ['an image', '/photo.png', 'INGEST_NOT_HTML', /photo\.png is image\/png, not a web page/],
    ['XML that is not a feed', '/sitemap.xml', 'INGEST_NOT_HTML', /an XML document \(application\/xml\) but not a feed/],
    ['an empty page', '/empty', 'INGEST_EMPTY', /returned an empty page/],
    ['a missing page', '/nowhere', 'INGEST_HTTP_STATUS', /\/nowhere answered 404/],
  ])('refuses %s', async (_case, path, code, message) => {
    await expect(ingestUrl(server.url(path))).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });
});
