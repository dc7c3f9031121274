import { readFile, stat } from 'node:fs/promises';
import { DigestError } from '../errors.js';
import { declaredCharset, decodeBody } from './charset.js';
import { detectFormat, type InputFormat } from './detect.js';
import type { FeedOptions } from './feed.js';
import { parseContent, type Ingested } from './parse-content.js';
import { checkSize, DEFAULT_MAX_INPUT_BYTES } from './limits.js';
import { ingestUrl } from './url.js';

export { detectFormat, type InputFormat } from './detect.js';
export type { DigestFile } from './digest-json.js';
export type { Ingested } from './parse-content.js';
export type { FeedOptions } from './feed.js';
export { DEFAULT_FETCH_TIMEOUT_MS, type FetchOptions } from './fetch-page.js';
export { DEFAULT_FEED_LIMIT, DEFAULT_MAX_INPUT_BYTES } from './limits.js';
export { ingestUrl } from './url.js';

/** How to read an input. The fetch and feed options matter only for URLs and feeds. */
export interface IngestOptions extends FeedOptions {
  /** Overrides detection from the extension or content. */
  format?: InputFormat;
  /** Inputs larger than this are refused, and fetched bodies cut off (default 10 MiB). */
  maxBytes?: number;
  /** How messages name a file, when not by its path (the path as the user typed it). */
  displayName?: string;
}

/** A path or an http(s) URL, or bytes already read (standard input) with the name to call them by. */
export type IngestInput = string | { name: string; bytes: Uint8Array };

/**
 * Reads any input: an http(s) URL is fetched, anything else is a file path. A web page,
 * article file or Digest JSON gives one Ingested; a feed (RSS, Atom, JSON Feed) gives one per
 * item, the newest `limit`. Throws the errors of `ingestUrl`, `ingestFile` and `ingestFeed`.
 */
export async function ingest(input: IngestInput, options: IngestOptions = {}): Promise<Ingested[]> {
  if (typeof input !== 'string') return ingestAll(input.bytes, input.name, options);
  if (/^https?:\/\//i.test(input)) return ingestUrl(input, options);
  const name = options.displayName ?? input;
  return ingestAll(await readInputFile(input, name, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES), name, options);
}

/**
 * Reads the newest items of an RSS, Atom or JSON Feed, one article each, newest first. An item
 * whose text is only a teaser keeps it (with a warning through `onWarning`) unless `fetchItems`
 * fetches its page. Throws INGEST_INVALID_FEED and INGEST_EMPTY.
 */
export async function ingestFeed(content: string, name: string, options: FeedOptions = {}): Promise<Ingested[]> {
  // feedsmith and the DOM load only when a feed needs them.
  const articles = await (await import('./feed.js')).readFeedArticles(content, name, options);
  return articles.map((article) => ({ kind: 'article', article }));
}

/**
 * Reads an article or Digest JSON from a file. Throws INGEST_NOT_FOUND, INGEST_TOO_LARGE,
 * INGEST_NOT_TEXT, INGEST_UNSUPPORTED for a feed (read those with `ingest` or `ingestFeed`),
 * or the errors of the format's parser.
 */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<Ingested> {
  const name = options.displayName ?? path;
  return ingestBytes(await readInputFile(path, name, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES), name, options);
}

/**
 * Reads an article or Digest JSON from bytes already in memory (standard input, a test).
 * `name` is used in messages and for format detection by extension.
 */
export async function ingestBytes(bytes: Uint8Array, name: string, options: IngestOptions = {}): Promise<Ingested> {
  checkSize(bytes.byteLength, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES, name);
  return ingestText(decodeText(bytes, name), name, options);
}

/**
 * Parses text in the given or detected format. Throws INGEST_EMPTY, INGEST_UNSUPPORTED for a
 * feed (which makes several articles: use `ingest` or `ingestFeed`), or the errors of the
 * format's parser.
 */
export async function ingestText(content: string, name: string, options: Pick<IngestOptions, 'format'> = {}): Promise<Ingested> {
  const format = checkedFormat(content, name, options.format);
  if (format === 'feed') {
    throw new DigestError('INGEST_UNSUPPORTED', `${name} is a feed, which gives one article per item, not one article.`, {
      hint: 'Read feeds with ingest() or ingestFeed(), which return one Ingested per item.',
    });
  }
  return parseContent(content, name, format);
}

/** Bytes of any format, feeds included. */
async function ingestAll(bytes: Uint8Array, name: string, options: IngestOptions): Promise<Ingested[]> {
  checkSize(bytes.byteLength, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES, name);
  const content = decodeText(bytes, name);
  const format = checkedFormat(content, name, options.format);
  return format === 'feed' ? ingestFeed(content, name, options) : [await parseContent(content, name, format)];
}

function checkedFormat(content: string, name: string, format: InputFormat | undefined): InputFormat {
  if (content.trim() === '') {
    throw new DigestError('INGEST_EMPTY', `${name} is empty.`, { hint: 'Give a file that holds the article text.' });
  }
  return format ?? detectFormat(name, content);
}

async function readInputFile(path: string, name: string, maxBytes: number): Promise<Uint8Array> {
  const size = await stat(path).then(
    (stats) => (stats.isFile() ? stats.size : -1),
    (error: NodeJS.ErrnoException) => {
      throw new DigestError('INGEST_NOT_FOUND', `Cannot read ${name}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`, {
        hint: 'Check the path. An input is a .txt, .md, .html, .json or feed (.xml, .rss, .atom) file, an http(s) URL, or - for standard input.',
        cause: error,
      });
    },
  );
  if (size < 0) throw new DigestError('INGEST_READ_FAILED', `${name} is not a file.`, { hint: 'Give the path of an article file.' });
  checkSize(size, maxBytes, name);
  return readFile(path);
}

/**
 * Decodes UTF-8 strictly: binary files and undeclared encodings get a clear error, not mojibake.
 * A saved page or feed that declares another charset (`<meta charset>`, `<?xml encoding?>`) is
 * decoded with it.
 */
function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new DigestError('INGEST_NOT_TEXT', `${name} is a binary file, not text.`, {
      hint: 'Give the article as a .txt, .md, .html or .json file.',
    });
  }
  const declared = declaredCharset(bytes);
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) return decodeBody(bytes, declared);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new DigestError('INGEST_NOT_TEXT', `${name} is not valid UTF-8 text.`, {
      hint: 'Save the file as UTF-8 (most editors offer it under "Save as" or "Encoding").',
      cause: error,
    });
  }
}
