/**
 * Lazy access to wink-nlp. The English model takes about 0.2 s to load, so it is imported on
 * first use and shared by every later call; importing this module loads nothing.
 */
import type { WinkMethods } from 'wink-nlp';
import { DigestError } from '../errors.js';

/** What wink-nlp reports for one text, narrowed to the arrays the analyzer reads. */
export interface NlpDoc {
  /** Token texts, exactly as they appear in the input. */
  values: readonly string[];
  /** The whitespace wink-nlp saw before each token. */
  spaces: readonly string[];
  /** Universal part-of-speech tag of each token ("NOUN", "VERB", "SPACE", ...). */
  pos: readonly string[];
  /** Each sentence as [first token index, last token index], both inclusive. */
  sentences: readonly (readonly number[])[];
}

/** Reads one text with the loaded model. Throws a DigestError (ANALYZE_NLP_FAILED) if wink-nlp fails. */
export type NlpRead = (text: string) => NlpDoc;

let loading: Promise<NlpRead> | undefined;

/**
 * Loads wink-nlp and its English model once and returns a reader. Concurrent callers share one
 * load. Throws a DigestError (ANALYZE_MODEL_LOAD) when the packages cannot be imported; a later
 * call tries again.
 */
export function loadNlp(): Promise<NlpRead> {
  loading ??= importReader().catch((error: unknown) => {
    loading = undefined;
    throw new DigestError('ANALYZE_MODEL_LOAD', `Could not load wink-nlp or wink-eng-lite-web-model: ${describe(error)}`, {
      hint: 'Run `npm install` so that wink-nlp and wink-eng-lite-web-model are in node_modules.',
      cause: error,
    });
  });
  return loading;
}

async function importReader(): Promise<NlpRead> {
  const [{ default: winkNLP }, { default: model }] = await Promise.all([
    import('wink-nlp'),
    import('wink-eng-lite-web-model'),
  ]);
  // Only sentence boundaries and part-of-speech tags are used; skipping NER and negation
  // roughly halves the time per document.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  return (text) => readWith(nlp, text);
}

function readWith(nlp: WinkMethods, text: string): NlpDoc {
  try {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    return {
      values: tokens.out() as string[],
      spaces: tokens.out(nlp.its.precedingSpaces) as string[],
      pos: tokens.out(nlp.its.pos) as string[],
      sentences: doc.sentences().out(nlp.its.span) as unknown as number[][],
    };
  } catch (error) {
    throw new DigestError('ANALYZE_NLP_FAILED', `wink-nlp failed to read a text of ${text.length} characters: ${describe(error)}`, {
      hint: 'Check the article text for unusual content; report the article if the problem persists.',
      cause: error,
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
