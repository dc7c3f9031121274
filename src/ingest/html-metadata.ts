import { parseByline } from './byline.js';
import { splitTitleSource } from './text-cleanup.js';

/** What a news page says about itself in `<meta>`, Open Graph and JSON-LD. */
export interface PageMetadata {
  title?: string;
  subtitle?: string;
  byline?: string;
  published?: string;
  url?: string;
  source?: string;
  lang?: string;
  image?: { src: string; alt: string };
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|Report|LiveBlogPosting|WebPage)$/;

/** Reads the page's own metadata, preferring JSON-LD, then Open Graph, then plain `<meta>`. */
export function readPageMetadata(document: Document): PageMetadata {
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const content = element?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const ld = findArticleJsonLd(document);
  const documentTitle = document.querySelector('title')?.textContent?.trim();
  const title = text(ld?.['headline']) ?? meta('og:title', 'twitter:title') ?? documentTitle;
  const imageSrc = imageUrl(ld?.['image']) ?? meta('og:image', 'twitter:image');
  const metadata = {
    title: title === undefined ? undefined : splitTitleSource(title).title,
    subtitle: meta('og:description', 'description', 'twitter:description') ?? text(ld?.['description']),
    byline: authorNames(ld?.['author']) ?? cleanByline(meta('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author')),
    published: toIsoDate(
      text(ld?.['datePublished']) ??
        meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime') ??
        undefined,
    ),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? text(ld?.['url']),
    source: meta('og:site_name', 'application-name') ?? text(asObject(ld?.['publisher'])?.['name']),
    lang: document.documentElement?.getAttribute('lang')?.trim() || meta('og:locale')?.replace('_', '-'),
    image: imageSrc === undefined ? undefined : { src: imageSrc, alt: meta('og:image:alt', 'twitter:image:alt') ?? '' },
  };
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined && value !== '')) as PageMetadata;
}

/** The first JSON-LD object of an article type, looking inside arrays and `@graph`. */
function findArticleJsonLd(document: Document): JsonObject | undefined {
  const candidates: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectObjects(JSON.parse(script.textContent ?? ''), candidates);
    } catch {
      // Pages often ship broken JSON-LD; the other metadata sources still apply.
    }
  }
  const isArticle = (object: JsonObject): boolean =>
    [object['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type) && type !== 'WebPage');
  return candidates.find(isArticle);
}

function collectObjects(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) return value.forEach((item) => collectObjects(item, into));
  const object = asObject(value);
  if (object === undefined) return;
  into.push(object);
  if (object['@graph'] !== undefined) collectObjects(object['@graph'], into);
}

function authorNames(author: unknown): string | undefined {
  const names = [author]
    .flat()
    .map((entry) => (typeof entry === 'string' ? entry : text(asObject(entry)?.['name'])))
    .filter((name): name is string => name !== undefined && !/^https?:/.test(name))
    .map((name) => cleanByline(name) ?? name);
  return names.length === 0 ? undefined : names.join(', ');
}

function cleanByline(value: string | undefined): string | undefined {
  if (value === undefined || /^https?:/.test(value)) return undefined;
  return parseByline(value) ?? value.replace(/^by\s+/i, '').trim();
}

function imageUrl(image: unknown): string | undefined {
  const first = [image].flat()[0];
  return typeof first === 'string' ? first : text(asObject(first)?.['url']);
}

/** Normalises a machine-readable date to ISO 8601; UTC when it carries a time and offset. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed)) return undefined;
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed);
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  return hasOffset ? new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z') : trimmed.slice(0, 19);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}
