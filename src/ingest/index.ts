import { readFile, stat } from 'node:fs/promises';
import { DigestError } from '../errors.js';
import type { Article } from '../types.js';
import { detectFormat, type InputFormat } from './detect.js';
import type { DigestFile } from './digest-json.js';
import { parsePlainText } from './plain-text.js';

export { detectFormat, type InputFormat } from './detect.js';
export type { DigestFile } from './digest-json.js';

/** What one input turned into: an article to analyze, or a whole hand-written digest. */
export type Ingested = { kind: 'article'; article: Article } | { kind: 'digest'; digest: DigestFile };

export interface IngestOptions {
  /** Overrides detection from the extension or content. */
  format?: InputFormat;
  /** Inputs larger than this are refused (default 10 MiB). */
  maxBytes?: number;
  /** How messages name a file, when not by its path (the path as the user typed it). */
  displayName?: string;
}

export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * Reads an article or Digest JSON from a file. Throws INGEST_NOT_FOUND, INGEST_TOO_LARGE,
 * INGEST_NOT_TEXT, or the errors of the format's parser.
 */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<Ingested> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const name = options.displayName ?? path;
  const size = await stat(path).then(
    (stats) => (stats.isFile() ? stats.size : -1),
    (error: NodeJS.ErrnoException) => {
      throw new DigestError('INGEST_NOT_FOUND', `Cannot read ${name}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`, {
        hint: 'Check the path. An input is a .txt, .md, .html or .json file, or - for standard input.',
        cause: error,
      });
    },
  );
  if (size < 0) throw new DigestError('INGEST_READ_FAILED', `${name} is not a file.`, { hint: 'Give the path of an article file.' });
  checkSize(size, maxBytes, name);
  return ingestBytes(await readFile(path), name, options);
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
 * Parses text in the given or detected format. Throws the errors of the format's parser.
 * The parsers of other formats are loaded only when needed: the DOM alone costs a quarter second.
 */
export async function ingestText(content: string, name: string, options: Pick<IngestOptions, 'format'> = {}): Promise<Ingested> {
  if (content.trim() === '') {
    throw new DigestError('INGEST_EMPTY', `${name} is empty.`, { hint: 'Give a file that holds the article text.' });
  }
  const format = options.format ?? detectFormat(name, content);
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

function checkSize(size: number, maxBytes: number, name: string): void {
  if (size > maxBytes) {
    throw new DigestError('INGEST_TOO_LARGE', `${name} is ${formatMiB(size)}, more than the ${formatMiB(maxBytes)} limit.`, {
      hint: 'An article is rarely over a few hundred KB; raise the limit with --max-input-size if this one really is.',
    });
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Decodes UTF-8 strictly: binary files and other encodings get a clear error, not mojibake. */
function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new DigestError('INGEST_NOT_TEXT', `${name} is a binary file, not text.`, {
      hint: 'Give the article as a .txt, .md, .html or .json file.',
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new DigestError('INGEST_NOT_TEXT', `${name} is not valid UTF-8 text.`, {
      hint: 'Save the file as UTF-8 (most editors offer it under "Save as" or "Encoding").',
      cause: error,
    });
  }
}
