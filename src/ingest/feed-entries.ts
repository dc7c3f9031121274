import { parseFeed, type AnyFeed } from 'feedsmith';
import { withoutUndefined } from '../defined.js';
import { DigestError } from '../errors.js';
import type { ArticleImage } from '../types.js';

/** A piece of item text, as HTML or plain text. */
export interface EntryText {
  value: string;
  html: boolean;
}

/** One feed item, the same whatever the feed format. */
export interface FeedEntry {
  title?: EntryText;
  url?: string;
  /** Author names, comma-separated. */
  byline?: string;
  /** The raw publication (else update) date, as the feed wrote it. */
  date?: string;
  lang?: string;
  image?: ArticleImage;
  /** The full content the feed carries (content:encoded, Atom content, content_html / content_text). */
  content?: EntryText;
  /** The summary or description, often a teaser. */
  summary?: EntryText;
}

/** A feed's own details and its items in feed order. */
export interface ParsedFeed {
  title?: string;
  lang?: string;
  /** The site's home page, to resolve relative item links. */
  link?: string;
  entries: FeedEntry[];
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document with feedsmith.
 * Throws INGEST_INVALID_FEED when the content is not a feed feedsmith can read.
 */
export function readFeed(content: string, name: string): ParsedFeed {
  let parsed: AnyFeed;
  try {
    parsed = parseFeed<string>(content);
  } catch (error) {
    throw new DigestError('INGEST_INVALID_FEED', `${name} is not a valid RSS, Atom or JSON Feed: ${(error as Error).message}.`, {
      hint: 'Check that the address or file is the feed itself (open it in a browser), not a page that links to it.',
      cause: error,
    });
  }
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return fromRss(parsed.feed);
    case 'atom':
      return fromAtom(parsed.feed);
    case 'json':
      return fromJson(parsed.feed);
  }
}

type FeedOf<F extends AnyFeed['format']> = Extract<AnyFeed, { format: F }>['feed'];
type RssLike = FeedOf<'rss'> | FeedOf<'rdf'>;
type RssItem = NonNullable<FeedOf<'rss'>['items']>[number];

function fromRss(feed: RssLike): ParsedFeed {
  const feedLang = 'language' in feed ? feed.language : feed.dc?.languages?.[0];
  return {
    ...withoutUndefined({ title: feed.title, lang: feedLang, link: feed.link }),
    entries: (feed.items ?? []).map((item) => {
      const rss = item as Partial<RssItem>;
      const permalink = rss.guid?.isPermaLink !== false && /^https?:/.test(rss.guid?.value ?? '') ? rss.guid?.value : undefined;
      const image = rss.enclosures?.find((enclosure) => enclosure.type?.startsWith('image/'))?.url;
      return withoutUndefined({
        title: text(rss.title, true),
        url: rss.link ?? permalink,
        byline: names(rss.dc?.creators ?? rss.authors?.map((author) => author.name)),
        date: rss.pubDate ?? rss.dc?.dates?.[0] ?? rss.atom?.published ?? rss.atom?.updated,
        lang: rss.dc?.languages?.[0],
        image: image === undefined ? undefined : { src: image, alt: '' },
        content: text(rss.content?.encoded, true),
        summary: text(rss.description, true),
      });
    }),
  };
}

function fromAtom(feed: FeedOf<'atom'>): ParsedFeed {
  return {
    ...withoutUndefined({ title: feed.title?.value, lang: feed.xml?.lang, link: alternateLink(feed.links) }),
    entries: (feed.entries ?? []).map((entry) =>
      withoutUndefined({
        title: atomText(entry.title),
        url: alternateLink(entry.links),
        byline: names((entry.authors ?? feed.authors)?.map((author) => author.name)),
        date: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
        lang: entry.xml?.lang,
        // Content given by reference (src) has no text here; the link leads to it.
        content: entry.content?.src === undefined ? atomText(entry.content) : undefined,
        summary: atomText(entry.summary),
      }),
    ),
  };
}

function fromJson(feed: FeedOf<'json'>): ParsedFeed {
  return {
    ...withoutUndefined({ title: feed.title, lang: feed.language, link: feed.home_page_url }),
    entries: (feed.items ?? []).map((item) => {
      const image = item.image ?? item.banner_image;
      return withoutUndefined({
        title: text(item.title, false),
        url: item.url ?? item.external_url,
        byline: names((item.authors ?? feed.authors)?.map((author) => author.name)),
        date: item.date_published ?? item.date_modified,
        lang: item.language,
        image: image === undefined ? undefined : { src: image, alt: '' },
        content: text(item.content_html, true) ?? text(item.content_text, false),
        summary: text(item.summary, false),
      });
    }),
  };
}

/** Atom text constructs are plain text unless their type says html or xhtml. */
function atomText(value: { value?: string; type?: string } | undefined): EntryText | undefined {
  return text(value?.value, value?.type === 'html' || value?.type === 'xhtml');
}

function text(value: string | undefined, html: boolean): EntryText | undefined {
  return value === undefined || value.trim() === '' ? undefined : { value, html };
}

/** The link to the item's page: rel="alternate" (the default), preferring HTML. */
function alternateLink(links: Array<{ href?: string; rel?: string; type?: string }> | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => (link.rel ?? 'alternate') === 'alternate' && link.href);
  return (alternates.find((link) => link.type === undefined || /html/.test(link.type)) ?? alternates[0])?.href;
}

/** Joins author names, leaving out bare e-mail addresses and URLs. */
function names(values: Array<string | undefined> | undefined): string | undefined {
  const kept = (values ?? []).map((value) => value?.trim() ?? '').filter((value) => value !== '' && !/^\S+@\S+$|^https?:/.test(value));
  return kept.length === 0 ? undefined : [...new Set(kept)].join(', ');
}
