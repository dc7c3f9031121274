import { randomUUID } from 'node:crypto';
import { link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DigestError } from '../errors.js';
import type { Envelope, RenderedEmail, Sender, SendResult } from '../types.js';
import { composeMessage, type ComposeOptions } from './compose-message.js';
import { formatOutboxBaseName } from './outbox-file-name.js';

/** Options for `createOutboxSender`. */
export interface OutboxSenderOptions {
  /** Folder the `.eml` files go to; created when missing. `SendResult.path` joins onto it as given. */
  dir: string;
  /** Clock for the `Date` header and the file name when the envelope has no date. */
  now?: () => Date;
}

// Enough for any burst within one second; past this something is wrong with the folder.
const MAX_NAME_ATTEMPTS = 1000;
// Errors that mean the file system has no hard links (FAT, some network shares).
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * A sender that writes each message as an `.eml` file (the exact bytes an SMTP send would
 * transmit) into `options.dir`, named `<UTC time>-<subject slug>.eml`, with `-2`, `-3`, … added
 * when the name is taken. A file appears complete or not at all: it is written under a
 * temporary name in the same folder, then moved into place without replacing any file.
 * `send` throws the composeMessage errors, or a DigestError `SEND_OUTBOX_WRITE` when the folder
 * or file cannot be written.
 */
export function createOutboxSender(options: OutboxSenderOptions): Sender {
  const composeOptions: ComposeOptions = options.now === undefined ? {} : { now: options.now };
  return {
    name: 'outbox',
    async send(email: RenderedEmail, envelope: Envelope): Promise<SendResult> {
      const message = await composeMessage(email, envelope, composeOptions);
      const path = await writeUniqueFile(options.dir, formatOutboxBaseName(message.date, email.subject), message.raw);
      return {
        messageId: message.messageId,
        accepted: message.to,
        rejected: [],
        response: `Written to ${path}`,
        path,
      };
    },
    async close(): Promise<void> {
      // Nothing is held open between sends.
    },
  };
}

async function writeUniqueFile(folder: string, baseName: string, data: Buffer): Promise<string> {
  const temp = join(folder, `.${baseName}.${randomUUID()}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeDurably(temp, data);
    return await moveToFreeName(temp, folder, baseName);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DigestError('SEND_OUTBOX_WRITE', `Could not write the message to the outbox folder ${folder}: ${reason}`, {
      hint: 'Check that the folder can be created and written to, and that the disk has space.',
      cause: error,
    });
  } finally {
    // After a successful link the temp name is a second name for the file. A failure to remove
    // it must not hide the outcome (the message is written, or the original error).
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

async function writeDurably(path: string, data: Buffer): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Gives the temporary file its final name; the temp file is left for the caller to remove. */
async function moveToFreeName(temp: string, folder: string, baseName: string): Promise<string> {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt += 1) {
    const target = join(folder, attempt === 1 ? `${baseName}.eml` : `${baseName}-${attempt}.eml`);
    try {
      // link() fails when the target exists, so two senders can never overwrite each other.
      await link(temp, target);
      return target;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') continue;
      if (code === undefined || !NO_HARD_LINKS.has(code)) throw error;
      // No hard links here: check, then rename. A race with another writer in the same
      // instant could overwrite, which is the best this file system allows.
      if (await exists(target)) continue;
      await rename(temp, target);
      return target;
    }
  }
  throw new Error(`more than ${MAX_NAME_ATTEMPTS} files are already named ${baseName}*.eml`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
