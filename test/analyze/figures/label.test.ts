import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/analyze/words.js';
import { figuresOf } from './expect-figures.js';

async function labelOf(text: string, figureText: string): Promise<string | undefined> {
  const figures = await figuresOf(text);
  return figures.find((figure) => figure.text === figureText)?.label;
}

describe('labels: what the figure measures, from its own clause', () => {
  it.each([
    // The verb that governs the figure, then the phrases after it.
    ['North Korean hackers have stolen $1.2 billion in virtual assets, according to South Korea’s spy agency.', '$1.2 billion', 'stolen in virtual assets'],
    ['The government will invest $5bn in new factories, officials said.', '$5bn', 'invest in new factories'],
    ['Unemployment rose to 5.2% in March.', '5.2%', 'rose in March'],
    // A noun with "of" before the figure.
    ['The company reported revenue of $3.2 billion for the quarter.', '$3.2 billion', 'revenue for the quarter'],
    // The figure as subject: its predicate.
    ['It said more than 100 billion won ($78 million) of the total came from South Korea.', '100 billion won ($78 million)', 'came from South Korea'],
    ['Some 127,000 creditors are owed money by the exchange.', '127,000 creditors', 'are owed money by the exchange'],
    // A subset ("including ...") borrows the verb of the whole.
    [
      'Hackers have stolen 1.5 trillion won ($1.2 billion) since 2017, including about 800 billion won ($626 million) this year alone.',
      '800 billion won ($626 million)',
      'stolen this year alone',
    ],
  ])('%s -> %s: "%s"', async (text, figureText, label) => {
    expect(await labelOf(text, figureText)).toBe(label);
  });

  it.each([
    ['Alibaba said revenue rose 2% to 247.8 billion yuan (US$36.5 billion).', '2%', 'revenue rose'],
    ['Shares in the company, which is valued at around $600bn, fell 6.1 per cent to $194.77 in New York.', '$600bn', 'company valued'],
    ['Shares in the company, which is valued at around $600bn, fell 6.1 per cent to $194.77 in New York.', '6.1 per cent', 'Shares fell'],
    ['Mt. Gox lost 850,000 bitcoins in 2014.', '850,000 bitcoins', 'lost in 2014'],
  ])('finds the subject when the verb alone says too little: %s -> %s: "%s"', async (text, figureText, label) => {
    expect(await labelOf(text, figureText)).toBe(label);
  });

  it.each([
    'Alibaba said revenue rose 2% to 247.8 billion yuan (US$36.5 billion).',
    'The price of Brent crude rose $2.10, or 2.5%, to $86.05 a barrel.',
    'Shares in the company, which is valued at around $600bn, fell 6.1 per cent to $194.77 in New York.',
  ])('never puts words of another figure into a label: %s', async (text) => {
    const figures = await figuresOf(text);
    expect(figures.length).toBeGreaterThan(1);
    for (const figure of figures) expect(figure.label).not.toMatch(/\d/u);
  });

  it('prefers time and number phrases when the clause is too long for seven words', async () => {
    const label = await labelOf(
      'The NIS said hackers are estimated to have stolen 1.5 trillion won ($1.2 billion) in virtual assets around the world since 2017, officials said.',
      '1.5 trillion won ($1.2 billion)',
    );
    expect(label).toBe('stolen in virtual assets since 2017');
  });

  it.each([
    'Shares fell 5% on Tuesday after the results were published and the chief executive resigned.',
    'The fund, worth $10 billion, invests in start-ups.',
    'Sales grew 12 per cent year on year to €3.4 billion, the company said on Monday.',
    'Prices rose 3.1 per cent in the year to September, up from 2.9 per cent in August.',
  ])('gives every figure of "%s" a label of two to seven words without dangling punctuation', async (text) => {
    const figures = await figuresOf(text);
    expect(figures.length).toBeGreaterThan(0);
    for (const { label, sentence } of figures) {
      expect(countWords(label)).toBeGreaterThanOrEqual(2);
      expect(countWords(label)).toBeLessThanOrEqual(7);
      expect(label).not.toBe(sentence);
      expect(label).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u);
    }
  });
});
