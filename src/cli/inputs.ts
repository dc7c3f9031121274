import { resolve } from 'node:path';
import { DigestError } from '../errors.js';
import { DEFAULT_MAX_INPUT_BYTES, ingestBytes, ingestFile, type Ingested } from '../ingest/index.js';
import type { CliIo } from './io.js';

/**
 * Ingests each input: `-` is standard input, anything else a path relative to the working
 * directory. URLs are refused with a hint until fetching lands.
 */
export async function readInputs(inputs: string[], io: CliIo, maxBytes = DEFAULT_MAX_INPUT_BYTES): Promise<Ingested[]> {
  if (inputs.filter((input) => input === '-').length > 1) {
    throw new DigestError('INGEST_READ_FAILED', 'Standard input (-) can be given only once.', {
      hint: 'Pass the other articles as files.',
    });
  }
  const results: Ingested[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      throw new DigestError('INGEST_UNSUPPORTED', `Cannot fetch ${input}: reading articles from URLs is not supported yet.`, {
        hint: 'Save the page as an .html file (or paste its text into a .txt file) and give that path.',
      });
    }
    results.push(
      input === '-'
        ? await ingestBytes(await io.readStdin(), 'standard input', { maxBytes })
        : await ingestFile(resolve(io.cwd, input), { maxBytes, displayName: input }),
    );
  }
  return results;
}
