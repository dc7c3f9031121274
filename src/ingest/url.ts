import { DigestError } from '../errors.js';
import { detectFormat, isJsonFeed, isXmlFeed, type InputFormat } from './detect.js';
import type { FeedOptions } from './feed.js';
import { fetchPage, notHtmlError, type FetchedPage } from './fetch-page.js';
import { parseContent, type Ingested } from './parse-content.js';

/** Media types that are feeds whatever they hold. */
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json', 'application/x-rss+xml']);
const XML_TYPES = new Set(['application/xml', 'text/xml']);

/**
 * Fetches a URL and reads what it returns: a web page gives one article, a feed one article per
 * item (the newest `limit`), text/plain is read as pasted text, JSON as a Digest JSON.
 * Throws the errors of `fetchPage` (INGEST_FETCH_FAILED, INGEST_FETCH_TIMEOUT,
 * INGEST_HTTP_STATUS, INGEST_TOO_LARGE), INGEST_NOT_HTML for other content types,
 * INGEST_EMPTY, and the errors of the parser of what came back.
 */
export async function ingestUrl(url: string, options: FeedOptions = {}): Promise<Ingested[]> {
  const page = await fetchPage(url, options);
  if (page.text.trim() === '') {
    throw new DigestError('INGEST_EMPTY', `${page.url} returned an empty page.`, { hint: 'Open the address in a browser to check it shows the article.' });
  }
  const format = formatOfPage(page);
  switch (format) {
    case 'feed': {
      const articles = await (await import('./feed.js')).readFeedArticles(page.text, page.url, { ...options, baseUrl: page.url });
      return articles.map((article) => ({ kind: 'article', article }));
    }
    case 'html':
      // The DOM and Readability load only when a page needs them.
      return [{ kind: 'article', article: (await import('./web-page.js')).readWebPage(page) }];
    default:
      return [await parseContent(page.text, page.url, format)];
  }
}

/** The format of a fetched page, from its media type, then from its content. */
function formatOfPage(page: FetchedPage): InputFormat {
  const { mediaType, text } = page;
  if (FEED_TYPES.has(mediaType)) return 'feed';
  // Some servers send feeds as text/html or text/plain; the content says what it is.
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return isXmlFeed(text) ? 'feed' : 'html';
  if (XML_TYPES.has(mediaType)) {
    if (isXmlFeed(text)) return 'feed';
    throw notHtmlError(page, `an XML document (${mediaType}) but not a feed`);
  }
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return isJsonFeed(text) ? 'feed' : 'json';
  if (mediaType === 'text/markdown' || mediaType === 'text/x-markdown') return 'markdown';
  const byName = detectFormat(new URL(page.url).pathname, text);
  if (mediaType === 'text/plain') return byName === 'feed' || byName === 'markdown' ? byName : 'text';
  if (mediaType === '') return byName;
  throw notHtmlError(page);
}
