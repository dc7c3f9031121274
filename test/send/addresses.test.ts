import { describe, expect, it } from 'vitest';
import { DigestError } from '../../src/errors.js';
import { isValidAddress, parseMailbox, toAsciiDomain } from '../../src/send/addresses.js';

describe('isValidAddress', () => {
  it.each([
    'editor@example.com',
    'first.last+digest@news.example.co.uk',
    "o'brien@example.ie",
    'josé@exämple.de',
    'x@a-b.example',
  ])('accepts %s', (address) => {
    expect(isValidAddress(address)).toBe(true);
  });

  it.each([
    '',
    'editor',
    'editor@',
    '@example.com',
    'editor@localhost',
    'two@@example.com',
    'a..b@example.com',
    '.a@example.com',
    'a b@example.com',
    'editor@-example.com',
    'editor@example..com',
    'editor@example.com\r\nBcc: x@evil.example',
    `${'a'.repeat(65)}@example.com`,
  ])('rejects %j', (address) => {
    expect(isValidAddress(address)).toBe(false);
  });
});

describe('parseMailbox', () => {
  it.each([
    ['editor@example.com', { name: '', address: 'editor@example.com' }],
    ['Digest Desk <digest@news.example.com>', { name: 'Digest Desk', address: 'digest@news.example.com' }],
    ['"Lee, Ann" <ann@example.org>', { name: 'Lee, Ann', address: 'ann@example.org' }],
    ['  spaced@example.com  ', { name: '', address: 'spaced@example.com' }],
  ])('parses %j', (input, expected) => {
    expect(parseMailbox(input, 'To')).toEqual(expected);
  });

  it.each(['a@example.com, b@example.com', 'Team: a@example.com, b@example.com;', 'Name <not-an-address>', ''])(
    'throws SEND_INVALID_ADDRESS for %j, naming it',
    (input) => {
      let error: unknown;
      try {
        parseMailbox(input, 'From');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DigestError);
      expect((error as DigestError).code).toBe('SEND_INVALID_ADDRESS');
      expect((error as DigestError).message).toContain(`The From address "${input}"`);
    },
  );
});

describe('toAsciiDomain', () => {
  it('gives the punycode form of an international domain', () => {
    expect(toAsciiDomain('josé@exämple.de')).toBe('xn--exmple-cua.de');
  });
});
