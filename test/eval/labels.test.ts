import { describe, expect, it } from 'vitest';
import { parseLabels } from './labels.js';

const valid = {
  sourceUrl: 'https://www.example.com/news/story',
  outlet: 'Example News',
  title: 'Bank fined',
  byline: null,
  published: '2024-03-28',
  boilerplate: ['Sign up'],
  figures: [
    { text: '€4.34bn (£3.8bn)', value: 4.34e9, unit: 'EUR', converted: { value: 3.8e9, unit: 'GBP' }, key: true },
    { text: '5 pct', value: 5, unit: '%', converted: null, key: true },
  ],
};

function parse(labels: unknown): unknown {
  return parseLabels(JSON.stringify(labels), 'story.json');
}

describe('parseLabels', () => {
  it('reads a valid label file', () => {
    expect(parse(valid)).toEqual(valid);
  });

  it.each([
    ['an unknown key', { ...valid, extra: 1 }, /extra/],
    ['a unit that is no currency code', { ...valid, figures: [{ ...valid.figures[1], unit: 'percent' }, valid.figures[0]] }, /ISO 4217/],
    ['a conversion into the same currency', { ...valid, figures: [{ ...valid.figures[0], converted: { value: 1, unit: 'EUR' } }, valid.figures[1]] }, /another currency/],
    ['a range upside down', { ...valid, figures: [{ ...valid.figures[1], upper: 4 }, valid.figures[0]] }, /upper/],
    ['a bad date', { ...valid, published: '28 March 2024' }, /published/],
    ['a source that is not a URL', { ...valid, sourceUrl: 'the BBC' }, /sourceUrl/],
    ['too few key figures', { ...valid, figures: valid.figures.map((figure) => ({ ...figure, key: false })) }, /2 to 4 key figures/],
    ['no figures', { ...valid, figures: [] }, /figures/],
  ])('refuses %s, naming the file and the field', (_, labels, message) => {
    expect(() => parse(labels)).toThrow(/^story\.json does not match the label schema/);
    expect(() => parse(labels)).toThrow(message);
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parseLabels('{ "title": ', 'story.json')).toThrow(/^story\.json is not valid JSON/);
  });
});
