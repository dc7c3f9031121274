import { describe, expect, it } from 'vitest';
import { formatCauses, formatMisses, formatOverall, formatTable } from './report.js';
import type { ArticleScore } from './score.js';

const right = { ok: true, expected: 'x', actual: 'x' };

const clean: ArticleScore = {
  slug: 'clean-article',
  predicted: 4,
  correct: 4,
  labels: 4,
  found: 4,
  keyLabels: 2,
  keyFound: 2,
  pairs: 0,
  pairsFound: 0,
  leaks: [],
  metadata: { title: right, byline: right, published: right },
  misses: [],
  falsePositives: [],
};

const flawed: ArticleScore = {
  ...clean,
  slug: 'flawed',
  correct: 3,
  found: 2,
  keyFound: 1,
  pairs: 1,
  leaks: [{ line: 'Sign up for our emails', where: 'summary', source: 'label' }],
  metadata: { ...clean.metadata, byline: { ok: false, expected: 'Jane Doe', actual: 'Tamil Nadu' } },
  misses: [
    { kind: 'missed', label: '"nine per cent" % 9', cause: 'not detected' },
    { kind: 'missed', label: '"₹48,62,500" INR 4,862,500', cause: 'not detected' },
    { kind: 'not key', label: '"2%" % 2', cause: 'found as "2%" % 2' },
  ],
  falsePositives: ['"$78.3" USD 78.3: misreads label "$78.3‑billion" CAD 78,300,000,000'],
};

describe('formatTable', () => {
  it('prints one aligned row per article with every score', () => {
    const [header, first, second] = formatTable([clean, flawed]).split('\n');
    expect(header).toMatch(/^article\s+precision\s+recall\s+key recall\s+pairs\s+leaks\s+title\s+byline\s+date$/);
    expect(first).toMatch(/^clean-article\s+1\.00 4\/4\s+1\.00 4\/4\s+1\.00 2\/2\s+-\s+0\s+ok\s+ok\s+ok$/);
    expect(second).toMatch(/^flawed\s+0\.75 3\/4\s+0\.50 2\/4\s+0\.50 1\/2\s+0\.00 0\/1\s+1 \(1 in summary\)\s+ok\s+WRONG\s+ok$/);
    expect(first?.indexOf('1.00')).toBe(second?.indexOf('0.75'));
  });
});

describe('formatOverall', () => {
  it('gives the ratios over all figures of all articles', () => {
    expect(formatOverall([clean, flawed])).toBe(
      'overall: precision 0.875 (7/8) | recall 0.750 (6/8) | key recall 0.750 (3/4) | pairing 0.000 (0/1) | leaks 1 (1 in summaries) | title 2/2, byline 1/2, date 2/2',
    );
  });
});

describe('formatMisses', () => {
  it('lists every miss of an article under its slug, and nothing for a clean one', () => {
    expect(formatMisses(clean)).toBe('');
    expect(formatMisses(flawed).split('\n')).toEqual([
      'flawed',
      '  missed: "nine per cent" % 9: not detected',
      '  missed: "₹48,62,500" INR 4,862,500: not detected',
      '  not key: "2%" % 2: found as "2%" % 2',
      '  false positive: "$78.3" USD 78.3: misreads label "$78.3‑billion" CAD 78,300,000,000',
      '  leak in summary (labelled noise): Sign up for our emails',
      '  byline: expected "Jane Doe", got "Tamil Nadu"',
    ]);
  });
});

describe('formatCauses', () => {
  it('counts the misses of all articles by cause, most frequent first', () => {
    expect(formatCauses([clean, flawed]).split('\n')).toEqual([
      '    2  missed, not detected',
      '    1  not key',
      '    1  false positive, misreads a labelled figure',
      '    1  leak in summary',
    ]);
  });
});
