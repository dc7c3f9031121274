import { describe, expect, it } from 'vitest';
import { DigestError } from '../../src/errors.js';
import { isLoopbackHost, parseSmtpUrl } from '../../src/send/smtp-url.js';

describe('parseSmtpUrl', () => {
  it.each([
    [
      'smtp://digest:s3cr3t@mail.example.com',
      { host: 'mail.example.com', port: 587, secure: false, starttls: 'required', verifyCertificate: true, user: 'digest', password: 's3cr3t' },
    ],
    [
      'smtps://digest:s3cr3t@mail.example.com',
      { host: 'mail.example.com', port: 465, secure: true, starttls: 'required', verifyCertificate: true, user: 'digest', password: 's3cr3t' },
    ],
    [
      'smtp://digest%40news.example.com:p%40ss%2Fw%3Ard%20x@mail.example.com:2525',
      { host: 'mail.example.com', port: 2525, secure: false, starttls: 'required', verifyCertificate: true, user: 'digest@news.example.com', password: 'p@ss/w:rd x' },
    ],
    ['smtp://mail.example.com:25?starttls=off', { host: 'mail.example.com', port: 25, secure: false, starttls: 'off', verifyCertificate: true }],
    ['smtp://mail.example.com/?starttls=opportunistic', { host: 'mail.example.com', port: 587, secure: false, starttls: 'opportunistic', verifyCertificate: true }],
    ['smtp://127.0.0.1:2525', { host: '127.0.0.1', port: 2525, secure: false, starttls: 'opportunistic', verifyCertificate: false }],
    ['smtp://localhost:1025', { host: 'localhost', port: 1025, secure: false, starttls: 'opportunistic', verifyCertificate: false }],
    ['smtp://[::1]:1025', { host: '::1', port: 1025, secure: false, starttls: 'opportunistic', verifyCertificate: false }],
    ['smtp://127.0.0.1:2525?starttls=required', { host: '127.0.0.1', port: 2525, secure: false, starttls: 'required', verifyCertificate: false }],
    ['SMTP://Mail.Example.com', { host: 'mail.example.com', port: 587, secure: false, starttls: 'required', verifyCertificate: true }],
  ])('%s', (url, expected) => {
    expect(parseSmtpUrl(url)).toEqual(expected);
  });

  it.each([
    ['smtp://digest:s3cr3t-Pa55word@', 'it is not a URL'],
    ['smtp:///?starttls=off', 'no host name'],
    ['http://digest:s3cr3t-Pa55word@mail.example.com', 'the scheme must be smtp:// or smtps://'],
    ['mail.example.com:587', 'the scheme must be smtp:// or smtps://'],
    ['smtp://digest:s3cr3t-Pa55word@mail.example.com:99999', 'it is not a URL'],
    ['smtp://digest:s3cr3t-Pa55word@mail.example.com:0', 'port 0'],
    ['smtp://digest:s3cr3t-Pa55word@mail.example.com/inbox', 'must not have a path'],
    ['smtp://digest:s3cr3t-Pa55word@mail.example.com?starttls=maybe', 'starttls must be one of required, opportunistic, off'],
    ['smtp://digest:s3cr3t-Pa55word@mail.example.com?tls=off', 'unknown parameter "tls"'],
    ['smtps://digest:s3cr3t-Pa55word@mail.example.com?starttls=off', 'starttls applies to smtp:// only'],
    ['smtp://digest@mail.example.com', 'a user name but no password'],
    ['smtp://:s3cr3t-Pa55word@mail.example.com', 'a password but no user name'],
    ['smtp://digest:s3cr3t-Pa55word%zz@mail.example.com', 'the password has a broken %-escape'],
    ['smtp://digest:s3cr3t-Pa55word#1@mail.example.com', 'it is not a URL'],
  ])('rejects %s with CONFIG_SMTP_URL (%s), password masked', (url, problem) => {
    let error: unknown;
    try {
      parseSmtpUrl(url);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DigestError);
    const digestError = error as DigestError;
    expect(digestError.code).toBe('CONFIG_SMTP_URL');
    expect(digestError.message).toContain(problem);
    expect(digestError.message).not.toContain('s3cr3t-Pa55word');
    expect(`${digestError.hint ?? ''}`).not.toContain('s3cr3t-Pa55word');
    if (url.includes(':s3cr3t')) expect(digestError.message).toContain(':***@');
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['[::1]', true],
    ['127.example.com', false],
    ['10.0.0.1', false],
    ['mail.example.com', false],
    ['localhost.example.com', false],
  ])('%s -> %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
