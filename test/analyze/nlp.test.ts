import { describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/analyze/nlp.js';

describe('loadNlp', () => {
  it('loads the model once and shares it between callers', async () => {
    const [first, second] = await Promise.all([loadNlp(), loadNlp()]);
    expect(second).toBe(first);
    expect(await loadNlp()).toBe(first);
  });

  it('reads tokens, tags and sentence spans', async () => {
    const read = await loadNlp();
    const doc = read('Hackers stole $5. They left.');
    expect(doc.values).toEqual(['Hackers', 'stole', '$', '5', '.', 'They', 'left', '.']);
    expect(doc.pos[1]).toBe('VERB');
    expect(doc.sentences).toEqual([
      [0, 4],
      [5, 7],
    ]);
  });
});
