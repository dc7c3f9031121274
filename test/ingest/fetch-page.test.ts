import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, USER_AGENT } from '../../src/ingest/fetch-page.js';
import { closedPort, startHttpServer, type TestHttpServer } from '../helpers/http-server.js';

const html = { 'content-type': 'text/html; charset=utf-8' };
/** Bytes the endless route has written, to show a body over the cap was cut off, not loaded. */
let endlessWritten = 0;
const ENDLESS_TOTAL = 64 * 1024 * 1024;

let server: TestHttpServer;
beforeAll(async () => {
  server = await startHttpServer({
    '/page': { headers: html, body: '<p>hello</p>' },
    '/r1': { status: 301, headers: { location: '/r2' } },
    '/r2': { status: 302, headers: { location: 'r3?x=1' } },
    '/r3?x=1': { status: 307, headers: { location: '/page' } },
    '/loop': { status: 302, headers: { location: '/loop' } },
    '/to-ftp': { status: 302, headers: { location: 'ftp://example.com/file' } },
    '/missing': { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not found</h1>' },
    '/broken': { status: 500, headers: { 'content-type': 'text/html' }, body: '<h1>Oops</h1>' },
    '/big-declared': { headers: { ...html, 'content-length': String(5 * 1024 * 1024) }, body: '' },
    '/endless': (_request, response) => {
      response.writeHead(200, html);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const write = (): void => {
        while (endlessWritten < ENDLESS_TOTAL && !response.destroyed) {
          endlessWritten += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      write();
    },
    '/silent': () => {
      // Never answers: the client must give up on its own.
    },
  });
});
afterAll(() => server.close());

describe('fetchPage', () => {
  it('fetches a page with its media type and a User-Agent of its own', async () => {
    const page = await fetchPage(server.url('/page'));
    expect(page).toEqual({ url: server.url('/page'), mediaType: 'text/html', text: '<p>hello</p>' });
    expect(server.requests.at(-1)?.headers['user-agent']).toBe(USER_AGENT);
  });

  it('follows a chain of redirects, relative ones included, and reports the final URL', async () => {
    const page = await fetchPage(server.url('/r1'));
    expect(page.url).toBe(server.url('/page'));
    expect(page.text).toBe('<p>hello</p>');
  });

  it('uses the fetch it is given', async () => {
    const asked: string[] = [];
    const fetchSpy: typeof fetch = (input, init) => {
      asked.push(String(input));
      return fetch(input, init);
    };
    await fetchPage(server.url('/r2'), { fetch: fetchSpy });
    expect(asked).toEqual([server.url('/r2'), server.url('/r3?x=1'), server.url('/page')]);
  });

  it.each([
    ['a redirect loop', '/loop', 'INGEST_FETCH_FAILED', /redirected more than 5 times/],
    ['a redirect away from http', '/to-ftp', 'INGEST_FETCH_FAILED', /only http and https/],
    ['a 404', '/missing', 'INGEST_HTTP_STATUS', /\/missing answered 404 Not Found/],
    ['a 500', '/broken', 'INGEST_HTTP_STATUS', /\/broken answered 500 Internal Server Error/],
    ['a declared length over the cap', '/big-declared', 'INGEST_TOO_LARGE', /more than the 1\.0 MiB limit/],
  ])('refuses %s', async (_case, path, code, message) => {
    const error = fetchPage(server.url(path), { maxBytes: 1024 * 1024 });
    await expect(error).rejects.toMatchObject({ code, message: expect.stringMatching(message), hint: expect.any(String) });
  });

  it('names the redirect that led to an error status', async () => {
    const error = await fetchPage(server.url('/r1'), { fetch: (input, init) => fetch(String(input).replace('/page', '/missing'), init) }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'INGEST_HTTP_STATUS', message: expect.stringContaining(`(redirected from ${server.url('/r1')})`) });
  });

  it('stops reading a body over the cap instead of loading it', async () => {
    await expect(fetchPage(server.url('/endless'), { maxBytes: 256 * 1024 })).rejects.toMatchObject({
      code: 'INGEST_TOO_LARGE',
      message: expect.stringContaining('stopped reading'),
    });
    expect(endlessWritten).toBeLessThan(ENDLESS_TOTAL);
  });

  it('gives up on a server that never answers', async () => {
    await expect(fetchPage(server.url('/silent'), { timeoutMs: 200 })).rejects.toMatchObject({
      code: 'INGEST_FETCH_TIMEOUT',
      message: `${server.url('/silent')} did not answer within 0.2 s.`,
    });
  });

  it('says when the connection is refused', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/story`;
    await expect(fetchPage(url)).rejects.toMatchObject({
      code: 'INGEST_FETCH_FAILED',
      message: `Cannot fetch ${url}: the connection was refused (ECONNREFUSED).`,
    });
  });

  it('says when the host name does not resolve', async () => {
    const dnsFailure: typeof fetch = () => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND news.invalid'), { code: 'ENOTFOUND' }) }));
    await expect(fetchPage('https://news.invalid/story', { fetch: dnsFailure })).rejects.toMatchObject({
      code: 'INGEST_FETCH_FAILED',
      message: 'Cannot fetch https://news.invalid/story: the host name was not found (ENOTFOUND).',
    });
  });

  it('refuses an address that is not a URL', async () => {
    await expect(fetchPage('http://')).rejects.toMatchObject({ code: 'INGEST_FETCH_FAILED', message: 'http:// is not a valid URL.' });
  });
});
