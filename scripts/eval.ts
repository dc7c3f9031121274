/**
 * `npm run eval [-- --verbose] [slug…]`: runs the analyzer over the labelled corpus in
 * test/fixtures/articles and prints a table per article and the overall scores; `--verbose`
 * adds every miss (missed labels, false positives, leaks, wrong metadata) per article.
 */
import { evaluateCorpus } from '../test/eval/evaluate.js';
import { formatCauses, formatMisses, formatOverall, formatTable } from '../test/eval/report.js';

const USAGE = 'usage: tsx scripts/eval.ts [--verbose] [slug…]';

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const unknown = argv.filter((arg) => arg.startsWith('-') && !['--verbose', '-v'].includes(arg));
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (unknown.length > 0) {
    process.stderr.write(`unknown option ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const evaluated = await evaluateCorpus(argv.filter((arg) => !arg.startsWith('-')));
  const scores = evaluated.map(({ score }) => score);
  const out = [formatTable(scores), '', formatOverall(scores)];
  if (verbose) {
    const misses = scores.map(formatMisses).filter(Boolean);
    out.push('', 'misses by cause:', formatCauses(scores), '', 'misses:', '', misses.length === 0 ? '(none)' : misses.join('\n\n'));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
