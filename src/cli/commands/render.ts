import { Command } from 'commander';
import { resolve } from 'node:path';
import { withoutUndefined } from '../../defined.js';
import { renderDigest } from '../../render/index.js';
import type { RenderedEmail } from '../../types.js';
import { writeFileAtomic } from '../atomic-write.js';
import { loadConfig } from '../config.js';
import type { CliIo } from '../io.js';
import { addDigestOptions, type DigestFlags } from '../options.js';
import { prepareDigest } from '../prepare.js';

interface RenderFlags extends DigestFlags {
  output?: string;
  text?: string;
  json?: boolean;
}

/** `digest render <input…>`: the email as HTML (and plain text), to files or standard output. */
export function renderCommand(io: CliIo): Command {
  const command = new Command('render')
    .description('render the digest email to HTML and plain text')
    .argument('<inputs...>', 'article files (.txt, .md, .html), feeds (.xml, .rss, .atom, JSON Feed), Digest JSON, http(s) URLs, or - for standard input')
    .option('-o, --output <file>', 'write the HTML here (default: standard output)')
    .option('--text <file>', 'write the plain-text part here')
    .option('--json', 'print { subject, preheader, html, text, warnings } as JSON');
  addDigestOptions(command, { render: true });
  return command.action(async (inputs: string[], flags: RenderFlags) => {
    const config = await loadConfig(flags, io.env, io.cwd);
    const digest = await prepareDigest(inputs, flags, config, io);
    const email = await renderDigest(digest, renderOptions(config.template, config.locale));
    await writeOutputs(email, flags, io);
  });
}

/** The render options the config sets, leaving out what it does not. */
export function renderOptions(template: string | undefined, locale: string | undefined): { template?: string; locale?: string } {
  return withoutUndefined({ template, locale });
}

/** Writes the HTML and text parts to the files named by -o and --text, each atomically. */
export async function writeRenderedFiles(email: RenderedEmail, flags: { output?: string; text?: string }, io: CliIo): Promise<void> {
  if (flags.output !== undefined) await writeFileAtomic(resolve(io.cwd, flags.output), email.html);
  if (flags.text !== undefined) await writeFileAtomic(resolve(io.cwd, flags.text), email.text);
}

async function writeOutputs(email: RenderedEmail, flags: RenderFlags, io: CliIo): Promise<void> {
  for (const warning of email.warnings) io.stderr.write(`warning: ${warning}\n`);
  await writeRenderedFiles(email, flags, io);
  if (flags.json === true) {
    io.stdout.write(`${JSON.stringify(email, null, 2)}\n`);
    return;
  }
  if (flags.output === undefined) {
    io.stdout.write(email.html);
    return;
  }
  io.stdout.write(`Rendered "${email.subject}"\n  HTML: ${flags.output} (${kilobytes(email.html)})\n`);
  if (flags.text !== undefined) io.stdout.write(`  Text: ${flags.text} (${kilobytes(email.text)})\n`);
}

function kilobytes(text: string): string {
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
}
