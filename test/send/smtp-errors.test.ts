import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestError, type ErrorCode } from '../../src/errors.js';
import { toSmtpSendError } from '../../src/send/smtp-errors.js';
import { createSmtpSender } from '../../src/send/smtp-sender.js';
import type { SmtpOptions } from '../../src/send/smtp-url.js';
import { findClosedPort, smtpReply, startSilentServer, startSmtpServer, type TestSmtpServerOptions } from '../helpers/smtp-server.js';
import { makeEmail, makeEnvelope } from './email-fixture.js';

const USER = 'digest';
const PASSWORD = 's3cr3t-Pa55word';
const b64 = (text: string): string => Buffer.from(text).toString('base64');
const SECRET_FORMS = [PASSWORD, b64(PASSWORD), b64(`\0${USER}\0${PASSWORD}`), b64(`${USER}\0${USER}\0${PASSWORD}`)];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Options for a loopback server without a login, as parseSmtpUrl would give them. */
function anonymous(port: number): SmtpOptions {
  return { host: '127.0.0.1', port, secure: false, starttls: 'opportunistic', verifyCertificate: false };
}

/** The same with the test login. */
function loopback(port: number, extra: Partial<SmtpOptions> = {}): SmtpOptions {
  return { ...anonymous(port), user: USER, password: PASSWORD, ...extra };
}

async function serve(options: TestSmtpServerOptions): Promise<number> {
  const server = await startSmtpServer(options);
  cleanups.push(() => server.close());
  return server.port;
}

/** Sends the fixture and returns the DigestError it fails with. */
async function failure(options: SmtpOptions, to = ['editor@example.com']): Promise<DigestError> {
  const sender = createSmtpSender(options);
  cleanups.push(() => sender.close());
  const error: unknown = await sender.send(makeEmail(), makeEnvelope({ to })).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DigestError);
  return error as DigestError;
}

function expectNoSecrets(error: DigestError): void {
  const everything = [error.message, error.hint ?? '', inspect(error, { depth: 10 }), JSON.stringify(error)].join('\n');
  for (const form of SECRET_FORMS) expect(everything).not.toContain(form);
}

