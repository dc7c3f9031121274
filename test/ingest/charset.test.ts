import { describe, expect, it } from 'vitest';
import { charsetOf, decodeBody } from '../../src/ingest/charset.js';

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const bytes = (...parts: Array<string | number[]>): Uint8Array => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));

// "café – 5 €" in windows-1252: é = E9, en dash = 96, euro = 80.
const cafe1252 = [0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80];
// "日本" in Shift_JIS and "한국" in EUC-KR.
const nihonSjis = [0x93, 0xfa, 0x96, 0x7b];
const hangukEucKr = [0xc7, 0xd1, 0xb1, 0xb9];

describe('decodeBody', () => {
  it.each([
    ['the Content-Type charset', bytes('<p>', cafe1252, '</p>'), 'windows-1252', '<p>café – 5 €</p>'],
    ['iso-8859-1, read as browsers do (windows-1252)', bytes('<p>', cafe1252, '</p>'), 'iso-8859-1', '<p>café – 5 €</p>'],
    ['<meta charset>', bytes('<meta charset="windows-1252"><p>', cafe1252), undefined, '<meta charset="windows-1252"><p>café – 5 €'],
    ['<meta http-equiv>', bytes('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis"><p>', nihonSjis), undefined, '日本'],
    ['an XML declaration', bytes('<?xml version="1.0" encoding="EUC-KR"?><rss><title>', hangukEucKr), undefined, '한국'],
    ['UTF-8 when nothing is declared', new TextEncoder().encode('<p>café – 5 €</p>'), undefined, 'café – 5 €'],
    ['a byte order mark over the header', bytes([0xef, 0xbb, 0xbf], '<p>caf', [0xc3, 0xa9]), 'windows-1252', '<p>café'],
    ['UTF-8 for an unknown label', new TextEncoder().encode('café'), 'x-no-such-charset', 'café'],
  ])('decodes with %s', (_case, body, header, expected) => {
    expect(decodeBody(body, header)).toContain(expected);
  });

  it('lets the header win over the page’s own declaration', () => {
    const body = bytes('<meta charset="shift_jis"><p>', cafe1252);
    expect(decodeBody(body, 'windows-1252')).toContain('café – 5 €');
  });
});

describe('charsetOf', () => {
  it.each([
    ['text/html; charset=ISO-8859-1', 'iso-8859-1'],
    ['text/html;charset="utf-8"', 'utf-8'],
    ['text/html', undefined],
    [null, undefined],
  ])('%s gives %s', (header, charset) => {
    expect(charsetOf(header)).toBe(charset);
  });
});
