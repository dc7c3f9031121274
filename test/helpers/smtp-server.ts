/**
 * A real `smtp-server` on 127.0.0.1 for tests: accepts or rejects through hooks, and keeps
 * every accepted message as raw bytes and as parsed by mailparser. Also: a port nothing
 * listens on, and a TCP server that never greets (for timeouts).
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/** A reply a hook rejects with: smtp-server sends `<code> <message>`. */
export function smtpReply(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** What a hook returns: nothing to accept, an Error (see smtpReply) to reject. */
export type HookResult = Error | undefined;

export interface TestSmtpServerOptions {
  /** Require this login (PLAIN or LOGIN); a wrong one gets `535 5.7.8 Authentication failed`. */
  auth?: { user: string; password: string };
  /** Replaces the check of `auth`: decide a login yourself (e.g. reply with the password in it). */
  onAuth?: (user: string, password: string) => HookResult;
  /** Offer STARTTLS with smtp-server's built-in self-signed certificate. Default false. */
  starttls?: boolean;
  /** Implicit TLS from the first byte, with the built-in self-signed certificate. */
  secure?: boolean;
  onMailFrom?: (address: string) => HookResult;
  onRcptTo?: (address: string) => HookResult;
  /** Decides the reply to DATA after the whole message has been read. */
  onData?: (raw: Buffer) => HookResult;
}

export interface ReceivedMessage {
  envelope: { from: string; to: string[] };
  /** The message as received after DATA (dot-unstuffed). */
  raw: Buffer;
  mail: ParsedMail;
  /** The user that logged in, if any. */
  user: string | undefined;
  /** True when the session had been upgraded to TLS. */
  secure: boolean;
}

export interface TestSmtpServer {
  host: '127.0.0.1';
  port: number;
  /** Accepted messages, in order. */
  received: ReceivedMessage[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with a free port. Close it in afterEach/afterAll. */
export async function startSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMessage[] = [];
  const serverOptions: SMTPServerOptions = {
    secure: options.secure ?? false,
    disableReverseLookup: true,
    logger: false,
    authOptional: options.auth === undefined && options.onAuth === undefined,
    allowInsecureAuth: true,
    disabledCommands: options.starttls === true || options.secure === true ? [] : ['STARTTLS'],
    // Lingering client connections must not hold up close().
    closeTimeout: 100,
    onAuth(auth, _session, callback) {
      if (options.onAuth !== undefined) {
        const verdict = options.onAuth(auth.username ?? '', auth.password ?? '');
        callback(verdict ?? null, verdict === undefined ? { user: auth.username } : undefined);
        return;
      }
      const expected = options.auth;
      if (expected !== undefined && auth.username === expected.user && auth.password === expected.password) {
        callback(null, { user: auth.username });
        return;
      }
      callback(smtpReply(535, '5.7.8 Authentication failed'));
    },
    onMailFrom(address, _session, callback) {
      callback(options.onMailFrom?.(address.address));
    },
    onRcptTo(address, _session, callback) {
      callback(options.onRcptTo?.(address.address));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const verdict = options.onData?.(raw);
        if (verdict !== undefined) {
          callback(verdict);
          return;
        }
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        const user = typeof session.user === 'string' ? session.user : undefined;
        simpleParser(raw).then(
          (mail) => {
            received.push({ envelope: { from, to }, raw, mail, user, secure: session.secure });
            callback();
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    host: '127.0.0.1',
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 that nothing listens on: opened, noted, closed. */
export async function findClosedPort(): Promise<number> {
  const server = await listenTcp(createServer());
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A TCP server that accepts connections and never says anything, to trigger timeouts. */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = await listenTcp(createServer((socket) => sockets.add(socket)));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function listenTcp(server: Server): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
