import { InvalidArgumentError, type Command } from 'commander';

/** Parses a positive whole number option, or fails as a usage error (exit 2). */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return number;
}

/** Parses "10MB", "512KB" or a number of bytes. */
export function byteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i.exec(value.trim());
  if (match === null) throw new InvalidArgumentError('expected a size such as 20MB.');
  const scale: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
  return Math.round(Number(match[1]) * (scale[(match[2] ?? 'b').toLowerCase()] ?? 1));
}

/** Parses a duration in seconds ("15", "2.5s") or milliseconds ("500ms") into milliseconds. */
export function duration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(value.trim());
  const ms = match === null ? Number.NaN : Number(match[1]) * (match[2]?.toLowerCase() === 'ms' ? 1 : 1000);
  if (!(ms >= 1)) throw new InvalidArgumentError('expected a duration such as 15 (seconds), 2.5s or 500ms.');
  return Math.round(ms);
}

/** Options of every command that builds a digest from inputs. */
export interface DigestFlags {
  config?: string;
  title?: string;
  sentences?: number;
  words?: number;
  locale?: string;
  template?: string;
  unsubscribeUrl?: string;
  maxInputSize?: number;
  /** Feeds: how many of the newest items to take. */
  limit?: number;
  /** Feeds: fetch the page of items that carry only a teaser. */
  fetchItems?: boolean;
  /** URLs: give up after this many milliseconds. */
  timeout?: number;
}

/** Adds the options every digest-building command shares. */
export function addDigestOptions(command: Command, { render }: { render: boolean }): Command {
  command
    .option('--sentences <n>', 'summary length in sentences (default 3)', positiveInteger)
    .option('--words <n>', 'summary length limit in words', positiveInteger)
    .option('--max-input-size <size>', 'refuse inputs larger than this (default 10MB)', byteSize)
    .option('--limit <n>', 'take the newest n items of each feed (default 10)', positiveInteger)
    .option('--fetch-items', 'fetch the page of feed items that carry only a teaser')
    .option('--timeout <seconds>', 'give up on a URL after this long (default 15)', duration)
    .option('--config <file>', 'config file (default ./digest.config.json when present)');
  if (render) {
    command
      .option('--template <name|dir>', 'template name or folder (default "digest")')
      .option('--title <text>', 'digest title shown in the header and subject')
      .option('--locale <tag>', 'locale for numbers, dates and currency (default en)')
      .option('--unsubscribe-url <url>', 'unsubscribe link for the footer and List-Unsubscribe');
  }
  return command;
}
