import { parseHTML } from 'linkedom';
import { withoutUndefined } from '../defined.js';
import type { Article, DroppedLine } from '../types.js';
import type { EntryText, FeedEntry, ParsedFeed } from './feed-entries.js';
import { toIsoDate } from './html-metadata.js';
import { readBlocks } from './html.js';
import { detectLanguage } from './language.js';
import { countWords } from './line-kinds.js';
import { absoluteUrl } from './web-page.js';
import { parseByline } from './byline.js';

/** Item content this long is the full article, whatever its summary. */
export const FULL_TEXT_WORDS = 150;
/** Shorter content still counts as full when it is this many times as long as the summary... */
const WIDE_MARGIN = 3;
/** ...and at least this long. */
const MIN_FULL_TEXT_WORDS = 60;

/** What a feed item gives on its own: an article when it has any text, and whether that text is the whole article. */
export interface EntryArticle {
  article: Article | undefined;
  fullText: boolean;
  /** The item's title, or a stand-in, for messages. */
  label: string;
}

/** Lines feeds add to item text that are not the article: "Continue reading…", WordPress's "The post … appeared first on …". */
const FEED_NOISE = /^(?:continue reading|read (?:more|the (?:full|rest))|the post .+ appeared first on .+|\[(?:…|\.\.\.)\])/i;

/**
 * Turns a feed item into an article: HTML content is read into paragraphs as a page body is,
 * metadata comes from the item, then the feed. `fullText` is false when the only text is a
 * teaser (under FULL_TEXT_WORDS and not much longer than the summary). Never throws.
 */
export function readEntry(entry: FeedEntry, feed: ParsedFeed, baseUrl: string | undefined): EntryArticle {
  const dropped: DroppedLine[] = [];
  const body = entry.content ?? entry.summary;
  const paragraphs = body === undefined ? [] : toParagraphs(body, dropped);
  const words = countWords(paragraphs.join(' '));
  const summary = entry.content === undefined || entry.summary === undefined ? undefined : plainText(entry.summary);
  const summaryWords = summary === undefined ? 0 : countWords(summary);
  const fullText = words >= FULL_TEXT_WORDS || (summaryWords > 0 && words >= WIDE_MARGIN * summaryWords && words >= MIN_FULL_TEXT_WORDS);
  const title = entry.title === undefined ? undefined : plainText(entry.title);
  const label = title ?? truncate(paragraphs[0] ?? entry.url ?? 'untitled', 60);
  if (paragraphs.length === 0) return { article: undefined, fullText: false, label };
  const published = feedDate(entry.date)?.iso;
  const article: Article = {
    title: title ?? truncate(paragraphs[0] ?? '', 80),
    ...withoutUndefined({
      subtitle: summary !== undefined && summaryWords <= 60 && !startsSame(paragraphs[0], summary) ? summary : undefined,
      byline: entry.byline === undefined ? undefined : (parseByline(entry.byline) ?? entry.byline),
      published,
      url: absoluteUrl(entry.url, baseUrl),
      source: feed.title === undefined ? undefined : plainText({ value: feed.title, html: false }),
    }),
    lang: canonicalLang(entry.lang) ?? canonicalLang(feed.lang) ?? detectLanguage(paragraphs),
    ...(entry.image === undefined ? {} : { image: { src: absoluteUrl(entry.image.src, baseUrl) ?? entry.image.src, alt: entry.image.alt } }),
    paragraphs: paragraphs.filter((paragraph) => paragraph !== title),
    dropped,
  };
  return { article, fullText, label };
}

/**
 * Reads a feed date (RFC 822 "Tue, 10 Jun 2025 04:00:00 GMT" or ISO 8601) into ISO 8601 and a
 * time to sort by. Returns undefined for dates without a year or zone, which would depend on
 * the machine's time zone.
 */
export function feedDate(raw: string | undefined): { iso: string; time: number } | undefined {
  if (raw === undefined) return undefined;
  const iso = toIsoDate(raw);
  // A date-time without an offset sorts as if UTC: good enough to order one feed's items.
  if (iso !== undefined) return { iso, time: Date.parse(/Z$|^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : `${iso}Z`) };
  if (!/(?:GMT|UTC?|Z|[+-]\d{4}|[ECMP][SD]T)\s*$/i.test(raw.trim())) return undefined;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? undefined : { iso: new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z'), time };
}

function toParagraphs(text: EntryText, dropped: DroppedLine[]): string[] {
  const paragraphs = (text.html ? htmlParagraphs(text.value, dropped) : splitParagraphs(text.value))
    // WordPress ends excerpts with " [&#8230;]"; an ellipsis reads better in a summary.
    .map((paragraph) => paragraph.replace(/\s*\[(?:…|\.\.\.)\]$/, '…'));
  return paragraphs.filter((paragraph) => {
    if (!FEED_NOISE.test(paragraph)) return true;
    dropped.push({ text: paragraph, reason: 'boilerplate' });
    return false;
  });
}

function htmlParagraphs(html: string, dropped: DroppedLine[]): string[] {
  const body = parseFragment(html);
  const blocks = readBlocks(body, dropped);
  // Teasers are often bare text with <br> line breaks and no block elements.
  return blocks.length > 0 ? blocks : splitParagraphs(body.textContent ?? '');
}

function parseFragment(html: string): HTMLElement {
  const marked = html.replace(/<br\s*\/?>\s*(?:<br\s*\/?>\s*)+/gi, '\n\n');
  return parseHTML(`<!doctype html><html><body>${marked}</body></html>`).document.body;
}

function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter(Boolean);
}

function plainText(text: EntryText): string {
  // Feeds often escape markup in plain-text fields too ("Tom &amp; Jerry", "<b>Breaking</b>").
  const value = text.html || /[<&]/.test(text.value) ? (parseFragment(text.value).textContent ?? '') : text.value;
  return value.replace(/[\s\u00A0]+/g, ' ').trim();
}

function startsSame(paragraph: string | undefined, summary: string): boolean {
  const head = summary.replace(/\s*(?:\[?(?:…|\.\.\.)\]?)\s*$/, '').slice(0, 40);
  return paragraph !== undefined && paragraph.startsWith(head);
}

function canonicalLang(tag: string | undefined): string | undefined {
  try {
    return tag === undefined || tag.trim() === '' ? undefined : Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : length).trimEnd()}…`;
}
