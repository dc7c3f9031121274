/** Test helpers: figures of a text, checked for exact spans on every call. */
import { expect } from 'vitest';
import { extractKeyFigures } from '../../../src/analyze/index.js';
import type { KeyFigure } from '../../../src/types.js';

/** The figures of `text`, after checking that each one's text is exactly its slice. */
export async function figuresOf(text: string, context: { title?: string; subtitle?: string } = {}): Promise<KeyFigure[]> {
  const figures = await extractKeyFigures(text, context);
  for (const figure of figures) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  return figures;
}

/** The one figure of `text`; fails when there is not exactly one. */
export async function onlyFigure(text: string): Promise<KeyFigure> {
  const figures = await figuresOf(text);
  expect(figures.map((figure) => figure.text)).toHaveLength(1);
  const [figure] = figures;
  if (figure === undefined) throw new Error('no figure');
  return figure;
}
