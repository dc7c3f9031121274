import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, ingestBytes, ingestFile, ingestText } from '../../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'digest-ingest-'));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it.each([
    ['a.txt', 'anything', 'text'],
    ['a.md', 'anything', 'markdown'],
    ['a.HTML', 'anything', 'html'],
    ['a.json', 'anything', 'json'],
    ['-', '{"articles": []}', 'json'],
    ['-', '<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['-', '---\ntitle: x\n---\nBody', 'markdown'],
    ['-', '# Title\n\nBody text.', 'markdown'],
    ['-', 'Title\n\nBody text.', 'text'],
    ['article.unknown', 'Title\n\nBody text.', 'text'],
    ['news.xml', 'anything', 'feed'],
    ['-', '<?xml version="1.0"?><rss version="2.0"></rss>', 'feed'],
    ['-', '<?xml version="1.0"?>\n<?xml-stylesheet href="feed.xsl"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
    ['feed.json', '{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}', 'feed'],
    ['-', '{"title": "x", "version": "https://jsonfeed.org/version/1", "items": []}', 'feed'],
  ])('%s with %j is %s', (name, content, format) => {
    expect(detectFormat(name, content)).toBe(format);
  });
});

describe('ingest entry points', () => {
  it('reads a file by its extension', async () => {
    const path = join(dir, 'story.md');
    writeFileSync(path, '# A story\n\nThe council approved the budget on Monday.\n');
    const result = await ingestFile(path);
    expect(result.kind === 'article' && result.article.title).toBe('A story');
  });

  it('returns a digest for Digest JSON', async () => {
    const result = await ingestText('{"articles":[{"title":"x","paragraphs":["Body text."]}]}', '-');
    expect(result.kind).toBe('digest');
  });

  it('refuses a feed where one article is expected, pointing to ingest()', async () => {
    await expect(ingestText('<rss version="2.0"><channel></channel></rss>', 'news.rss')).rejects.toMatchObject({
      code: 'INGEST_UNSUPPORTED',
      hint: expect.stringContaining('ingest()'),
    });
  });

  it('reads a saved page in the charset it declares', async () => {
    // "café – 5 €" in windows-1252; a strict UTF-8 read would refuse these bytes.
    const body = [0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80];
    const page = [...encode('<html><head><meta charset="windows-1252"><title>Prices</title></head><body><article><p>The menu at the '), ...body, ...encode(' for a flat white, up from 4 euros last year, the owners said on Monday.</p></article></body></html>')];
    const result = await ingestBytes(new Uint8Array(page), 'saved.html');
    expect(result.kind === 'article' && result.article.paragraphs[0]).toBe('The menu at the café – 5 € for a flat white, up from 4 euros last year, the owners said on Monday.');
  });

  it.each([
    ['a missing file', () => ingestFile(join(dir, 'nope.txt')), 'INGEST_NOT_FOUND', /nope\.txt: no such file/],
    ['a folder', () => ingestFile(dir), 'INGEST_READ_FAILED', /is not a file/],
    ['an empty file', async () => ingestBytes(encode('  \n'), 'empty.txt'), 'INGEST_EMPTY', /empty\.txt is empty/],
    ['a binary file', async () => ingestBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'photo.txt'), 'INGEST_NOT_TEXT', /binary/],
    ['invalid UTF-8', async () => ingestBytes(new Uint8Array([0x54, 0x69, 0xe9, 0x74, 0x0a]), 'latin1.txt'), 'INGEST_NOT_TEXT', /UTF-8/],
    ['a file over the cap', async () => ingestBytes(encode('x'.repeat(2048)), 'big.txt', { maxBytes: 1024 }), 'INGEST_TOO_LARGE', /limit/],
  ])('refuses %s', async (_case, run, code, message) => {
    await expect(run()).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });
});
