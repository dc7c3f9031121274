import { describe, expect, it } from 'vitest';
import { formatOutboxBaseName, slugifySubject } from '../../src/send/outbox-file-name.js';

describe('slugifySubject', () => {
  it.each([
    ['₩1.5tn — Seoul counts the cost', '1-5tn-seoul-counts-the-cost'],
    ['Séoul: Crème brûlée!', 'seoul-creme-brulee'],
    ['../../etc/passwd', 'etc-passwd'],
    ['北朝鮮', 'message'],
    ['', 'message'],
    [`${'word '.repeat(30)}`, 'word-word-word-word-word-word-word-word-word-word-word-word'],
  ])('%j -> %j', (subject, expected) => {
    expect(slugifySubject(subject)).toBe(expected);
  });
});

describe('formatOutboxBaseName', () => {
  it('starts with the UTC time to the second, colons replaced', () => {
    expect(formatOutboxBaseName(new Date('2026-11-23T19:45:00.750Z'), 'Seoul digest')).toBe('2026-11-23T19-45-00Z-seoul-digest');
  });
});
