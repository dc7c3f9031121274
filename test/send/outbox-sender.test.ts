import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestError } from '../../src/errors.js';
import { createOutboxSender } from '../../src/send/outbox-sender.js';
import { HTML, SEND_DATE, SUBJECT, TEXT, headerValue, makeEmail, makeEnvelope } from './email-fixture.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'digest-outbox-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('createOutboxSender', () => {
  it('writes an .eml file that parses to the same HTML, text and headers', async () => {
    const dir = join(root, 'outbox');
    const sender = createOutboxSender({ dir });
    const result = await sender.send(makeEmail(), makeEnvelope({ unsubscribeUrl: 'https://news.example.com/u?id=7' }));

    expect(sender.name).toBe('outbox');
    expect(result.path).toBe(join(dir, '2026-11-23T19-45-00Z-1-5tn-seoul-counts-the-cost-of-north-korean-hackers.eml'));
    const mail = await simpleParser(await readFile(result.path ?? ''));
    expect(mail.html).toBe(HTML);
    expect(mail.text).toBe(TEXT);
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.from?.value).toEqual([{ name: 'Digest Desk', address: 'digest@news.example.com' }]);
    expect(mail.date?.toISOString()).toBe(SEND_DATE.toISOString());
    expect(mail.messageId).toBe(result.messageId);
    expect(headerValue(mail, 'MIME-Version')).toBe('1.0');
    expect(headerValue(mail, 'List-Unsubscribe')).toBe('<https://news.example.com/u?id=7>');
    expect(headerValue(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(result.accepted).toEqual(['editor@example.com']);
    expect(result.rejected).toEqual([]);
    expect(result.response).toContain(result.path);
  });

  it('gives two sends in the same second two files and leaves no temporary files', async () => {
    const sender = createOutboxSender({ dir: root });
    const first = await sender.send(makeEmail(), makeEnvelope());
    const second = await sender.send(makeEmail(), makeEnvelope());

    expect(second.path).not.toBe(first.path);
    expect((await readdir(root)).sort()).toEqual([
      '2026-11-23T19-45-00Z-1-5tn-seoul-counts-the-cost-of-north-korean-hackers-2.eml',
      '2026-11-23T19-45-00Z-1-5tn-seoul-counts-the-cost-of-north-korean-hackers.eml',
    ]);
    const ids = await Promise.all([first, second].map(async (r) => (await simpleParser(await readFile(r.path ?? ''))).messageId));
    expect(ids).toEqual([first.messageId, second.messageId]);
  });

  it('never overwrites a file that is already there', async () => {
    const taken = join(root, '2026-11-23T19-45-00Z-hello.eml');
    await writeFile(taken, 'not mine');
    const result = await createOutboxSender({ dir: root }).send(makeEmail({ subject: 'Hello' }), makeEnvelope());

    expect(result.path).toBe(join(root, '2026-11-23T19-45-00Z-hello-2.eml'));
    expect(await readFile(taken, 'utf8')).toBe('not mine');
  });

  it('names the file after the clock when the envelope has no date', async () => {
    const sender = createOutboxSender({ dir: root, now: () => new Date('2027-02-03T04:05:06Z') });
    const result = await sender.send(makeEmail({ subject: 'Hi' }), { from: 'digest@news.example.com', to: ['editor@example.com'] });

    expect(result.path).toBe(join(root, '2027-02-03T04-05-06Z-hi.eml'));
  });

  it('throws SEND_OUTBOX_WRITE naming the folder when it cannot be created', async () => {
    const file = join(root, 'a-file');
    await writeFile(file, '');
    const dir = join(file, 'outbox');
    const error: unknown = await createOutboxSender({ dir }).send(makeEmail(), makeEnvelope()).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DigestError);
    expect((error as DigestError).code).toBe('SEND_OUTBOX_WRITE');
    expect((error as DigestError).message).toContain(dir);
    expect(await readdir(root)).toEqual(['a-file']);
  });

  it('writes nothing when the message is invalid', async () => {
    const error: unknown = await createOutboxSender({ dir: root }).send(makeEmail(), makeEnvelope({ to: [] })).catch((caught: unknown) => caught);

    expect((error as DigestError).code).toBe('SEND_NO_RECIPIENTS');
    expect(await readdir(root)).toEqual([]);
  });
});
