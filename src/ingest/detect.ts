import { extname } from 'node:path';

/** The source formats ingest reads; a feed gives one article per item. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'feed';

const BY_EXTENSION: Record<string, InputFormat> = {
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
 * nothing (standard input, unknown extensions). A `.json` file is a feed when it is a JSON
 * Feed. Never throws.
 */
export function detectFormat(name: string, content: string): InputFormat {
  const format = BY_EXTENSION[extname(name).toLowerCase()] ?? sniffFormat(content);
  return format === 'json' && isJsonFeed(content) ? 'feed' : format;
}

/** True for a JSON Feed document, which names its version as a jsonfeed.org URL. */
export function isJsonFeed(content: string): boolean {
  return /^\s*\{/.test(content) && /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/.test(content);
}

/** True when the content is an RSS, RDF or Atom document. */
export function isXmlFeed(content: string): boolean {
  const head = content.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  const prolog = /^(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*/i.exec(head)?.[0] ?? '';
  return /^<(?:rss|feed|rdf:RDF)\b/i.test(head.slice(prolog.length));
}

function sniffFormat(content: string): InputFormat {
  const head = content.slice(0, 2048).trimStart();
  if (/^[{[]/.test(head)) return 'json';
  if (isXmlFeed(content)) return 'feed';
  if (/^(?:<!doctype html|<html\b|<head\b|<body\b|<article\b|<meta\b)/i.test(head) || /<\/p>\s*<p\b/i.test(head)) return 'html';
  if (/^---\r?\n[\s\S]*?\r?\n---/.test(head) || /^#{1,2} \S/m.test(head)) return 'markdown';
  return 'text';
}
