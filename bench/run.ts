/**
 * `npm run bench`: every figure is a median, every comparison taken side by side in this run.
 * Prints a table and writes bench/results.json with the machine, Node version and date.
 */
import { writeFileSync } from 'node:fs';
import { benchAnalysis } from './analysis.js';
import { benchColdStart } from './cold-start.js';
import { describeMachine } from './machine.js';

const machine = describeMachine();
const analysis = await benchAnalysis();
const coldStart = benchColdStart();
const fixed = (value: number, digits = 2): string => value.toFixed(digits);

console.log(`digest benchmarks: ${machine.cpu} × ${machine.cores}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}\n`);
console.table([
  { measure: `analysis, warm (ms per 1,000 words; ${analysis.words}-word article)`, digest: fixed(analysis.msPer1000Words), baseline: fixed(analysis.winkOnlyMsPer1000Words), 'baseline is': 'wink-nlp readDoc alone', ratio: fixed(analysis.ratioToWinkOnly) },
  { measure: 'cold `digest analyze` (ms, whole process)', digest: fixed(coldStart.analyzeMs, 0), baseline: fixed(coldStart.nodeBaselineMs, 0), 'baseline is': 'node -e 0', ratio: fixed(coldStart.analyzeRatioToNode) },
  { measure: 'cold `digest render` (ms, whole process)', digest: fixed(coldStart.renderMs, 0), baseline: fixed(coldStart.nodeBaselineMs, 0), 'baseline is': 'node -e 0', ratio: fixed(coldStart.renderRatioToNode) },
]);
writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify({ machine, analysis, coldStart }, null, 2)}\n`);
console.log('\nwritten to bench/results.json');
