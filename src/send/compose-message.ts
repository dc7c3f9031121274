import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { DigestError } from '../errors.js';
import type { Envelope, RenderedEmail } from '../types.js';
import { parseMailbox, toAsciiDomain } from './addresses.js';

/** Options for `composeMessage`. */
export interface ComposeOptions {
  /** Clock for the `Date` header when the envelope has no date; defaults to the system clock. */
  now?: () => Date;
}

/** A finished RFC 5322 message and the SMTP envelope to send it with. */
export interface ComposedMessage {
  /** The message exactly as transmitted after SMTP DATA: CRLF line endings, headers, MIME body. */
  raw: Buffer;
  /** The `Message-ID` header value, angle brackets included. */
  messageId: string;
  /** The `Date` header value. */
  date: Date;
  /** Bare envelope sender (`MAIL FROM`). */
  from: string;
  /** Bare envelope recipients (`RCPT TO`), in the order given. */
  to: string[];
}

/**
 * Builds the message every sender transmits, with nodemailer's MIME builder: a
 * multipart/alternative of the UTF-8 text and HTML parts, `From`, `To`, `Reply-To`, `Subject`,
 * `Date`, a generated `Message-ID` on the sender's domain, and the RFC 8058 unsubscribe headers
 * when `envelope.unsubscribeUrl` is set. Line breaks in the subject become spaces, so it cannot
 * add header lines. Throws a DigestError: `SEND_NO_RECIPIENTS` for an empty `to`,
 * `SEND_INVALID_ADDRESS` naming a bad address, `SEND_INVALID_UNSUBSCRIBE_URL`, or
 * `CONFIG_INVALID` for an invalid `envelope.date`.
 */
export async function composeMessage(
  email: RenderedEmail,
  envelope: Envelope,
  options: ComposeOptions = {},
): Promise<ComposedMessage> {
  const from = parseMailbox(envelope.from, 'From');
  if (envelope.to.length === 0) {
    throw new DigestError('SEND_NO_RECIPIENTS', 'The message has no recipients: the To list is empty.', {
      hint: 'Give at least one recipient address, for example --to editor@example.com.',
    });
  }
  const to = envelope.to.map((address) => parseMailbox(address, 'To'));
  const replyTo = envelope.replyTo === undefined ? undefined : parseMailbox(envelope.replyTo, 'Reply-To');
  const unsubscribe = envelope.unsubscribeUrl === undefined ? undefined : parseUnsubscribeUrl(envelope.unsubscribeUrl);
  const date = envelope.date ?? (options.now ?? (() => new Date()))();
  if (Number.isNaN(date.getTime())) {
    throw new DigestError('CONFIG_INVALID', 'The send date (envelope.date) is not a valid date.', {
      hint: 'Pass a valid Date, or leave envelope.date out to use the current time.',
    });
  }
  const messageId = `<${randomUUID()}@${toAsciiDomain(from.address)}>`;

  const node = new MailComposer({
    from,
    to,
    replyTo,
    subject: toHeaderText(email.subject),
    date,
    messageId,
    text: email.text,
    html: email.html,
    // CRLF everywhere: SMTP DATA would convert bare LFs anyway, and the outbox file must hold
    // the same bytes the server receives.
    newline: 'win',
    disableFileAccess: true,
    disableUrlAccess: true,
  }).compile();
  if (unsubscribe !== undefined) {
    // Prepared: the URL is already serialised by the URL parser (no spaces, no CR/LF, no "<>"),
    // so nodemailer must not encode it as a MIME word, which mail clients would not recognise.
    node.addHeader('List-Unsubscribe', { prepared: true, foldLines: true, value: `<${unsubscribe.href}>` });
    if (unsubscribe.protocol === 'https:') {
      node.addHeader('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click');
    }
  }
  // Built from in-memory strings with file and URL access disabled, so build() has no I/O that
  // could fail; an error here would be a bug, and is left to surface as one.
  const raw = await node.build();
  return { raw, messageId, date, from: from.address, to: to.map((mailbox) => mailbox.address) };
}

/**
 * A subject as a single header line: CR/LF runs (and the spaces around them) and tabs become
 * one space, other control characters are dropped. Never throws.
 */
export function toHeaderText(text: string): string {
  return text
    .replace(/[ \t]*[\r\n]+[ \t]*/g, ' ')
    .replace(/\t/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
}

function parseUnsubscribeUrl(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || !['https:', 'http:', 'mailto:'].includes(url.protocol)) {
    throw new DigestError('SEND_INVALID_UNSUBSCRIBE_URL', `The unsubscribe URL "${value}" is not an absolute https, http or mailto URL.`, {
      hint: 'Use a full URL such as https://example.com/unsubscribe?id=123 (https enables one-click unsubscribe).',
    });
  }
  return url;
}
