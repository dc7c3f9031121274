import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { bridgeStory, libraryStory, newsPage, railStory } from '../fixtures/ingest/stories.js';
import { createIo } from '../helpers/cli-io.js';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.js';

const atomFile = new URL('../fixtures/ingest/world.atom', import.meta.url).pathname;

const teaserFeed = (stories: typeof railStory[]): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title><link>/</link><description>x</description>
${stories.map((story, index) => `<item><title>${story.title}</title><link>/news/${index}</link><description>${story.paragraphs[0]}</description><pubDate>Mon, 0${index + 1} Jun 2026 08:00:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;

let server: TestHttpServer;
beforeAll(async () => {
  server = await startHttpServer({
    '/news/bridge': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: newsPage(bridgeStory) },
    '/feed': { headers: { 'content-type': 'application/rss+xml' }, body: teaserFeed([railStory, libraryStory]) },
    '/news/0': { headers: { 'content-type': 'text/html' }, body: newsPage(railStory) },
    '/news/1': { headers: { 'content-type': 'text/html' }, body: newsPage(libraryStory) },
    '/slow': () => {
      // Never answers.
    },
  });
});
afterAll(() => server.close());

type Analysis = { articles: Array<{ title: string; url?: string; paragraphs: string[]; summary: string[]; figures: Array<{ value: number; unit: string }> }> };

async function analyze(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = createIo({ cwd: mkdtempSync(join(tmpdir(), 'digest-url-')) });
  const code = await run(['analyze', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('digest analyze <url>', () => {
  it('fetches and analyzes a news page', async () => {
    const { code, out, err } = await analyze(server.url('/news/bridge'), '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const [article, ...rest] = (JSON.parse(out) as Analysis).articles;
    expect(rest).toEqual([]);
    expect(article).toMatchObject({ title: bridgeStory.title, url: server.url('/news/bridge'), paragraphs: bridgeStory.paragraphs });
    expect(article?.summary[0]).toBe(bridgeStory.paragraphs[0]);
    expect(article?.figures).toContainEqual(expect.objectContaining({ value: 12_000_000, unit: 'GBP' }));
  });

  it('makes one digest of a page, a feed’s items and a feed file', async () => {
    const { code, out } = await analyze(server.url('/news/bridge'), server.url('/feed'), atomFile, '--limit', '1', '--json');
    expect(code).toBe(0);
    expect((JSON.parse(out) as Analysis).articles.map((article) => article.title)).toEqual([
      bridgeStory.title,
      libraryStory.title,
      'Council approves new cycle lanes',
    ]);
  });

  it('warns about teasers on standard error, and fetches the articles with --fetch-items', async () => {
    const teasers = await analyze(server.url('/feed'), '--json');
    expect(teasers.code).toBe(0);
    expect(teasers.err).toContain(`warning: ${server.url('/feed')}: item "${railStory.title}" has only a teaser; pass --fetch-items to fetch the full article.\n`);
    expect((JSON.parse(teasers.out) as Analysis).articles[1]?.paragraphs).toEqual([railStory.paragraphs[0]]);

    const full = await analyze(server.url('/feed'), '--fetch-items', '--json');
    expect(full.err).toBe('');
    expect((JSON.parse(full.out) as Analysis).articles.map((article) => article.paragraphs)).toEqual([libraryStory.paragraphs, railStory.paragraphs]);
  });

  it.each([
    ['a missing page', '/nowhere', [], 'answered 404 Not Found.'],
    ['a page that never answers', '/slow', ['--timeout', '300ms'], 'did not answer within 0.3 s.'],
  ])('exits 1 on %s, naming the URL', async (_case, path, flags, what) => {
    const { code, err } = await analyze(server.url(path), ...flags);
    expect(code).toBe(1);
    expect(err).toContain(`error: ${server.url(path)} ${what}\n`);
    expect(err).toMatch(/^hint: /m);
  });

  it.each([['--limit', '0'], ['--timeout', 'soon']])('refuses %s %s as a usage error', async (flag, value) => {
    expect((await analyze(server.url('/feed'), flag, value)).code).toBe(2);
  });
});
