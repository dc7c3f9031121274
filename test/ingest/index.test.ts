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
  ])('%s with %j is %s', (name, content, format) => {
    expect(detectFormat(name, content)).toBe(format);
  });

  it('says feeds are not read yet', () => {
    expect(() => detectFormat('-', '<?xml version="1.0"?><rss version="2.0"></rss>')).toThrow(/RSS or Atom feed/);
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
