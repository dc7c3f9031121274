import { parseHTML } from 'linkedom';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { DigestError } from '../../src/errors.js';
import { composeMessage, toHeaderText } from '../../src/send/compose-message.js';
import { HTML, SEND_DATE, SUBJECT, TEXT, headerValue, makeEmail, makeEnvelope } from './email-fixture.js';

/** The header section of a raw message, as text. */
function headerSection(raw: Buffer): string {
  const text = raw.toString('utf8');
  return text.slice(0, text.indexOf('\r\n\r\n'));
}

async function rejection(promise: Promise<unknown>): Promise<DigestError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DigestError);
  return error as DigestError;
}

describe('composeMessage', () => {
  it('builds a multipart/alternative message whose text and HTML parts read back unchanged', async () => {
    const message = await composeMessage(makeEmail(), makeEnvelope());
    const mail = await simpleParser(message.raw);

    expect(headerSection(message.raw)).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(message.raw.toString('utf8')).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(message.raw.toString('utf8')).toMatch(/^Content-Type: text\/html; charset=utf-8$/m);
    expect(mail.html).toBe(HTML);
    expect(mail.text).toBe(TEXT);
    const { document } = parseHTML(mail.html === false || mail.html === undefined ? '' : mail.html);
    expect(document.querySelector('h1')?.textContent).toBe('₩1.5tn — Seoul');
    expect(document.querySelector('a')?.getAttribute('href')).toBe('https://example.com/story?id=1&from=digest');
  });

  it('writes From, To, Subject, Date, Message-ID and MIME-Version', async () => {
    const message = await composeMessage(makeEmail(), makeEnvelope({ to: ['editor@example.com', 'Ann Lee <ann@example.org>'] }));
    const mail = await simpleParser(message.raw);

    expect(mail.from?.value).toEqual([{ name: 'Digest Desk', address: 'digest@news.example.com' }]);
    const to = Array.isArray(mail.to) ? mail.to.flatMap((field) => field.value) : (mail.to?.value ?? []);
    expect(to.map((entry) => entry.address)).toEqual(['editor@example.com', 'ann@example.org']);
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.date?.toISOString()).toBe(SEND_DATE.toISOString());
    expect(mail.messageId).toBe(message.messageId);
    expect(headerValue(mail, 'MIME-Version')).toBe('1.0');
    expect(message.from).toBe('digest@news.example.com');
    expect(message.to).toEqual(['editor@example.com', 'ann@example.org']);
  });

  it('generates a fresh Message-ID on the domain of the From address', async () => {
    const first = await composeMessage(makeEmail(), makeEnvelope());
    const second = await composeMessage(makeEmail(), makeEnvelope());

    expect(first.messageId).toMatch(/^<[^@<>\s]+@news\.example\.com>$/);
    expect(second.messageId).not.toBe(first.messageId);
  });

  it('dates the message with the clock when the envelope has no date', async () => {
    const clock = new Date('2027-01-02T03:04:05Z');
    const message = await composeMessage(makeEmail(), { from: 'digest@news.example.com', to: ['editor@example.com'] }, { now: () => clock });

    expect(message.date.toISOString()).toBe(clock.toISOString());
    expect((await simpleParser(message.raw)).date?.toISOString()).toBe(clock.toISOString());
  });

  it('uses CRLF line endings only and keeps every line within the 998-character limit', async () => {
    const longLine = `<p>${'word '.repeat(600)}</p>`;
    const message = await composeMessage(makeEmail({ html: `${HTML}\n${longLine}`, text: 'one\ntwo\r\nthree' }), makeEnvelope());
    const raw = message.raw.toString('utf8');

    expect(raw).not.toMatch(/(?<!\r)\n/);
    expect(Math.max(...raw.split('\r\n').map((line) => line.length))).toBeLessThanOrEqual(998);
    expect((await simpleParser(message.raw)).html).toBe(`${HTML}\n${longLine}`);
  });

  it('turns line breaks in the subject into spaces so it cannot add headers', async () => {
    const message = await composeMessage(makeEmail({ subject: 'Hello\r\nBcc: attacker@evil.example\n\nbody' }), makeEnvelope());
    const mail = await simpleParser(message.raw);

    expect(mail.subject).toBe('Hello Bcc: attacker@evil.example body');
    expect(mail.headers.has('bcc')).toBe(false);
    expect(headerSection(message.raw)).not.toMatch(/^Bcc:/im);
  });

  it.each([
    ['Hello\r\n  world', 'Hello world'],
    ['a\tb', 'a b'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['  padded  ', 'padded'],
  ])('toHeaderText(%j) is %j', (input, expected) => {
    expect(toHeaderText(input)).toBe(expected);
  });

  it('adds a Reply-To header when the envelope has one', async () => {
    const message = await composeMessage(makeEmail(), makeEnvelope({ replyTo: 'Letters <letters@news.example.com>' }));
    const mail = await simpleParser(message.raw);

    expect(mail.replyTo?.value).toEqual([{ name: 'Letters', address: 'letters@news.example.com' }]);
  });

  it.each([
    ['https://news.example.com/unsubscribe?id=42&t=abc', '<https://news.example.com/unsubscribe?id=42&t=abc>', 'List-Unsubscribe=One-Click'],
    ['http://news.example.com/unsubscribe?id=42', '<http://news.example.com/unsubscribe?id=42>', undefined],
    ['mailto:unsubscribe@news.example.com?subject=stop', '<mailto:unsubscribe@news.example.com?subject=stop>', undefined],
  ])('with unsubscribe URL %s writes List-Unsubscribe %s and List-Unsubscribe-Post %s', async (url, listUnsubscribe, post) => {
    const message = await composeMessage(makeEmail(), makeEnvelope({ unsubscribeUrl: url }));
    const mail = await simpleParser(message.raw);

    expect(headerValue(mail, 'List-Unsubscribe')).toBe(listUnsubscribe);
    expect(headerValue(mail, 'List-Unsubscribe-Post')).toBe(post);
  });

  it('writes no List-Unsubscribe headers without an unsubscribe URL', async () => {
    const mail = await simpleParser((await composeMessage(makeEmail(), makeEnvelope())).raw);

    expect(headerValue(mail, 'List-Unsubscribe')).toBeUndefined();
    expect(headerValue(mail, 'List-Unsubscribe-Post')).toBeUndefined();
  });

  it.each(['unsubscribe', '/unsubscribe?id=1', 'javascript:alert(1)', 'ftp://news.example.com/x'])(
    'rejects the unsubscribe URL %j with SEND_INVALID_UNSUBSCRIBE_URL',
    async (url) => {
      const error = await rejection(composeMessage(makeEmail(), makeEnvelope({ unsubscribeUrl: url })));

      expect(error.code).toBe('SEND_INVALID_UNSUBSCRIBE_URL');
      expect(error.message).toContain(url);
    },
  );

  it('rejects an empty recipient list with SEND_NO_RECIPIENTS', async () => {
    const error = await rejection(composeMessage(makeEmail(), makeEnvelope({ to: [] })));

    expect(error.code).toBe('SEND_NO_RECIPIENTS');
  });

  it.each([
    ['From', { from: 'digest.example.com' }, 'digest.example.com'],
    ['To', { to: ['editor@example.com', 'not an address'] }, 'not an address'],
    ['To', { to: ['a@example.com, b@example.com'] }, 'a@example.com, b@example.com'],
    ['Reply-To', { replyTo: 'letters@' }, 'letters@'],
  ])('rejects a bad %s address with SEND_INVALID_ADDRESS naming it', async (role, overrides, bad) => {
    const error = await rejection(composeMessage(makeEmail(), makeEnvelope(overrides)));

    expect(error.code).toBe('SEND_INVALID_ADDRESS');
    expect(error.message).toContain(`The ${role} address "${bad}"`);
  });

  it('rejects an invalid envelope date with CONFIG_INVALID', async () => {
    const error = await rejection(composeMessage(makeEmail(), makeEnvelope({ date: new Date('not a date') })));

    expect(error.code).toBe('CONFIG_INVALID');
  });
});
