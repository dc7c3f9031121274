import { isIP } from 'node:net';
import { DigestError } from '../errors.js';
import { redactUrlPassword } from './redact.js';

/**
 * How a plain `smtp://` connection uses STARTTLS:
 * - `required`: upgrade to TLS before anything else is sent; fail when the server cannot.
 * - `opportunistic`: upgrade when the server offers STARTTLS (a failed upgrade is an error),
 *   otherwise stay in plain text.
 * - `off`: never upgrade; everything, the password included, travels in plain text.
 */
export type StartTlsMode = 'required' | 'opportunistic' | 'off';

/** How to reach and log in to an SMTP server. `parseSmtpUrl` builds one from a URL. */
export interface SmtpOptions {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (`smtps://`, usually port 465). */
  secure: boolean;
  /** STARTTLS policy for `secure: false`; ignored when `secure` is true. */
  starttls: StartTlsMode;
  /** Check the server certificate against trusted CAs and the host name. */
  verifyCertificate: boolean;
  user?: string;
  password?: string;
  /** How long to wait for the TCP (and implicit TLS) connection; default 10 s. */
  connectionTimeoutMs?: number;
  /** How long to wait for the server's 220 greeting once connected; default 10 s. */
  greetingTimeoutMs?: number;
  /** How long a connection may sit idle waiting for a reply; default 60 s. */
  socketTimeoutMs?: number;
  /** Reuse connections across sends (nodemailer's pool); `close()` ends them. */
  pool?: boolean;
}

const DEFAULT_PORTS = { 'smtp:': 587, 'smtps:': 465 } as const;
const START_TLS_MODES: readonly StartTlsMode[] = ['required', 'opportunistic', 'off'];

const URL_HINT =
  'Use smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (implicit TLS); ' +
  'percent-encode special characters in the user and password (for example @ as %40).';

/**
 * True for hosts that can only be this machine: `localhost`, 127.0.0.0/8 and `::1`.
 * Used to relax STARTTLS and certificate checks for local test and capture servers. Never throws.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/**
 * Parses `smtp://user:pass@host:port` (STARTTLS, default port 587) or `smtps://…` (implicit
 * TLS, default port 465) into SmtpOptions. User and password are percent-decoded.
 *
 * The TLS rule: `smtps://` always uses TLS. For `smtp://`, STARTTLS is `required` unless the
 * host is loopback (`localhost`, 127.x.x.x, `::1`), where it is `opportunistic`; `?starttls=
 * required|opportunistic|off` overrides either default. Certificates are verified except on
 * loopback hosts, where no certificate can name the host (a local capture server or an SSH
 * tunnel). Throws a DigestError `CONFIG_SMTP_URL`, showing the URL with its password as `***`,
 * when the URL does not have this shape.
 */
export function parseSmtpUrl(url: string): SmtpOptions {
  const fail = (problem: string): DigestError =>
    new DigestError('CONFIG_SMTP_URL', `Invalid SMTP URL "${redactUrlPassword(url)}": ${problem}.`, { hint: URL_HINT });

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fail('it is not a URL');
  }
  const protocol = parsed.protocol;
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw fail(`the scheme must be smtp:// or smtps://, not ${protocol}//`);
  }
  // Host names are case-insensitive; the URL parser lower-cases them only for special schemes.
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === '') throw fail('it has no host name');
  if (parsed.pathname !== '' && parsed.pathname !== '/') throw fail('it must not have a path');
  if (parsed.hash !== '') throw fail('it must not have a #fragment (percent-encode # in a password as %23)');
  const port = parsed.port === '' ? DEFAULT_PORTS[protocol] : Number(parsed.port);
  if (port === 0) throw fail('port 0 is not a port a server can listen on');

  const user = decodePart(parsed.username, 'user name', fail);
  const password = decodePart(parsed.password, 'password', fail);
  if (user === '' && password !== '') throw fail('it has a password but no user name');
  if (user !== '' && password === '') throw fail('it has a user name but no password');

  const secure = protocol === 'smtps:';
  const loopback = isLoopbackHost(host);
  let starttls: StartTlsMode = loopback ? 'opportunistic' : 'required';
  for (const [key, value] of parsed.searchParams) {
    if (key !== 'starttls') throw fail(`unknown parameter "${key}" (the only one is starttls)`);
    if (secure) throw fail('starttls applies to smtp:// only; smtps:// uses TLS from the start');
    const mode = START_TLS_MODES.find((candidate) => candidate === value);
    if (mode === undefined) throw fail(`starttls must be one of ${START_TLS_MODES.join(', ')}, not "${value}"`);
    starttls = mode;
  }

  const options: SmtpOptions = { host, port, secure, starttls, verifyCertificate: !loopback };
  if (user !== '') {
    options.user = user;
    options.password = password;
  }
  return options;
}

function decodePart(value: string, what: string, fail: (problem: string) => DigestError): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw fail(`the ${what} has a broken %-escape`);
  }
}
