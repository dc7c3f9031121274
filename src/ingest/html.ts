import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DigestError } from '../errors.js';
import type { Article, DroppedLine } from '../types.js';
import { readPageMetadata } from './html-metadata.js';
import { isBoilerplate, isCredit } from './line-kinds.js';

/** Elements whose text is one paragraph of the article. */
const BLOCK_SELECTOR = 'p, li, blockquote, pre, h1, h2, h3, h4, h5, h6, figcaption';

/**
 * Reads a news page: the main content through Readability, metadata from `<meta>`, Open Graph
 * and JSON-LD. Headings, captions and site furniture inside the content go to `dropped`.
 * Throws INGEST_NO_CONTENT when no article text can be found.
 */
export function parseHtml(html: string, name: string): Article {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document);
  const readable = new Readability(document, { serializer: (node: Node) => node, charThreshold: 200 }).parse();
  const container = (readable?.content ?? document.body) as Element | null;
  const dropped: DroppedLine[] = [];
  const paragraphs = container === null ? [] : readBlocks(container, dropped);
  if (paragraphs.length === 0) {
    throw new DigestError('INGEST_NO_CONTENT', `${name}: no article text was found in the HTML.`, {
      hint: 'Give the page of the article itself (not a home or index page), or paste its text into a .txt file.',
    });
  }
  const title = metadata.title ?? readable?.title ?? paragraphs[0] ?? name;
  const byline = metadata.byline ?? readable?.byline ?? undefined;
  return {
    title,
    ...optional('subtitle', metadata.subtitle ?? readable?.excerpt ?? undefined),
    ...optional('byline', byline),
    ...optional('published', metadata.published),
    ...optional('url', metadata.url),
    ...optional('source', metadata.source ?? readable?.siteName ?? undefined),
    lang: metadata.lang ?? readable?.lang ?? 'en',
    ...optional('image', metadata.image),
    paragraphs: paragraphs.filter((paragraph) => paragraph !== title),
    dropped,
  };
}

/**
 * The paragraphs of an HTML container, one per block element (p, li, blockquote, …); headings,
 * captions, boilerplate, credits and repeats go to `dropped` with the reason. Never throws.
 */
export function readBlocks(container: Element, dropped: DroppedLine[]): string[] {
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  for (const element of container.querySelectorAll(BLOCK_SELECTOR)) {
    // A block inside another block (a <p> in a <blockquote> or <li>) is read with its parent.
    if (element.parentElement?.closest(BLOCK_SELECTOR) && !element.parentElement.matches('figure')) continue;
    const text = (element.textContent ?? '').replace(/[\s\u00A0]+/g, ' ').trim();
    if (text === '') continue;
    const tag = element.tagName.toLowerCase();
    if (tag === 'figcaption') dropped.push({ text, reason: 'caption' });
    else if (/^h[1-6]$/.test(tag)) dropped.push({ text, reason: 'heading' });
    else if (isBoilerplate(text)) dropped.push({ text, reason: 'boilerplate' });
    else if (isCredit(text)) dropped.push({ text, reason: 'credit' });
    else if (seen.has(text)) dropped.push({ text, reason: 'duplicate' });
    else {
      paragraphs.push(text);
      seen.add(text);
    }
  }
  return paragraphs;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}
