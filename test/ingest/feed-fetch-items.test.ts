import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type Ingested } from '../../src/ingest/index.js';
import type { Article } from '../../src/types.js';
import { bridgeStory, libraryStory, newsPage, railStory } from '../fixtures/ingest/stories.js';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.js';

/** A news site's RSS feed that carries only one-sentence teasers, with links relative to the feed. */
const teaserFeed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
  <title>Example News</title><link>/</link><description>Latest</description>
  <item><title>${railStory.title}</title><link>/news/rail</link><description>${railStory.paragraphs[0]}</description><pubDate>Fri, 06 Mar 2026 10:00:00 GMT</pubDate></item>
  <item><title>${bridgeStory.title}</title><link>/news/bridge</link><description>${bridgeStory.paragraphs[0]}</description><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate></item>
  <item><title>${libraryStory.title}</title><link>/news/gone</link><description>${libraryStory.paragraphs[0]}</description><pubDate>Thu, 05 Mar 2026 12:00:00 GMT</pubDate></item>
</channel></rss>`;

let server: TestHttpServer;
beforeAll(async () => {
  server = await startHttpServer({
    '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: teaserFeed },
    '/news/rail': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: newsPage(railStory) },
    '/news/bridge': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: newsPage(bridgeStory, { canonical: 'https://example.com/news/bridge' }) },
  });
});
afterAll(() => server.close());

function articlesOf(results: Ingested[]): Article[] {
  return results.map((result) => (result.kind === 'article' ? result.article : expect.unreachable('a digest')));
}

describe('feed items with only a teaser', () => {
  it('are fetched from the linked page with --fetch-items, keeping the feed’s title and date', async () => {
    const warnings: string[] = [];
    const articles = articlesOf(await ingest(server.url('/feed.xml'), { fetchItems: true, onWarning: (message) => warnings.push(message) }));
    expect(articles.map((article) => article.title)).toEqual([railStory.title, libraryStory.title, bridgeStory.title]);
    const [rail, library, bridge] = articles;
    expect(rail).toMatchObject({ paragraphs: railStory.paragraphs, url: server.url('/news/rail'), published: '2026-03-06T10:00:00Z', source: 'Example News' });
    expect(bridge).toMatchObject({ paragraphs: bridgeStory.paragraphs, url: 'https://example.com/news/bridge' });
    // The third link is a 404: that item keeps its teaser, and the warning says why.
    expect(library?.paragraphs).toEqual([libraryStory.paragraphs[0]]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`item "${libraryStory.title}" could not be fetched (${server.url('/news/gone')} answered 404 Not Found); using the feed’s teaser.`);
    const fetched = server.requests.map((request) => request.path);
    expect(fetched).toEqual(expect.arrayContaining(['/feed.xml', '/news/rail', '/news/bridge', '/news/gone']));
  });

  it('are not fetched without --fetch-items: the teaser is the body, with a warning', async () => {
    const before = server.requests.length;
    const warnings: string[] = [];
    const articles = articlesOf(await ingest(server.url('/feed.xml'), { limit: 1, onWarning: (message) => warnings.push(message) }));
    expect(articles).toEqual([expect.objectContaining({ title: railStory.title, paragraphs: [railStory.paragraphs[0]] })]);
    expect(warnings).toEqual([`${server.url('/feed.xml')}: item "${railStory.title}" has only a teaser; pass --fetch-items to fetch the full article.`]);
    expect(server.requests.slice(before).map((request) => request.path)).toEqual(['/feed.xml']);
  });
});
