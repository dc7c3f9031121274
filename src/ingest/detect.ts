import { extname } from 'node:path';
import { DigestError } from '../errors.js';

/** The source formats ingest reads. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'json';

const BY_EXTENSION: Record<string, InputFormat | 'feed'> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/**
 * Picks the format from the file extension, or from the content when the extension says
 * nothing (standard input, unknown extensions). Throws INGEST_UNSUPPORTED for feeds.
 */
export function detectFormat(name: string, content: string): InputFormat {
  const format = BY_EXTENSION[extname(name).toLowerCase()] ?? sniffFormat(content);
  if (format === 'feed') {
    throw new DigestError('INGEST_UNSUPPORTED', `${name} looks like an RSS or Atom feed, which digest does not read yet.`, {
      hint: 'Save each article of the feed as .html or .txt and give those files instead.',
    });
  }
  return format;
}

function sniffFormat(content: string): InputFormat | 'feed' {
  const head = content.slice(0, 2048).trimStart();
  if (/^[{[]/.test(head)) return 'json';
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head) || /^<(?:rss|feed)\b/i.test(head)) return 'feed';
  if (/^(?:<!doctype html|<html\b|<head\b|<body\b|<article\b|<meta\b)/i.test(head) || /<\/p>\s*<p\b/i.test(head)) return 'html';
  if (/^---\r?\n[\s\S]*?\r?\n---/.test(head) || /^#{1,2} \S/m.test(head)) return 'markdown';
  return 'text';
}
