import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './machine.js';

/** Wall time of whole processes, each command run several times, interleaved so load hits all alike. */
export interface ColdStartResult {
  runs: number;
  nodeBaselineMs: number;
  analyzeMs: number;
  renderMs: number;
  analyzeRatioToNode: number;
  renderRatioToNode: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli/bin.js');
const example = join(root, 'examples/nk-hackers.txt');

function timeProcess(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.toString()}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Needs `npm run build` first: it times the built CLI, as users run it. */
export function benchColdStart(runs = 7): ColdStartResult {
  const output = join(mkdtempSync(join(tmpdir(), 'digest-bench-')), 'digest.html');
  const samples = { node: [] as number[], analyze: [] as number[], render: [] as number[] };
  for (let run = 0; run < runs; run += 1) {
    samples.node.push(timeProcess(['-e', '0']));
    samples.analyze.push(timeProcess([bin, 'analyze', example]));
    samples.render.push(timeProcess([bin, 'render', example, '-o', output]));
  }
  const nodeBaselineMs = median(samples.node);
  const analyzeMs = median(samples.analyze);
  const renderMs = median(samples.render);
  return { runs, nodeBaselineMs, analyzeMs, renderMs, analyzeRatioToNode: analyzeMs / nodeBaselineMs, renderRatioToNode: renderMs / nodeBaselineMs };
}
