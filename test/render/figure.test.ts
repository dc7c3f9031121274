import { describe, expect, it } from 'vitest';
import { formatFigure, type FigureInput } from '../../src/render/figure.js';

const stolen: FigureInput = {
  value: 1.5e12,
  unit: 'KRW',
  converted: { value: 1.2e9, unit: 'USD' },
  label: 'stolen in virtual assets since 2017',
};

describe('formatFigure', () => {
  it.each([
    ['en', '$1.2bn', '₩1.5tn'],
    ['en-US', '$1.2bn', '₩1.5tn'],
    ['ko-KR', '₩1.5tn', '$1.2bn'],
    // Neither reading is in pounds, so the article's own figure leads.
    ['en-GB', '₩1.5tn', '$1.2bn'],
  ])('in %s leads with %s and puts %s beside it', (locale, lead, beside) => {
    const view = formatFigure(stolen, locale);
    expect(view.lead).toBe(lead);
    expect(view.beside).toBe(beside);
  });

  it('leads with the original when it is already in the reader\'s currency', () => {
    const view = formatFigure({ value: 1.2e9, unit: 'USD', converted: { value: 1.5e12, unit: 'KRW' }, label: 'x' }, 'en-US');
    expect(view.lead).toBe('$1.2bn');
    expect(view.beside).toBe('₩1.5tn');
  });

  it('writes the plain-text line with qualifier, both readings and label', () => {
    const view = formatFigure({
      value: 8e11, unit: 'KRW', converted: { value: 6.26e8, unit: 'USD' }, qualifier: 'about', label: 'stolen this year alone',
    }, 'en');
    expect(view.qualifier).toBe('about');
    expect(view.line).toBe('about $626m (₩800bn) — stolen this year alone');
  });

  it('has no beside reading and no qualifier when the figure has none', () => {
    const view = formatFigure({ value: 12.5, unit: '%', label: 'rise in prices' }, 'en');
    expect(view).toMatchObject({ lead: '12.5%', beside: null, qualifier: null, line: '12.5% — rise in prices' });
  });

  it.each([
    ['owed money', '127,000 — creditors owed money'],
    ['creditors left unpaid', '127,000 — creditors left unpaid'],
  ])('puts the counted noun under a count unless the label already has it (%s)', (label, line) => {
    const view = formatFigure({ value: 127_000, unit: 'count', noun: 'creditors', label }, 'en');
    expect(view.line).toBe(line);
  });
});
