import { describe, expect, it } from 'vitest';
import { redactSecrets, redactUrlPassword } from '../../src/send/redact.js';

const PASSWORD = 's3cr3t-Pa55word';
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('redactSecrets', () => {
  it('replaces the secret with ***', () => {
    expect(redactSecrets(`login failed for pass=${PASSWORD}.`, [PASSWORD])).toBe('login failed for pass=***.');
  });

  it.each([
    ['plain', PASSWORD],
    ['AUTH LOGIN (base64 of the password)', b64(PASSWORD)],
    ['AUTH PLAIN without authzid', b64(`\0digest\0${PASSWORD}`)],
    ['AUTH PLAIN with authzid', b64(`digest\0digest\0${PASSWORD}`)],
    ['AUTH PLAIN with a longer user', b64(`\0digest-sender@news.example.com\0${PASSWORD}`)],
  ])('removes the password in its %s form', (_form, leaked) => {
    const text = `535 reply echoing ${leaked} back`;
    const redacted = redactSecrets(text, [PASSWORD]);

    expect(redacted).not.toContain(leaked);
    expect(redacted).not.toContain(PASSWORD);
    expect(redacted).toContain('535 reply echoing');
  });

  it.each([
    ['percent-encoded by encodeURIComponent', 'p@ss/w:rd?#', encodeURIComponent('p@ss/w:rd?#')],
    ['percent-encoded in a URL', 'p@ss/w:rd?#', 'p%40ss%2Fw%3Ard%3F%23'],
    ['non-ASCII, base64', 'pässwörd-ünïcode', b64('\0user\0pässwörd-ünïcode')],
  ])('removes a password %s', (_form, password, leaked) => {
    expect(redactSecrets(`url smtp://user:${leaked}@host`, [password])).not.toContain(leaked);
  });

  it('leaves text without secrets, and with empty secrets, unchanged', () => {
    expect(redactSecrets('250 OK: message queued', [PASSWORD])).toBe('250 OK: message queued');
    expect(redactSecrets('250 OK: message queued', ['', ''])).toBe('250 OK: message queued');
  });
});

describe('redactUrlPassword', () => {
  it.each([
    ['smtp://digest:s3cr3t@mail.example.com:587', 'smtp://digest:***@mail.example.com:587'],
    ['smtps://digest:p@ss@mail.example.com', 'smtps://digest:***@mail.example.com'],
    ['smtp://digest:s3cr3t@mail.example.com:bad-port', 'smtp://digest:***@mail.example.com:bad-port'],
    ['smtp://digest@mail.example.com', 'smtp://digest@mail.example.com'],
    ['smtp://mail.example.com:25', 'smtp://mail.example.com:25'],
    ['not a url at all', 'not a url at all'],
  ])('%s -> %s', (url, expected) => {
    expect(redactUrlPassword(url)).toBe(expected);
  });
});
