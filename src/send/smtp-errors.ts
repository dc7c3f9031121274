import { DigestError, type ErrorCode } from '../errors.js';
import { redactSecrets } from './redact.js';

/** Where the failed send was going, and what must never appear in the error. */
export interface SmtpErrorContext {
  host: string;
  port: number;
  /** The password and anything derived from it; removed from every message, hint and cause. */
  secrets: readonly string[];
}

/** The fields of a nodemailer error this module reads; any of them may be missing. */
interface NodemailerErrorFields {
  message: string;
  code: string | undefined;
  originalCode: string | undefined;
  response: string | undefined;
  responseCode: number | undefined;
  command: string | undefined;
  timeoutType: string | undefined;
  rejectedErrors: NodemailerErrorFields[];
  recipient: string | undefined;
}

const CONNECTION_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed (temporary DNS failure)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
};

const TIMEOUT_REASONS: Record<string, string> = {
  CONNECT_TIMEOUT: 'the connection was not established in time',
  GREETING_TIMEOUT: 'the server sent no greeting',
  UPGRADE_TIMEOUT: 'the STARTTLS upgrade did not finish in time',
  SOCKET_TIMEOUT: 'the server stopped answering',
};

// OpenSSL and Node.js TLS error codes, which nodemailer reports as ESOCKET.
const TLS_CODE = /^(ERR_SSL_|ERR_TLS_|ERR_OSSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

const LOGIN_NEEDED_HINT =
  'Put the user and password in DIGEST_SMTP_URL (or --smtp): smtp://user:password@host:587, ' +
  'percent-encoding special characters (for example @ as %40).';

const CONNECTION_HINT =
  'Check the host and port in DIGEST_SMTP_URL (or --smtp), and that the server is running and reachable.';

/**
 * Turns whatever nodemailer threw into a DigestError with a SEND_SMTP_* code whose message
 * names the server and quotes its reply. The password never appears: every message, hint and
 * the `cause` (a sanitised copy of the original) are passed through `redactSecrets`, and the
 * raw SMTP command, which can hold the base64 AUTH string, is never copied. Never throws.
 */
export function toSmtpSendError(error: unknown, context: SmtpErrorContext): DigestError {
  const fields = readFields(error);
  const [code, message, hint] = classify(fields, `${formatHost(context.host)}:${context.port}`);
  const redact = (text: string): string => redactSecrets(text, context.secrets);
  return new DigestError(code, redact(message), { hint: redact(hint), cause: sanitizedCause(fields, redact) });
}

function classify(e: NodemailerErrorFields, server: string): [ErrorCode, string, string] {
  const reply = e.response ?? e.message;
  if (e.code === 'ETIMEDOUT') {
    const reason = TIMEOUT_REASONS[e.timeoutType ?? ''] ?? 'it did not answer in time';
    return [
      'SEND_SMTP_TIMEOUT',
      `The SMTP server at ${server} timed out: ${reason}.`,
      'Check the host and port (an implicit-TLS port such as 465 needs smtps://), or try again later.',
    ];
  }
  if (e.code === 'ETLS' || TLS_CODE.test(e.originalCode ?? '')) {
    return [
      'SEND_SMTP_TLS',
      `TLS with the SMTP server at ${server} failed: ${reply}`,
      'Use smtps:// for implicit TLS (port 465) and smtp:// for STARTTLS (port 587); check the server certificate. ' +
        'Only for a trusted local server, ?starttls=off skips TLS.',
    ];
  }
  if (e.code === 'EAUTH') {
    return ['SEND_SMTP_AUTH', `The SMTP server at ${server} refused the login: ${reply}`, authHint()];
  }
  if (e.responseCode === 530) {
    return ['SEND_SMTP_AUTH', `The SMTP server at ${server} requires a login: ${reply}`, LOGIN_NEEDED_HINT];
  }
  if (e.code === 'ENOAUTH') {
    return ['SEND_SMTP_AUTH', `The SMTP server at ${server} needs a login, but no user and password were given.`, LOGIN_NEEDED_HINT];
  }
  const connectionReason = CONNECTION_REASONS[e.originalCode ?? ''];
  if (connectionReason !== undefined || e.code === 'EDNS') {
    return [
      'SEND_SMTP_CONNECTION',
      `Could not connect to the SMTP server at ${server}: ${connectionReason ?? e.message}`,
      CONNECTION_HINT,
    ];
  }
  if (e.code === 'ECONNECTION' || e.code === 'ESOCKET') {
    return ['SEND_SMTP_CONNECTION', `The connection to the SMTP server at ${server} failed: ${e.message}`, CONNECTION_HINT];
  }
  const rejected = e.rejectedErrors;
  if (rejected.length > 0) {
    const list = rejected.map((r) => `${r.recipient ?? '?'} (${r.response ?? 'no reply'})`).join(', ');
    const allTemporary = rejected.every((r) => isTemporary(r.responseCode));
    return allTemporary
      ? ['SEND_SMTP_TEMPORARY', `The SMTP server at ${server} temporarily refused every recipient at RCPT TO: ${list}`, 'Try again later.']
      : ['SEND_SMTP_REJECTED', `The SMTP server at ${server} rejected every recipient at RCPT TO: ${list}`, rejectedHint()];
  }
  const stage = stageOf(e);
  const at = stage === undefined ? '' : ` at ${stage}`;
  if (isTemporary(e.responseCode)) {
    return ['SEND_SMTP_TEMPORARY', `The SMTP server at ${server} temporarily refused the message${at}: ${reply}`, 'Try again later.'];
  }
  if (e.responseCode !== undefined && e.responseCode >= 500 && e.responseCode < 600) {
    return ['SEND_SMTP_REJECTED', `The SMTP server at ${server} rejected the message${at}: ${reply}`, rejectedHint()];
  }
  return ['SEND_SMTP_FAILED', `Sending through the SMTP server at ${server} failed: ${e.message}`, CONNECTION_HINT];
}

function authHint(): string {
  return 'Check the user and password in DIGEST_SMTP_URL (or --smtp); percent-encode special characters (for example @ as %40).';
}

function rejectedHint(): string {
  return 'The server refused for good: check the sender and recipient addresses and the message, do not resend unchanged.';
}

function isTemporary(responseCode: number | undefined): boolean {
  return responseCode !== undefined && responseCode >= 400 && responseCode < 500;
}

/** The SMTP step that failed, from a fixed list: the command text itself is never quoted. */
function stageOf(e: NodemailerErrorFields): string | undefined {
  const command = (e.command ?? '').toUpperCase();
  if (command.startsWith('MAIL')) return 'MAIL FROM';
  if (command.startsWith('RCPT')) return 'RCPT TO';
  if (command.startsWith('DATA') || e.code === 'EMESSAGE') return 'DATA';
  return undefined;
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function sanitizedCause(e: NodemailerErrorFields, redact: (text: string) => string): Error {
  const cause = new Error(redact(e.message));
  const extra: Record<string, unknown> = {};
  if (e.code !== undefined) extra.code = e.code;
  if (e.originalCode !== undefined) extra.originalCode = e.originalCode;
  if (e.responseCode !== undefined) extra.responseCode = e.responseCode;
  if (e.response !== undefined) extra.response = redact(e.response);
  return Object.assign(cause, extra);
}

function readFields(error: unknown): NodemailerErrorFields {
  const record: Record<string, unknown> = typeof error === 'object' && error !== null ? { ...error } : {};
  // message is an own property of Error instances but not enumerable, so the spread misses it.
  const message = error instanceof Error ? error.message : String(error);
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  return {
    message,
    code: text(record.code),
    originalCode: text(record.originalCode),
    response: text(record.response),
    responseCode: typeof record.responseCode === 'number' ? record.responseCode : undefined,
    command: text(record.command),
    timeoutType: text(record.timeoutType),
    rejectedErrors: Array.isArray(record.rejectedErrors) ? record.rejectedErrors.map(readFields) : [],
    recipient: text(record.recipient),
  };
}
