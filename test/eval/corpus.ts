/**
 * The labelled corpus: `<slug>.txt` (an article as pasted from its page) beside `<slug>.json`
 * (its labels), and the real pipeline run over each article.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import type { AnalyzedArticle } from '../../src/types.js';
import { parseLabels, type ArticleLabels } from './labels.js';

/** Where the corpus lives. */
export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

/** One article of the corpus with its labels. */
export interface CorpusArticle {
  slug: string;
  textPath: string;
  /** The file as written: what the user pasted. */
  source: string;
  labels: ArticleLabels;
}

/**
 * Reads every article and its labels, in slug order. Throws when an article has no label file
 * (or the reverse), or a label file is invalid.
 */
export async function readCorpus(dir: string = CORPUS_DIR): Promise<CorpusArticle[]> {
  const names = await readdir(dir);
  const slugs = (extension: string): string[] =>
    names.filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length)).sort();
  const texts = slugs('.txt');
  const labelled = slugs('.json');
  const unpaired = [...texts.filter((slug) => !labelled.includes(slug)), ...labelled.filter((slug) => !texts.includes(slug))];
  if (unpaired.length > 0) throw new Error(`Articles without labels, or labels without an article: ${unpaired.join(', ')}`);
  return Promise.all(
    texts.map(async (slug) => {
      const textPath = join(dir, `${slug}.txt`);
      const labelsPath = join(dir, `${slug}.json`);
      const [source, labels] = await Promise.all([readFile(textPath, 'utf8'), readFile(labelsPath, 'utf8')]);
      return { slug, textPath, source, labels: parseLabels(labels, labelsPath) };
    }),
  );
}

/**
 * Runs the pipeline a user runs on a pasted article: `ingestFile`, then `analyze`. Throws the
 * pipeline's DigestError, or an Error when the file is not a single article.
 */
export async function analyzeArticleFile(path: string): Promise<AnalyzedArticle> {
  const input = await ingestFile(path);
  if (input.kind !== 'article') throw new Error(`${path} was read as a Digest JSON, not an article`);
  return { ...input.article, ...(await analyze(input.article)) };
}
