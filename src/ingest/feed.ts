import { withoutUndefined } from '../defined.js';
import { DigestError, isDigestError } from '../errors.js';
import type { Article } from '../types.js';
import { feedDate, readEntry } from './feed-article.js';
import { readFeed, type FeedEntry, type ParsedFeed } from './feed-entries.js';
import { DEFAULT_FEED_LIMIT } from './limits.js';
import { fetchPage, type FetchOptions } from './fetch-page.js';
import { absoluteUrl, readWebPage } from './web-page.js';

/** How to read a feed; the fetch options apply to item pages fetched with `fetchItems`. */
export interface FeedOptions extends FetchOptions {
  /** How many of the newest items to take (default 10). */
  limit?: number;
  /** Fetch the linked page of items whose feed text is only a teaser. */
  fetchItems?: boolean;
  /** Told about items that keep a teaser, are skipped, or whose page could not be fetched. */
  onWarning?: (message: string) => void;
  /** The feed's own address, to resolve relative item links (default: the feed's home link). */
  baseUrl?: string;
}

/** Item pages fetched at once: enough to be quick, few enough to be polite to one site. */
const FETCH_CONCURRENCY = 4;

/**
 * Reads the newest `limit` items of an RSS, Atom or JSON Feed as articles, newest first
 * (undated items after dated ones, in feed order). Throws INGEST_INVALID_FEED for a document
 * that is not a feed, INGEST_EMPTY for a feed without items or without text in them.
 */
export async function readFeedArticles(content: string, name: string, options: FeedOptions = {}): Promise<Article[]> {
  const feed = readFeed(content, name);
  if (feed.entries.length === 0) {
    throw new DigestError('INGEST_EMPTY', `${name} is a feed with no items.`, { hint: 'Check that this is the feed you meant; it may be empty for now.' });
  }
  const chosen = newestFirst(feed.entries).slice(0, options.limit ?? DEFAULT_FEED_LIMIT);
  const articles = await mapLimited(chosen, FETCH_CONCURRENCY, (entry) => completeEntry(entry, feed, name, options));
  const found = articles.filter((article): article is Article => article !== undefined);
  if (found.length === 0) {
    throw new DigestError('INGEST_EMPTY', `${name}: none of its ${chosen.length} newest items has any text.`, {
      hint: 'Pass --fetch-items to fetch each item’s page.',
    });
  }
  return found;
}

/** Dated items newest first; undated ones after them, in feed order (the sort is stable). */
function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  const timed = entries.map((entry) => ({ entry, time: feedDate(entry.date)?.time }));
  timed.sort((a, b) => (b.time ?? Number.NEGATIVE_INFINITY) - (a.time ?? Number.NEGATIVE_INFINITY) || 0);
  return timed.map(({ entry }) => entry);
}

/** The item's own article when it is the full text; otherwise its page, when asked to fetch it. */
async function completeEntry(entry: FeedEntry, feed: ParsedFeed, name: string, options: FeedOptions): Promise<Article | undefined> {
  const { article, fullText, label } = readEntry(entry, feed, options.baseUrl ?? feed.link);
  if (fullText) return article;
  const warn = (message: string): void => options.onWarning?.(`${name}: item "${label}" ${message}`);
  const url = article?.url ?? absoluteUrl(entry.url, options.baseUrl ?? feed.link);
  if (options.fetchItems === true && url !== undefined) {
    try {
      return mergeItem(readWebPage(await fetchPage(url, options)), article, entry, feed);
    } catch (error) {
      if (!isDigestError(error)) throw error;
      warn(`could not be fetched (${error.message.replace(/\.$/, '')}); ${article === undefined ? 'skipped' : 'using the feed’s teaser'}.`);
      return article;
    }
  }
  if (article === undefined) {
    warn(url === undefined ? 'has no text and no link, and was skipped.' : 'has no text and was skipped; pass --fetch-items to fetch the full article.');
    return undefined;
  }
  // Without a link there is nothing more to fetch: a short item is all there is (a microblog post).
  if (url !== undefined) warn('has only a teaser; pass --fetch-items to fetch the full article.');
  return article;
}

/** The fetched page, with the feed item's own title and its metadata where the page has none. */
function mergeItem(page: Article, item: Article | undefined, entry: FeedEntry, feed: ParsedFeed): Article {
  return {
    ...page,
    ...withoutUndefined({
      title: entry.title === undefined ? page.title : (item?.title ?? page.title),
      byline: page.byline ?? item?.byline,
      published: page.published ?? item?.published,
      source: page.source ?? item?.source ?? feed.title,
    }),
  };
}

async function mapLimited<T, R>(items: T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
