import { Command } from 'commander';
import { withoutUndefined } from '../../defined.js';
import { analyzeArticles } from '../../pipeline.js';
import type { AnalyzedArticle } from '../../types.js';
import { readInputs } from '../inputs.js';
import type { CliIo } from '../io.js';
import { addDigestOptions, type DigestFlags } from '../options.js';
import { formatAnalysis } from '../format-analysis.js';

interface AnalyzeFlags extends DigestFlags {
  json?: boolean;
}

/** `digest analyze <input…>`: what ingest and analyze found, for a person or as JSON. */
export function analyzeCommand(io: CliIo): Command {
  const command = new Command('analyze')
    .description('show the summary, key figures and dropped lines found in each article')
    .argument('<inputs...>', 'article files (.txt, .md, .html), feeds (.xml, .rss, .atom, JSON Feed), Digest JSON, http(s) URLs, or - for standard input')
    .option('--json', 'print { "articles": [AnalyzedArticle…] } as JSON');
  addDigestOptions(command, { render: false });
  return command.action(async (inputs: string[], flags: AnalyzeFlags) => {
    const ingested = await readInputs(inputs, io, flags);
    const options = withoutUndefined({ sentences: flags.sentences, words: flags.words });
    const articles: AnalyzedArticle[] = await analyzeArticles(ingested, options);
    io.stdout.write(flags.json === true ? `${JSON.stringify({ articles }, null, 2)}\n` : formatAnalysis(articles));
  });
}
