import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, ingestFeed, type Ingested } from '../../src/ingest/index.js';
import type { Article } from '../../src/types.js';

const fixture = (name: string): string => new URL(`../fixtures/ingest/${name}`, import.meta.url).pathname;

function articlesOf(results: Ingested[]): Article[] {
  return results.map((result) => {
    if (result.kind !== 'article') throw new Error('expected articles');
    return result.article;
  });
}

/** An RSS 2.0 feed whose items are given out of date order, one without a date. */
const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valley Gazette</title><link>https://gazette.example.com/</link><description>Local news</description><language>en-gb</language>
  <item><title>Bakery wins national award</title><link>https://gazette.example.com/bakery</link>
    <description>A family bakery on Mill Street has been named the best in the country.</description>
    <pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate><dc:creator>Ruth Bell</dc:creator></item>
  <item><title>Flood defences finished early</title><link>https://gazette.example.com/flood</link>
    <description>Work on the river wall ended two months ahead of schedule.</description>
    <content:encoded><![CDATA[<p>Work on the new river wall has finished two months ahead of schedule and £1.1 million under budget, the environment agency said on Wednesday.</p>
      <p>The wall protects about 600 homes and 80 businesses that flooded in 2020, when the river rose by more than three metres in a single night after a week of heavy rain.</p>
      <p>Residents said they hoped insurers would now lower premiums, which rose sharply after the last flood.</p>]]></content:encoded>
    <pubDate>Wed, 04 Mar 2026 14:30:00 +0100</pubDate><author>editor@gazette.example.com (Dan Price)</author></item>
  <item><title>Letters: readers on the new bus timetable</title><link>https://gazette.example.com/letters</link>
    <description>Readers write about the changes to the number 7 bus.</description></item>
  <item><title>Road closed for resurfacing</title><link>https://gazette.example.com/road</link>
    <description>The high street will close for three nights.</description><pubDate>Tue, 03 Mar 2026 18:00:00 GMT</pubDate></item>
