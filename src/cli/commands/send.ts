import { Command } from 'commander';
import { relative } from 'node:path';
import { DigestError } from '../../errors.js';
import { renderDigest } from '../../render/index.js';
import { createOutboxSender, createSmtpSender, parseSmtpUrl, redactUrlPassword } from '../../send/index.js';
import type { Envelope, Sender } from '../../types.js';
import { DEFAULT_OUTBOX_FROM, loadConfig, type CliConfig } from '../config.js';
import type { CliIo } from '../io.js';
import { addDigestOptions, type DigestFlags } from '../options.js';
import { prepareDigest } from '../prepare.js';
import { renderOptions, writeRenderedFiles } from './render.js';

interface SendFlags extends DigestFlags {
  output?: string;
  text?: string;
  to?: string[];
  from?: string;
  smtp?: string;
  outbox?: string;
}

/** `digest send <input…> --to a@b.c`: a test send, over SMTP when configured, else to the outbox. */
export function sendCommand(io: CliIo): Command {
  const command = new Command('send')
    .description('send the digest as a test email (to the outbox folder unless SMTP is configured)')
    .argument('<inputs...>', 'article files (.txt, .md, .html), feeds (.xml, .rss, .atom, JSON Feed), Digest JSON, http(s) URLs, or - for standard input')
    .option('--to <addresses>', 'recipients, comma-separated (default: testRecipients from the config)', collectAddresses)
    .option('--from <address>', 'sender address (default: DIGEST_FROM or "from" in the config)')
    .option('--smtp <url>', 'SMTP server as smtp://user:pass@host:587 or smtps://…:465 (default: DIGEST_SMTP_URL)')
    .option('--outbox <dir>', 'folder for .eml files when no SMTP server is configured (default out/outbox)')
    .option('-o, --output <file>', 'also write the HTML that is sent to this file')
    .option('--text <file>', 'also write the plain-text part to this file');
  addDigestOptions(command, { render: true });
  return command.action(async (inputs: string[], flags: SendFlags) => {
    const config = await loadConfig(flags, io.env, io.cwd);
    const to = flags.to ?? config.testRecipients;
    if (to.length === 0) {
      throw new DigestError('SEND_NO_RECIPIENTS', 'No recipient: say who gets the test email.', {
        hint: 'Pass --to you@example.com, or set "testRecipients" in digest.config.json or DIGEST_TO.',
      });
    }
    const digest = await prepareDigest(inputs, flags, config, io);
    const email = await renderDigest(digest, renderOptions(config.template, config.locale));
    for (const warning of email.warnings) io.stderr.write(`warning: ${warning}\n`);
    await writeRenderedFiles(email, flags, io);
    const envelope: Envelope = { from: senderAddress(config), to, date: io.now() };
    if (digest.unsubscribeUrl !== undefined) envelope.unsubscribeUrl = digest.unsubscribeUrl;
    const sender = createSender(config, io);
    try {
      const result = await sender.send(email, envelope);
      io.stdout.write(`Sent "${email.subject}" to ${result.accepted.join(', ')} via ${sender.name}\n`);
      if (result.rejected.length > 0) io.stdout.write(`  refused by the server: ${result.rejected.join(', ')}\n`);
      if (result.path !== undefined) {
        io.stdout.write(`  wrote ${relative(io.cwd, result.path) || result.path}\n`);
        io.stdout.write('  No SMTP server is configured, so nothing left this machine. To send for real, set\n');
        io.stdout.write('  DIGEST_SMTP_URL=smtp://user:password@smtp.example.com:587 or pass --smtp.\n');
      } else {
        io.stdout.write(`  Message-ID ${result.messageId}; server replied: ${result.response}\n`);
      }
    } finally {
      await sender.close();
    }
  });
}

/** SMTP sends need a real sender; the outbox can do with a placeholder. */
function senderAddress(config: CliConfig): string {
  if (config.from !== undefined) return config.from;
  if (config.smtpUrl === undefined) return DEFAULT_OUTBOX_FROM;
  throw new DigestError('CONFIG_INVALID', 'No sender address: an SMTP send needs a From address.', {
    hint: 'Pass --from "News <news@example.com>", or set DIGEST_FROM or "from" in digest.config.json.',
  });
}

function collectAddresses(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((address) => address.trim()).filter(Boolean)];
}

function createSender(config: CliConfig, io: CliIo): Sender {
  if (config.smtpUrl === undefined) return createOutboxSender({ dir: config.outbox, now: () => io.now() });
  const options = parseSmtpUrl(config.smtpUrl);
  if (options.password === undefined && config.smtpPassword !== undefined) options.password = config.smtpPassword;
  io.stderr.write(`Connecting to ${redactUrlPassword(config.smtpUrl)}\n`);
  return createSmtpSender(options);
}