describe('SMTP failures from a real server', () => {
  it('reports a refused connection as SEND_SMTP_CONNECTION with host and port', async () => {
    const port = await findClosedPort();
    const error = await failure(loopback(port));

    expect(error.code).toBe('SEND_SMTP_CONNECTION');
    expect(error.message).toBe(`Could not connect to the SMTP server at 127.0.0.1:${port}: connection refused`);
    expect(error.hint).toContain('DIGEST_SMTP_URL');
    expectNoSecrets(error);
  });

  it('reports a wrong password as SEND_SMTP_AUTH with the server reply', async () => {
    const port = await serve({ auth: { user: USER, password: 'the-right-one' } });
    const error = await failure(loopback(port));

    expect(error.code).toBe('SEND_SMTP_AUTH');
    expect(error.message).toContain('535 5.7.8 Authentication failed');
    expect(error.hint).toMatch(/user and password/);
    expectNoSecrets(error);
  });

  it('keeps the password out even when the server echoes it and the AUTH PLAIN string back', async () => {
    const port = await serve({
      onAuth: (user, password) => smtpReply(535, `5.7.8 Bad login ${user}/${password} (${b64(`\0${user}\0${password}`)})`),
    });
    const error = await failure(loopback(port));

    expect(error.code).toBe('SEND_SMTP_AUTH');
    expect(error.message).toContain('535 5.7.8 Bad login digest/***');
    expectNoSecrets(error);
  });

  it('reports a server that requires a login it did not get as SEND_SMTP_AUTH', async () => {
    const port = await serve({ auth: { user: USER, password: PASSWORD } });
    const error = await failure(anonymous(port));

    expect(error.code).toBe('SEND_SMTP_AUTH');
    expect(error.message).toMatch(/requires a login: 530 /);
    expect(error.hint).toContain('smtp://user:password@host');
  });

  it.each<[string, TestSmtpServerOptions, ErrorCode, string[]]>([
    ['451 at RCPT TO', { onRcptTo: () => smtpReply(451, '4.3.0 Try again later') }, 'SEND_SMTP_TEMPORARY', ['RCPT TO', 'editor@example.com', '451 4.3.0 Try again later']],
    ['451 at DATA', { onData: () => smtpReply(451, '4.7.1 Greylisted') }, 'SEND_SMTP_TEMPORARY', ['at DATA', '451 4.7.1 Greylisted']],
    ['550 at RCPT TO', { onRcptTo: () => smtpReply(550, '5.1.1 No such user') }, 'SEND_SMTP_REJECTED', ['RCPT TO', 'editor@example.com', '550 5.1.1 No such user']],
    ['554 at DATA', { onData: () => smtpReply(554, '5.7.1 Message refused as spam') }, 'SEND_SMTP_REJECTED', ['at DATA', '554 5.7.1 Message refused as spam']],
    ['553 at MAIL FROM', { onMailFrom: () => smtpReply(553, '5.7.1 Sender not allowed') }, 'SEND_SMTP_REJECTED', ['at MAIL FROM', '553 5.7.1 Sender not allowed']],
    ['452 at MAIL FROM', { onMailFrom: () => smtpReply(452, '4.3.1 Out of storage') }, 'SEND_SMTP_TEMPORARY', ['at MAIL FROM', '452 4.3.1 Out of storage']],
  ])('reports %s as %s with the reply and the step', async (_case, hooks, code, fragments) => {
    const port = await serve({ ...hooks, auth: { user: USER, password: PASSWORD } });
    const error = await failure(loopback(port));

    expect(error.code).toBe(code);
    for (const fragment of fragments) expect(error.message).toContain(fragment);
    expect(error.message).toContain(`127.0.0.1:${port}`);
    if (code === 'SEND_SMTP_TEMPORARY') expect(error.hint).toBe('Try again later.');
    expectNoSecrets(error);
  });

  it('lists every recipient with its reply when all are refused', async () => {
    const port = await serve({
      onRcptTo: (address) => (address.startsWith('gone') ? smtpReply(550, '5.1.1 No such user') : smtpReply(451, '4.2.1 Mailbox busy')),
    });
    const error = await failure(anonymous(port), ['gone@example.com', 'busy@example.com']);

    expect(error.code).toBe('SEND_SMTP_REJECTED');
    expect(error.message).toContain('gone@example.com (550 5.1.1 No such user), busy@example.com (451 4.2.1 Mailbox busy)');
  });

  it.each<[string, () => Promise<SmtpOptions>]>([
    ['STARTTLS is required but not offered', async () => loopback(await serve({}), { starttls: 'required' })],
    ['the STARTTLS certificate does not verify', async () => loopback(await serve({ starttls: true }), { verifyCertificate: true })],
    ['smtps:// meets a plain-text server', async () => loopback(await serve({}), { secure: true })],
  ])('reports TLS trouble as SEND_SMTP_TLS when %s', async (_case, options) => {
    const error = await failure(await options());

    expect(error.code).toBe('SEND_SMTP_TLS');
    expect(error.message).toMatch(/^TLS with the SMTP server at 127\.0\.0\.1:\d+ failed: /);
    expectNoSecrets(error);
  });

  it('reports a server that never greets as SEND_SMTP_TIMEOUT', async () => {
    const silent = await startSilentServer();
    cleanups.push(() => silent.close());
    const error = await failure(loopback(silent.port, { greetingTimeoutMs: 200 }));

    expect(error.code).toBe('SEND_SMTP_TIMEOUT');
    expect(error.message).toBe(`The SMTP server at 127.0.0.1:${silent.port} timed out: the server sent no greeting.`);
    expectNoSecrets(error);
  });
});

describe('toSmtpSendError', () => {
  // Shapes nodemailer gives for failures a loopback test cannot produce without outside DNS.
  it.each<[string, Record<string, unknown>, ErrorCode, string]>([
    ['DNS failure', { code: 'EDNS', originalCode: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND mail.example.invalid' }, 'SEND_SMTP_CONNECTION', 'Could not connect to the SMTP server at mail.example.invalid:587: host name not found'],
    ['unknown failure', { code: 'EPROTOCOL', message: 'Invalid greeting' }, 'SEND_SMTP_FAILED', 'Sending through the SMTP server at mail.example.invalid:587 failed: Invalid greeting'],
  ])('maps a %s', (_case, fields, code, message) => {
    const error = toSmtpSendError(Object.assign(new Error(String(fields.message)), fields), { host: 'mail.example.invalid', port: 587, secrets: [] });

    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('never copies the SMTP command, which can carry the AUTH string', () => {
    const command = `AUTH PLAIN ${b64(`\0${USER}\0${PASSWORD}`)}`;
    const raw = Object.assign(new Error('Invalid login: 535 nope'), { code: 'EAUTH', command, response: '535 nope', responseCode: 535 });
    const error = toSmtpSendError(raw, { host: 'h.example', port: 25, secrets: [] });

    expect(inspect(error, { depth: 10 })).not.toContain(b64(`\0${USER}\0${PASSWORD}`));
  });
});
