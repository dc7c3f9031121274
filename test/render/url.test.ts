import { describe, expect, it } from 'vitest';
import { escapeAttribute, toLinkUrl } from '../../src/render/url.js';

describe('toLinkUrl', () => {
  it.each([
    ['https://example.com/nk?a=1&b=2', 'https://example.com/nk?a=1&b=2'],
    ['http://example.com/x', 'http://example.com/x'],
    ['mailto:editor@example.com', 'mailto:editor@example.com'],
    ['  https://example.com/a b  ', 'https://example.com/a%20b'],
  ])('keeps %j as a link', (raw, expected) => {
    expect(toLinkUrl(raw)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', '/relative/path', 'ftp://example.com/f', 'not a url', '', undefined, null])(
    'refuses %j',
    (raw) => {
      expect(toLinkUrl(raw)).toBeNull();
    },
  );
});

describe('escapeAttribute', () => {
  it('escapes what would end or break a double-quoted attribute, and leaves = alone', () => {
    expect(escapeAttribute(`?a=1&b="2"<'x'>`)).toBe('?a=1&amp;b=&quot;2&quot;&lt;&#39;x&#39;&gt;');
  });
});
