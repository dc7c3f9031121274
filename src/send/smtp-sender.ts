import nodemailer from 'nodemailer';
import type { SMTPTransportOptions } from 'nodemailer';
import type { Envelope, RenderedEmail, Sender, SendResult } from '../types.js';
import { composeMessage, type ComposeOptions } from './compose-message.js';
import { redactSecrets } from './redact.js';
import { toSmtpSendError } from './smtp-errors.js';
import type { SmtpOptions } from './smtp-url.js';

/** SmtpOptions plus the clock used for the `Date` header. */
export interface SmtpSenderOptions extends SmtpOptions {
  /** Clock for the `Date` header when the envelope has no date; defaults to the system clock. */
  now?: () => Date;
}

const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;
const DEFAULT_GREETING_TIMEOUT_MS = 10_000;
const DEFAULT_SOCKET_TIMEOUT_MS = 60_000;

/**
 * A sender that delivers through an SMTP server with nodemailer, transmitting the bytes
 * composeMessage built. Nothing connects until the first `send`. When some recipients are
 * refused and others accepted, the message goes to the accepted ones and the refused ones
 * are listed in `SendResult.rejected`; `send` throws only when no recipient was accepted.
 * `send` throws the composeMessage errors, or a DigestError with a SEND_SMTP_* code quoting
 * the server's reply; the password never appears in an error or in the result.
 */
export function createSmtpSender(options: SmtpSenderOptions): Sender {
  const transport = options.pool === true
    ? nodemailer.createTransport({ ...toTransportOptions(options), pool: true })
    : nodemailer.createTransport(toTransportOptions(options));
  const secrets = secretsOf(options);
  const composeOptions: ComposeOptions = options.now === undefined ? {} : { now: options.now };
  return {
    name: 'smtp',
    async send(email: RenderedEmail, envelope: Envelope): Promise<SendResult> {
      const message = await composeMessage(email, envelope, composeOptions);
      let info: { accepted: unknown[]; rejected: unknown[]; response: string };
      try {
        info = await transport.sendMail({ envelope: { from: message.from, to: message.to }, raw: message.raw });
      } catch (error) {
        throw toSmtpSendError(error, { host: options.host, port: options.port, secrets });
      }
      return {
        messageId: message.messageId,
        accepted: info.accepted.map(addressOf),
        rejected: info.rejected.map(addressOf),
        response: redactSecrets(info.response, secrets),
      };
    },
    async close(): Promise<void> {
      transport.close();
    },
  };
}

function toTransportOptions(options: SmtpOptions): SMTPTransportOptions {
  const transport: SMTPTransportOptions = {
    host: options.host,
    port: options.port,
    secure: options.secure,
    requireTLS: !options.secure && options.starttls === 'required',
    ignoreTLS: !options.secure && options.starttls === 'off',
    tls: { rejectUnauthorized: options.verifyCertificate },
    connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    greetingTimeout: options.greetingTimeoutMs ?? DEFAULT_GREETING_TIMEOUT_MS,
    socketTimeout: options.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS,
    // The library never prints; nodemailer must not log either.
    logger: false,
    debug: false,
  };
  if (options.user !== undefined) {
    transport.auth = { user: options.user, pass: options.password ?? '' };
  }
  return transport;
}

/** The password and the AUTH PLAIN strings a server could echo back in a reply. */
function secretsOf(options: SmtpOptions): string[] {
  const password = options.password ?? '';
  if (password === '') return [];
  const user = options.user ?? '';
  const plain = (authzid: string): string => Buffer.from(`${authzid}\0${user}\0${password}`).toString('base64');
  return [password, plain(''), plain(user)];
}

function addressOf(entry: unknown): string {
  if (typeof entry === 'object' && entry !== null && 'address' in entry && typeof entry.address === 'string') {
    return entry.address;
  }
  return String(entry);
}
