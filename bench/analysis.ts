import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { analyze } from '../src/analyze/index.js';
import { parsePlainText } from '../src/ingest/plain-text.js';
import type { Article } from '../src/types.js';

/** Result of the warm analysis benchmark: ours against wink-nlp reading the same text alone. */
export interface AnalysisResult {
  words: number;
  msPer1000Words: number;
  winkOnlyMsPer1000Words: number;
  ratioToWinkOnly: number;
}

const TARGET_WORDS = 1000;

/** A 1,000-word article made of the bundled example's paragraphs and the ingest fixtures' bodies, cycled. */
function buildArticle(): Article {
  const sources = ['../examples/nk-hackers.txt', '../test/fixtures/ingest/guardian-style.txt', '../test/fixtures/ingest/agency-style.txt', '../test/fixtures/ingest/broadcaster-style.txt', '../test/fixtures/ingest/cable-style.txt', '../test/fixtures/ingest/wire-style.txt'];
  const paragraphs = sources.flatMap((path) => parsePlainText(readFileSync(new URL(path, import.meta.url), 'utf8'), path).paragraphs);
  const article = parsePlainText(readFileSync(new URL(sources[0] ?? '', import.meta.url), 'utf8'), 'example');
  const kept: string[] = [];
  let words = 0;
  for (let index = 0; words < TARGET_WORDS && paragraphs.length > 0; index += 1) {
    const paragraph = paragraphs[index % paragraphs.length] ?? '';
    kept.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return { ...article, paragraphs: kept };
}

/** Runs both tasks side by side with tinybench and reports medians per 1,000 words. */
export async function benchAnalysis(): Promise<AnalysisResult> {
  const article = buildArticle();
  const text = article.paragraphs.join('\n\n');
  const words = text.split(/\s+/).length;
  const { default: winkNlp } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNlp(model);
  await analyze(article); // loads the model before timing
  const bench = new Bench({ name: 'analysis', time: 2000, warmup: true, warmupTime: 300 });
  bench.add('digest analyze()', async () => void (await analyze(article)));
  bench.add('wink-nlp readDoc() alone', () => void nlp.readDoc(text).sentences().length());
  await bench.run();
  const medianOf = (index: number): number => {
    const result = bench.tasks[index]?.result;
    return result && 'latency' in result ? result.latency.p50 : NaN;
  };
  const scale = TARGET_WORDS / words;
  const ours = medianOf(0) * scale;
  const winkOnly = medianOf(1) * scale;
  return { words, msPer1000Words: ours, winkOnlyMsPer1000Words: winkOnly, ratioToWinkOnly: ours / winkOnly };
}
