import type { Article } from '../types.js';
import { isHtmlType, notHtmlError, type FetchedPage } from './fetch-page.js';
import { parseHtml } from './html.js';

/**
 * Reads a fetched news page. The article's URL is the page's canonical URL when it has one,
 * else the address the redirects ended at; relative links are made absolute.
 * Throws INGEST_NOT_HTML for a page that is not HTML, and INGEST_NO_CONTENT.
 */
export function readWebPage(page: FetchedPage): Article {
  if (!isHtmlType(page.mediaType)) throw notHtmlError(page);
  const article = parseHtml(page.text, page.url);
  const url = absoluteUrl(article.url, page.url) ?? page.url;
  const image = article.image === undefined ? undefined : { ...article.image, src: absoluteUrl(article.image.src, page.url) ?? article.image.src };
  return { ...article, url, ...(image === undefined ? {} : { image }) };
}

/** Resolves a possibly relative link against a page or feed address; undefined unless it is http(s). */
export function absoluteUrl(link: string | undefined, base: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
