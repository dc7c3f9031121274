import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DigestError } from '../errors.js';
import { withoutUndefined } from '../defined.js';
import { brandSchema } from '../schemas.js';
import type { Brand } from '../types.js';

/** `digest.config.json`: settings that change rarely. Passwords never go here. */
export const configFileSchema = z.strictObject({
  from: z.string().min(3).optional(),
  testRecipients: z.array(z.email()).optional(),
  smtpUrl: z.string().optional(),
  outbox: z.string().optional(),
  template: z.string().optional(),
  locale: z.string().optional(),
  title: z.string().optional(),
  unsubscribeUrl: z.url({ protocol: /^(?:https?|mailto)$/ }).optional(),
  brand: brandSchema.optional(),
  sentences: z.int().positive().optional(),
});

export type ConfigFile = z.infer<typeof configFileSchema>;

/** Settings after merging flags, then DIGEST_* variables, then the config file. */
export interface CliConfig {
  /** Undefined when nothing set it: fine for the outbox, not for a real SMTP send. */
  from?: string;
  testRecipients: string[];
  smtpUrl?: string;
  /** Filled into the SMTP URL when it has none (DIGEST_SMTP_PASSWORD). */
  smtpPassword?: string;
  outbox: string;
  template?: string;
  locale?: string;
  title?: string;
  unsubscribeUrl?: string;
  brand?: Brand;
  sentences?: number;
}

export const CONFIG_FILE_NAME = 'digest.config.json';
/** The outbox's sender when none is set; example.com is reserved, so it reaches no one. */
export const DEFAULT_OUTBOX_FROM = 'Digest <digest@example.com>';
export const DEFAULT_OUTBOX = 'out/outbox';

/** The flags that can override configuration. */
export interface ConfigFlags {
  config?: string;
  from?: string;
  smtp?: string;
  outbox?: string;
  template?: string;
  locale?: string;
  title?: string;
  unsubscribeUrl?: string;
}

/**
 * Loads configuration: flags win over DIGEST_* environment variables, which win over
 * `digest.config.json` (from --config, DIGEST_CONFIG, or the working directory if present).
 * Throws CONFIG_INVALID for an unreadable or invalid file, or a password in it.
 */
export async function loadConfig(flags: ConfigFlags, env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<CliConfig> {
  const file = await readConfigFile(flags.config ?? env['DIGEST_CONFIG'], cwd);
  const pick = (flag: string | undefined, variable: string, fromFile: string | undefined): string | undefined =>
    flag ?? nonEmpty(env[variable]) ?? fromFile;
  return {
    testRecipients: nonEmpty(env['DIGEST_TO'])?.split(',').map((address) => address.trim()) ?? file.testRecipients ?? [],
    outbox: resolve(cwd, pick(flags.outbox, 'DIGEST_OUTBOX', file.outbox) ?? DEFAULT_OUTBOX),
    ...withoutUndefined({
      from: pick(flags.from, 'DIGEST_FROM', file.from),
      smtpUrl: pick(flags.smtp, 'DIGEST_SMTP_URL', file.smtpUrl),
      smtpPassword: nonEmpty(env['DIGEST_SMTP_PASSWORD']),
      template: pick(flags.template, 'DIGEST_TEMPLATE', file.template),
      locale: pick(flags.locale, 'DIGEST_LOCALE', file.locale),
      title: flags.title ?? file.title,
      unsubscribeUrl: pick(flags.unsubscribeUrl, 'DIGEST_UNSUBSCRIBE_URL', file.unsubscribeUrl),
      brand: file.brand === undefined ? undefined : (withoutUndefined(file.brand) as Brand),
      sentences: file.sentences,
    }),
  };
}

async function readConfigFile(path: string | undefined, cwd: string): Promise<ConfigFile> {
  const fullPath = resolve(cwd, path ?? CONFIG_FILE_NAME);
  let content: string;
  try {
    content = await readFile(fullPath, 'utf8');
  } catch (error) {
    if (path === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new DigestError('CONFIG_INVALID', `Cannot read the config file ${fullPath}: ${(error as Error).message}.`, {
      hint: 'Check the --config path or DIGEST_CONFIG.',
      cause: error,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new DigestError('CONFIG_INVALID', `${fullPath} is not valid JSON: ${(error as Error).message}`, {
      hint: 'Fix the JSON syntax of the config file.',
      cause: error,
    });
  }
  const result = configFileSchema.safeParse(data);
  if (!result.success) {
    throw new DigestError('CONFIG_INVALID', `${fullPath} is not a valid config file:\n${z.prettifyError(result.error)}`, {
      hint: 'See "Configuration" in the README for the keys a config file may have.',
    });
  }
  if (result.data.smtpUrl !== undefined && hasPassword(result.data.smtpUrl)) {
    throw new DigestError('CONFIG_INVALID', `${fullPath} has a password in smtpUrl; config files get committed and shared.`, {
      hint: 'Remove the password from smtpUrl and set DIGEST_SMTP_PASSWORD in the environment instead.',
    });
  }
  return result.data;
}

function hasPassword(url: string): boolean {
  try {
    return new URL(url).password !== '';
  } catch {
    return false;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
