import { resolve } from 'node:path';
import { withoutUndefined } from '../defined.js';
import { DigestError } from '../errors.js';
import { ingest, type Ingested, type IngestOptions } from '../ingest/index.js';
import type { CliIo } from './io.js';
import type { DigestFlags } from './options.js';

/** The flags that say how inputs are read. */
export type InputFlags = Pick<DigestFlags, 'maxInputSize' | 'limit' | 'fetchItems' | 'timeout'>;

/**
 * Ingests each input: `-` is standard input, an http(s) URL is fetched, anything else is a
 * path relative to the working directory. A feed gives one article per item. Warnings (feed
 * items with only a teaser) go to standard error.
 */
export async function readInputs(inputs: string[], io: CliIo, flags: InputFlags = {}): Promise<Ingested[]> {
  if (inputs.filter((input) => input === '-').length > 1) {
    throw new DigestError('INGEST_READ_FAILED', 'Standard input (-) can be given only once.', {
      hint: 'Pass the other articles as files.',
    });
  }
  const options: IngestOptions = {
    fetch: globalThis.fetch,
    onWarning: (message) => io.stderr.write(`warning: ${message}\n`),
    ...withoutUndefined({ maxBytes: flags.maxInputSize, limit: flags.limit, fetchItems: flags.fetchItems, timeoutMs: flags.timeout }),
  };
  const results: Ingested[] = [];
  for (const input of inputs) {
    if (input === '-') results.push(...(await ingest({ name: 'standard input', bytes: await io.readStdin() }, options)));
    else if (/^https?:\/\//i.test(input)) results.push(...(await ingest(input, options)));
    else results.push(...(await ingest(resolve(io.cwd, input), { ...options, displayName: input })));
  }
  return results;
}
