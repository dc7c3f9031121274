import { DigestError } from '../errors.js';

/** The default size cap of an input, file or fetched page: 10 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** How many of a feed's newest items make articles, unless told otherwise. */
export const DEFAULT_FEED_LIMIT = 10;

/** Throws INGEST_TOO_LARGE when `size` is over `maxBytes`; `name` is the file or URL. */
export function checkSize(size: number, maxBytes: number, name: string): void {
  if (size > maxBytes) {
    throw new DigestError('INGEST_TOO_LARGE', `${name} is ${formatMiB(size)}, more than the ${formatMiB(maxBytes)} limit.`, {
      hint: 'An article is rarely over a few hundred KB; raise the limit with --max-input-size if this one really is.',
    });
  }
}

/** "1.5 MiB", for messages about sizes. */
export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
