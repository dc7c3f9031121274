import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/ingest/byline.js';

describe('parseByline', () => {
  it.each([
    ['Andrew Griffin', 'Andrew Griffin'],
    ['By Andrew Griffin', 'Andrew Griffin'],
    ['By Andrew Griffin, Science Correspondent', 'Andrew Griffin'],
    ['Richard Partington Economics correspondent', 'Richard Partington'],
    ['By Daniel Leussink and Satoshi Sugiyama', 'Daniel Leussink and Satoshi Sugiyama'],
    ['Jane Doe | Reporter', 'Jane Doe'],
    ['By Jane Doe in Seoul', 'Jane Doe'],
    ['By Jane Doe jane.doe@example.com', 'Jane Doe'],
    ['Ursula von der Leyen', 'Ursula von der Leyen'],
    ['By STAN CHOE', 'Stan Choe'],
    ['By Jane Doe, CNN', 'Jane Doe'],
  ])('reads %s as %s', (line, names) => {
    expect(parseByline(line)).toBe(names);
  });

  it.each([
    ['a sentence', 'The spy agency said it had evidence.'],
    ['a date', 'Thursday 22 December 2022'],
    ['lower-case words', 'more than half of assets stolen'],
    ['one word', 'Share'],
  ])('refuses %s', (_kind, line) => {
    expect(parseByline(line)).toBeUndefined();
  });

  it('accepts only "By" lines when asked for explicit bylines', () => {
    expect(parseByline('Andrew Griffin', true)).toBeUndefined();
    expect(parseByline('By Andrew Griffin', true)).toBe('Andrew Griffin');
  });
});
