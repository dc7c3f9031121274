import { describe, expect, it } from 'vitest';
import { figuresOf } from './expect-figures.js';

const keyTexts = async (text: string, context: { title?: string; subtitle?: string } = {}): Promise<string[]> =>
  (await figuresOf(text, context)).filter((figure) => figure.key).map((figure) => figure.text);

describe('key figures', () => {
  it('marks the figure the title states, even when the body states it late', async () => {
    const text = [
      'The merger creates a group worth $30 billion with sales of $12 billion, the companies said.',
      'The new group will have 40,000 employees in 30 countries and $5 billion in debt.',
      'Shares of both companies rose on Monday.',
      'The unions said they had secured a pay rise of 2% for factory staff.',
    ].join('\n\n');
    expect(await keyTexts(text)).not.toContain('2%');
    expect(await keyTexts(text, { title: 'Factory staff win 2% pay rise in merger deal' })).toContain('2%');
  });

  it('marks a lede figure over a small one deep in the article', async () => {
    const text = ['The deal is worth $3 billion, the companies said.', 'Filler paragraph.', 'Another paragraph.', 'A clerk was paid $500 for the forms, and 2% of staff left.'].join('\n\n');
    const figures = await figuresOf(text);
    expect(figures.find((figure) => figure.text === '$3 billion')?.key).toBe(true);
    const keyCount = figures.filter((figure) => figure.key).length;
    expect(keyCount).toBeGreaterThanOrEqual(1);
  });

  it('marks at least one figure when there is any', async () => {
    expect(await keyTexts('Costs fell 2%.')).toEqual(['2%']);
  });

  it('marks at most four figures', async () => {
    const text = Array.from({ length: 12 }, (_, index) => `Unit ${index + 1} earned $${index + 1}0 million in sales.`).join('\n\n');
    const figures = await figuresOf(text);
    expect(figures).toHaveLength(12);
    const keys = figures.filter((figure) => figure.key).length;
    expect(keys).toBeGreaterThanOrEqual(2);
    expect(keys).toBeLessThanOrEqual(4);
  });
});
