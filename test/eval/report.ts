/**
 * The evaluation as text: a table with one row per article, the overall line, and (verbose)
 * the misses per article, which is what the engine's developers work from.
 */
import { ratios, sumCounts, type ArticleScore } from './score.js';

const COLUMNS = ['article', 'precision', 'recall', 'key recall', 'pairs', 'leaks', 'title', 'byline', 'date'];

function fraction(part: number, whole: number): string {
  return whole === 0 ? '-' : `${(part / whole).toFixed(2)} ${part}/${whole}`;
}

function mark(ok: boolean): string {
  return ok ? 'ok' : 'WRONG';
}

/** Leaks as "2 (1 in summary)", or "0". */
function leakCell(score: ArticleScore): string {
  const inSummary = score.leaks.filter((leak) => leak.where === 'summary').length;
  return inSummary === 0 ? String(score.leaks.length) : `${score.leaks.length} (${inSummary} in summary)`;
}

function row(score: ArticleScore): string[] {
  const { metadata } = score;
  return [
    score.slug,
    fraction(score.correct, score.predicted),
    fraction(score.found, score.labels),
    fraction(score.keyFound, score.keyLabels),
    fraction(score.pairsFound, score.pairs),
    leakCell(score),
    mark(metadata.title.ok),
    mark(metadata.byline.ok),
    mark(metadata.published.ok),
  ];
}

/** The per-article table, columns aligned. */
export function formatTable(scores: ArticleScore[]): string {
  const rows = [COLUMNS, ...scores.map(row)];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  return rows.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

/** The overall line: every ratio over the whole corpus, leaks and metadata counts. */
export function formatOverall(scores: ArticleScore[]): string {
  const total = sumCounts(scores);
  const { precision, recall, keyRecall, pairing } = ratios(total);
  const leaks = scores.flatMap((score) => score.leaks);
  const inSummary = leaks.filter((leak) => leak.where === 'summary').length;
  const right = (field: 'title' | 'byline' | 'published'): string => `${scores.filter((score) => score.metadata[field].ok).length}/${scores.length}`;
  return [
    `overall: precision ${precision.toFixed(3)} (${total.correct}/${total.predicted})`,
    `recall ${recall.toFixed(3)} (${total.found}/${total.labels})`,
    `key recall ${keyRecall.toFixed(3)} (${total.keyFound}/${total.keyLabels})`,
    `pairing ${pairing.toFixed(3)} (${total.pairsFound}/${total.pairs})`,
    `leaks ${leaks.length} (${inSummary} in summaries)`,
    `title ${right('title')}, byline ${right('byline')}, date ${right('published')}`,
  ].join(' | ');
}

/** The kind of cause, without its details: "misread as …" is "misread". */
function causeKind(cause: string): string {
  return cause.replace(/ as .*$|: .*$/, '').replace(/^misreads label.*$/, 'misreads a labelled figure');
}

/** How many misses of each kind and cause, most frequent first: where to start. */
export function formatCauses(scores: ArticleScore[]): string {
  const tally = new Map<string, number>();
  const add = (key: string): void => void tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const score of scores) {
    for (const miss of score.misses) add(miss.kind === 'missed' ? `missed, ${causeKind(miss.cause)}` : miss.kind);
    for (const description of score.falsePositives) add(`false positive, ${causeKind(description.slice(description.indexOf(': ') + 2))}`);
    for (const leak of score.leaks) add(`leak in ${leak.where}`);
  }
  return [...tally]
    .sort((left, right) => right[1] - left[1])
    .map(([key, count]) => `  ${String(count).padStart(3)}  ${key}`)
    .join('\n');
}

/** Every miss of one article, one per line, grouped by kind; empty when nothing was missed. */
export function formatMisses(score: ArticleScore): string {
  const lines = [
    ...score.misses.map((miss) => `  ${miss.kind}: ${miss.label}: ${miss.cause}`),
    ...score.falsePositives.map((description) => `  false positive: ${description}`),
    ...score.leaks.map((leak) => `  leak in ${leak.where} (${leak.source === 'label' ? 'labelled noise' : 'dropped by ingest'}): ${leak.line}`),
    ...(['title', 'byline', 'published'] as const)
      .filter((field) => !score.metadata[field].ok)
      .map((field) => `  ${field}: expected ${JSON.stringify(score.metadata[field].expected)}, got ${JSON.stringify(score.metadata[field].actual)}`),
  ];
  return lines.length === 0 ? '' : [`${score.slug}`, ...lines].join('\n');
}
