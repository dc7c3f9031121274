import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createIo } from '../helpers/cli-io.js';
import { smtpReply, startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';

const example = new URL('../../examples/nk-hackers.txt', import.meta.url).pathname;
const PASSWORD = 'pa55-W0rd!';
const LOGIN = { user: 'editor', password: PASSWORD };
let server: TestSmtpServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const smtpUrl = (port: number, password = PASSWORD): string => `smtp://editor:${encodeURIComponent(password)}@127.0.0.1:${port}`;

describe('digest send over SMTP', () => {
  it('delivers exactly the HTML and text that render wrote, with the headers a mail client needs', async () => {
    server = await startSmtpServer({ auth: LOGIN });
    const cwd = mkdtempSync(join(tmpdir(), 'digest-send-'));
    const io = createIo({ cwd });
    const argv = ['send', example, '--to', 'a@example.com,b@example.com', '--from', 'News <news@example.com>', '--smtp', smtpUrl(server.port)];
    const code = await run([...argv, '--unsubscribe-url', 'https://example.com/unsub?u=1', '-o', 'sent.html', '--text', 'sent.txt'], io);
    expect(io.err()).not.toContain('error');
    expect(code).toBe(0);
    expect(server.received).toHaveLength(1);
    const [message] = server.received;
    const html = readFileSync(join(cwd, 'sent.html'), 'utf8');
    const text = readFileSync(join(cwd, 'sent.txt'), 'utf8');
    expect(message?.mail.html).toBe(html);
    expect(message?.mail.text).toBe(text);
    expect(message?.envelope).toEqual({ from: 'news@example.com', to: ['a@example.com', 'b@example.com'] });
    const headers = message?.raw.toString('utf8').split('\r\n\r\n')[0] ?? '';
    for (const name of ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'List-Unsubscribe', 'List-Unsubscribe-Post']) {
      expect(headers).toMatch(new RegExp(`^${name}: `, 'm'));
    }
    expect(headers).toMatch(/^Content-Type: multipart\/alternative/m);
    expect(message?.mail.subject).toContain('North Korean hackers have stolen $1.2 billion');
    expect(io.out()).toContain('via smtp');
  });

  it.each([
    ['a wrong password', { auth: { user: 'editor', password: 'other' } }, /535/],
    ['a 451 reply', { auth: LOGIN, onRcptTo: () => smtpReply(451, '4.7.1 Try again later') }, /451 4\.7\.1 Try again later/],
    ['a 550 reply', { auth: LOGIN, onData: () => smtpReply(550, '5.7.1 Message refused') }, /550 5\.7\.1 Message refused/],
  ])('reports %s with the server reply, exit code 1 and no password', async (_case, options, reply) => {
    server = await startSmtpServer(options);
    const io = createIo({ cwd: mkdtempSync(join(tmpdir(), 'digest-send-')) });
    const code = await run(['send', example, '--to', 'a@example.com', '--from', 'news@example.com', '--smtp', smtpUrl(server.port)], io);
    expect(io.err()).toMatch(reply);
    expect(code).toBe(1);
    expect(io.err()).toMatch(/^hint: /m);
    expect(io.out() + io.err()).not.toContain(PASSWORD);
    expect(io.out() + io.err()).not.toContain(encodeURIComponent(PASSWORD));
  });

  it('asks for a From address before connecting to a real server', async () => {
    server = await startSmtpServer({ auth: LOGIN });
    const io = createIo({ cwd: mkdtempSync(join(tmpdir(), 'digest-send-')) });
    expect(await run(['send', example, '--to', 'a@example.com', '--smtp', smtpUrl(server.port)], io)).toBe(1);
    expect(io.err()).toContain('--from');
    expect(server.received).toHaveLength(0);
  });
});
