import { withoutUndefined } from '../defined.js';
import { buildDigest, type BuildDigestOptions } from '../pipeline.js';
import type { Digest } from '../types.js';
import type { CliConfig } from './config.js';
import { readInputs } from './inputs.js';
import type { CliIo } from './io.js';
import type { DigestFlags } from './options.js';

/** Ingests and analyzes the inputs into one Digest, with settings from flags and config. */
export async function prepareDigest(inputs: string[], flags: DigestFlags, config: CliConfig, io: CliIo): Promise<Digest> {
  const ingested = await readInputs(inputs, io, flags);
  const options: BuildDigestOptions = {
    now: () => io.now(),
    ...withoutUndefined({
      title: config.title,
      sentences: flags.sentences ?? config.sentences,
      words: flags.words,
      locale: config.locale,
      unsubscribeUrl: config.unsubscribeUrl,
      brand: config.brand,
    }),
  };
  return buildDigest(ingested, options);
}
