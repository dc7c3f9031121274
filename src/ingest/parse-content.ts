import type { Article } from '../types.js';
import type { InputFormat } from './detect.js';
import type { DigestFile } from './digest-json.js';
import { parsePlainText } from './plain-text.js';

/** What one input turned into: an article to analyze, or a whole hand-written digest. */
export type Ingested = { kind: 'article'; article: Article } | { kind: 'digest'; digest: DigestFile };

/** The formats that make one article or one digest (a feed makes several). */
export type SingleFormat = Exclude<InputFormat, 'feed'>;

/**
 * Parses text in a single-article format. Throws the errors of the format's parser.
 * The parsers of other formats are loaded only when needed: the DOM alone costs a quarter second.
 */
export async function parseContent(content: string, name: string, format: SingleFormat): Promise<Ingested> {
  switch (format) {
    case 'json':
      return { kind: 'digest', digest: (await import('./digest-json.js')).parseDigestJson(content, name) };
    case 'html':
      return { kind: 'article', article: (await import('./html.js')).parseHtml(content, name) };
    case 'markdown':
      return { kind: 'article', article: (await import('./markdown.js')).parseMarkdown(content, name) };
    case 'text':
      return { kind: 'article', article: parsePlainText(content, name) };
  }
}