</channel></rss>`;

describe('ingestFeed: RSS', () => {
  it('takes the newest items first, undated ones last, and full content over the description', async () => {
    const warnings: string[] = [];
    const articles = articlesOf(await ingestFeed(rss, 'gazette.rss', { onWarning: (message) => warnings.push(message) }));
    expect(articles.map((article) => article.title)).toEqual([
      'Flood defences finished early',
      'Road closed for resurfacing',
      'Bakery wins national award',
      'Letters: readers on the new bus timetable',
    ]);
    const [flood] = articles;
    expect(flood).toMatchObject({
      url: 'https://gazette.example.com/flood',
      published: '2026-03-04T13:30:00Z',
      source: 'Valley Gazette',
      lang: 'en-GB',
      byline: 'Dan Price',
      subtitle: 'Work on the river wall ended two months ahead of schedule.',
    });
    expect(flood?.paragraphs).toHaveLength(3);
    expect(flood?.paragraphs[0]).toMatch(/^Work on the new river wall has finished two months ahead of schedule and £1\.1 million under budget/);
    expect(articles[2]).toMatchObject({ byline: 'Ruth Bell', published: '2026-03-02T09:00:00Z' });
    expect(articles[3]?.published).toBeUndefined();
  });

  it('warns for each item that has only a teaser, and keeps the teaser as the body', async () => {
    const warnings: string[] = [];
    const articles = articlesOf(await ingestFeed(rss, 'gazette.rss', { onWarning: (message) => warnings.push(message) }));
    expect(warnings).toEqual([
      'gazette.rss: item "Road closed for resurfacing" has only a teaser; pass --fetch-items to fetch the full article.',
      'gazette.rss: item "Bakery wins national award" has only a teaser; pass --fetch-items to fetch the full article.',
      'gazette.rss: item "Letters: readers on the new bus timetable" has only a teaser; pass --fetch-items to fetch the full article.',
    ]);
    expect(articles[1]?.paragraphs).toEqual(['The high street will close for three nights.']);
  });

  it('does not warn about a short item with no link, which has nothing more to fetch', async () => {
    const warnings: string[] = [];
    const post = '<rss version="2.0"><channel><title>Notes</title><link>https://n.example.com/</link><description>x</description><item><description>Ferries run again from Monday.</description></item></channel></rss>';
    const articles = articlesOf(await ingestFeed(post, 'notes.rss', { onWarning: (message) => warnings.push(message) }));
    expect(articles).toEqual([expect.objectContaining({ title: 'Ferries run again from Monday.', paragraphs: ['Ferries run again from Monday.'] })]);
    expect(warnings).toEqual([]);
  });

  it('drops the lines feeds add to excerpts', async () => {
    const excerpt = '<rss version="2.0"><channel><title>Blog</title><link>https://b.example.com/</link><description>x</description><item><title>Budget</title><link>https://b.example.com/budget</link>' +
      '<description>&lt;p&gt;The council met on Monday to set the budget [&amp;#8230;]&lt;/p&gt;&lt;p&gt;The post Budget appeared first on Blog.&lt;/p&gt;</description></item></channel></rss>';
    const [article] = articlesOf(await ingestFeed(excerpt, 'blog.rss'));
    expect(article?.paragraphs).toEqual(['The council met on Monday to set the budget…']);
    expect(article?.dropped).toEqual([{ text: 'The post Budget appeared first on Blog.', reason: 'boilerplate' }]);
  });

  it('takes only the newest `limit` items', async () => {
    const articles = articlesOf(await ingestFeed(rss, 'gazette.rss', { limit: 2 }));
    expect(articles.map((article) => article.title)).toEqual(['Flood defences finished early', 'Road closed for resurfacing']);
  });

  it.each([
    ['a page that is not a feed', '<!doctype html><html><body><p>Hello</p></body></html>', 'INGEST_INVALID_FEED', /not a valid RSS, Atom or JSON Feed/],
    ['a feed with no items', '<rss version="2.0"><channel><title>Quiet</title><link>https://q.example.com/</link><description>x</description></channel></rss>', 'INGEST_EMPTY', /a feed with no items/],
    ['items without any text', '<rss version="2.0"><channel><title>Q</title><link>https://q.example.com/</link><description>x</description><item><title>Only a title</title><link>https://q.example.com/a</link></item></channel></rss>', 'INGEST_EMPTY', /none of its 1 newest items has any text/],
  ])('refuses %s', async (_case, content, code, message) => {
    await expect(ingestFeed(content, 'feed.xml')).rejects.toMatchObject({ code, message: expect.stringMatching(message), hint: expect.any(String) });
  });
});

describe('ingest: feed files', () => {
  it('reads an Atom file: entry links, authors, dates with offsets, languages and XHTML content', async () => {
    const warnings: string[] = [];
    const articles = articlesOf(await ingest(fixture('world.atom'), { onWarning: (message) => warnings.push(message) }));
    expect(articles.map((article) => article.title)).toEqual([
      'Council approves new cycle lanes',
      'Le musée rouvre après les inondations',
      'Ferry operator adds winter sailings',
      'Weather: a mild week ahead',
    ]);
    const [cycle, museum, ferry, weather] = articles;
    expect(cycle).toMatchObject({
      url: 'https://news.example.com/local/cycle-lanes',
      byline: 'Priya Shah, Tom Wells',
      published: '2026-01-12T08:30:00Z',
      source: 'World Desk',
      lang: 'en-GB',
      subtitle: 'Protected lanes on four main roads by autumn.',
    });
    expect(cycle?.paragraphs).toHaveLength(3);
    expect(cycle?.dropped).toContainEqual({ text: 'Work starts in April', reason: 'heading' });
    expect(museum).toMatchObject({ url: 'https://news.example.com/culture/musee', lang: 'fr', published: '2026-01-11T16:00:00Z' });
    expect(ferry?.paragraphs[1]).toContain('about £300,000');
    expect(weather?.paragraphs).toHaveLength(4);
    expect(weather?.published).toBeUndefined();
    expect(warnings).toEqual([`${fixture('world.atom')}: item "Le musée rouvre après les inondations" has only a teaser; pass --fetch-items to fetch the full article.`]);
  });

  it('reads a .json file that is a JSON Feed: HTML and text content, feed authors and language', async () => {
    const warnings: string[] = [];
    const articles = articlesOf(await ingest(fixture('notes.json'), { displayName: 'notes.json', onWarning: (message) => warnings.push(message) }));
    expect(articles.map((article) => article.title)).toEqual([
      'Free school meals extended to all primary pupils',
      'Water bills to rise by 7% in April',
      'Market hall to get a new roof',
    ]);
    const [school, water, market] = articles;
    expect(school?.paragraphs).toHaveLength(5);
    expect(school).toMatchObject({ byline: 'Morning Notes team', lang: 'en-US', source: 'Morning Notes', published: '2026-02-03T06:30:00Z' });
    expect(water).toMatchObject({ byline: 'Lena Ortiz', published: '2026-02-02T12:00:00Z', url: 'https://notes.example.org/2026/water-rates' });
    expect(market).toMatchObject({ url: 'https://elsewhere.example.net/market-hall', paragraphs: ['Repairs start in May.'] });
    expect(warnings).toEqual(['notes.json: item "Market hall to get a new roof" has only a teaser; pass --fetch-items to fetch the full article.']);
  });

  it('reads a feed given as bytes (standard input), found by its content', async () => {
    const results = await ingest({ name: 'standard input', bytes: readFileSync(fixture('world.atom')) }, { limit: 1 });
    expect(articlesOf(results).map((article) => article.title)).toEqual(['Council approves new cycle lanes']);
  });
});
