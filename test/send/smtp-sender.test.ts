import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpSender, type SmtpSenderOptions } from '../../src/send/smtp-sender.js';
import { parseSmtpUrl } from '../../src/send/smtp-url.js';
import type { Sender } from '../../src/types.js';
import { smtpReply, startSmtpServer, type TestSmtpServer, type TestSmtpServerOptions } from '../helpers/smtp-server.js';
import { HTML, SEND_DATE, SUBJECT, TEXT, headerValue, makeEmail, makeEnvelope } from './email-fixture.js';

const PASSWORD = 's3cr3t-Pa55word';
const opened: { server: TestSmtpServer; sender: Sender }[] = [];

afterEach(async () => {
  for (const { server, sender } of opened.splice(0)) {
    await sender.close();
    await server.close();
  }
});

async function setUp(
  serverOptions: TestSmtpServerOptions = {},
  query = '',
  extra: Partial<SmtpSenderOptions> = {},
): Promise<{ server: TestSmtpServer; sender: Sender }> {
  const server = await startSmtpServer(serverOptions);
  const credentials = serverOptions.auth === undefined ? '' : `${serverOptions.auth.user}:${encodeURIComponent(serverOptions.auth.password)}@`;
  const scheme = serverOptions.secure === true ? 'smtps' : 'smtp';
  const sender = createSmtpSender({ ...parseSmtpUrl(`${scheme}://${credentials}127.0.0.1:${server.port}${query}`), ...extra });
  opened.push({ server, sender });
  return { server, sender };
}

describe('createSmtpSender', () => {
  it('delivers the HTML and text unchanged with the standard headers, as multipart/alternative', async () => {
    const { server, sender } = await setUp();
    const result = await sender.send(makeEmail(), makeEnvelope({ to: ['editor@example.com', 'Ann <ann@example.org>'] }));

    expect(sender.name).toBe('smtp');
    expect(server.received).toHaveLength(1);
    const [message] = server.received;
    const mail = message?.mail;
    // The text part travels with CRLF line breaks; mailparser turns them back into the LF
    // line breaks of the fixture, so both parts compare exactly.
    expect(mail?.html).toBe(HTML);
    expect(mail?.text).toBe(TEXT);
    const { document } = parseHTML(typeof mail?.html === 'string' ? mail.html : '');
    expect(document.querySelector('strong')?.textContent).toBe('$1.2\u00a0billion');
    expect(mail?.subject).toBe(SUBJECT);
    expect(mail?.from?.value).toEqual([{ name: 'Digest Desk', address: 'digest@news.example.com' }]);
    expect(mail?.date?.toISOString()).toBe(SEND_DATE.toISOString());
    expect(mail?.messageId).toBe(result.messageId);
    expect(headerValue(mail ?? { headerLines: [] }, 'MIME-Version')).toBe('1.0');
    expect(headerValue(mail ?? { headerLines: [] }, 'Content-Type')).toMatch(/^multipart\/alternative;/);
    expect(message?.envelope).toEqual({ from: 'digest@news.example.com', to: ['editor@example.com', 'ann@example.org'] });
    expect(result.accepted).toEqual(['editor@example.com', 'ann@example.org']);
    expect(result.rejected).toEqual([]);
    expect(result.response).toMatch(/^250 /);
  });

  it.each([
    ['an https URL', 'https://news.example.com/u?id=7', '<https://news.example.com/u?id=7>', 'List-Unsubscribe=One-Click'],
    ['a mailto URL', 'mailto:stop@news.example.com', '<mailto:stop@news.example.com>', undefined],
    ['no URL', undefined, undefined, undefined],
  ])('with %s sends List-Unsubscribe %s and List-Unsubscribe-Post %s', async (_case, url, listUnsubscribe, post) => {
    const { server, sender } = await setUp();
    await sender.send(makeEmail(), makeEnvelope(url === undefined ? {} : { unsubscribeUrl: url }));
    const mail = server.received[0]?.mail ?? { headerLines: [] };

    expect(headerValue(mail, 'List-Unsubscribe')).toBe(listUnsubscribe);
    expect(headerValue(mail, 'List-Unsubscribe-Post')).toBe(post);
  });

  it('logs in with the user and password from the URL', async () => {
    const { server, sender } = await setUp({ auth: { user: 'digest', password: PASSWORD } });
    const result = await sender.send(makeEmail(), makeEnvelope());

    expect(server.received[0]?.user).toBe('digest');
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });

  it('upgrades with STARTTLS on a loopback server that offers it (opportunistic by default)', async () => {
    const { server, sender } = await setUp({ starttls: true });
    await sender.send(makeEmail(), makeEnvelope());

    expect(server.received[0]?.secure).toBe(true);
  });

  it('stays in plain text with ?starttls=off even when STARTTLS is offered', async () => {
    const { server, sender } = await setUp({ starttls: true }, '?starttls=off');
    await sender.send(makeEmail(), makeEnvelope());

    expect(server.received[0]?.secure).toBe(false);
  });

  it('speaks implicit TLS for smtps://', async () => {
    const { server, sender } = await setUp({ secure: true, auth: { user: 'digest', password: PASSWORD } });
    await sender.send(makeEmail(), makeEnvelope());

    expect(server.received[0]?.secure).toBe(true);
    expect(server.received[0]?.user).toBe('digest');
  });

  it('delivers to the accepted recipients and lists the refused ones in rejected', async () => {
    const { server, sender } = await setUp({
      onRcptTo: (address) => (address === 'gone@example.com' ? smtpReply(550, '5.1.1 Mailbox unavailable') : undefined),
    });
    const result = await sender.send(makeEmail(), makeEnvelope({ to: ['editor@example.com', 'gone@example.com'] }));

    expect(result.accepted).toEqual(['editor@example.com']);
    expect(result.rejected).toEqual(['gone@example.com']);
    expect(server.received.map((message) => message.envelope.to)).toEqual([['editor@example.com']]);
  });

  it('sends several messages through one pooled sender', async () => {
    const { server, sender } = await setUp({}, '', { pool: true });
    await sender.send(makeEmail({ subject: 'First' }), makeEnvelope());
    await sender.send(makeEmail({ subject: 'Second' }), makeEnvelope());

    expect(server.received.map((message) => message.mail.subject)).toEqual(['First', 'Second']);
  });
});
