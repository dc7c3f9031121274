import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { articleText } from '../../src/article-text.js';
import type { Article } from '../../src/types.js';
import { nkHackersArticle } from '../fixtures/analyze/nk-hackers-article.js';

describe('analyze', () => {
  it('adds the summary and the figures of the example', async () => {
    const analysis = await analyze(nkHackersArticle);
    const text = articleText(nkHackersArticle);
    expect(analysis.summary).toHaveLength(3);
    expect(analysis.summary[0]).toBe(nkHackersArticle.paragraphs[0]);
    expect(analysis.figures.map((figure) => [figure.value, figure.unit, figure.converted?.value, figure.qualifier])).toEqual([
      [1.5e12, 'KRW', 1.2e9, undefined],
      [8e11, 'KRW', 6.26e8, 'about'],
      [1e11, 'KRW', 7.8e7, 'more than'],
    ]);
    for (const figure of analysis.figures) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  });

  it('passes the summary options on', async () => {
    const analysis = await analyze(nkHackersArticle, { sentences: 1 });
    expect(analysis.summary).toEqual([nkHackersArticle.paragraphs[0]]);
  });

  it('rejects invalid options before doing any work', async () => {
    await expect(analyze(nkHackersArticle, { words: -3 })).rejects.toMatchObject({
      code: 'ANALYZE_INVALID_OPTIONS',
      message: expect.stringContaining('"words"'),
      hint: expect.stringContaining('whole number'),
    });
  });

  it('returns an empty analysis for an article without paragraphs', async () => {
    const empty: Article = { title: 'Nothing', lang: 'en', paragraphs: [], dropped: [] };
    expect(await analyze(empty)).toEqual({ summary: [], figures: [] });
  });

  it('does not change the article it reads', async () => {
    const copy = structuredClone(nkHackersArticle);
    await analyze(nkHackersArticle);
    expect(nkHackersArticle).toEqual(copy);
  });
});

describe('loading', () => {
  it('loads the language model on first use, not on import', async () => {
    // A fresh process, so that no other test has loaded wink-nlp already.
    const script = [
      "import { createRequire } from 'node:module';",
      'const require = createRequire(import.meta.url);',
      "const loaded = () => Object.keys(require.cache).some((path) => path.includes('wink-nlp'));",
      "const analyze = await import('./src/analyze/index.ts');",
      'const afterImport = loaded();',
      "await analyze.splitSentences('One sentence. Another one.');",
      'console.log(JSON.stringify({ afterImport, afterUse: loaded() }));',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: new URL('../..', import.meta.url),
    });
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')).toEqual({ afterImport: false, afterUse: true });
  });
});
