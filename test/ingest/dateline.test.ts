import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/ingest/dateline.js';

describe('parseDateline', () => {
  it.each([
    ['Thursday 22 December 2022 14:34 GMT', '2022-12-22T14:34:00Z'],
    ['Thu 6 Nov 2025 12.00 GMT', '2025-11-06T12:00:00Z'],
    ['December 22, 2022 2:34 PM ET', '2022-12-22T19:34:00Z'],
    ['Nov. 23, 2026, 5:01 a.m. ET', '2026-11-23T10:01:00Z'],
    ['Published: 22 December 2022', '2022-12-22'],
    ['Updated 10:00, 23 Nov 2026', '2026-11-23T10:00:00'],
    ['2022-12-22', '2022-12-22'],
    ['Posted on 23/11/2026', '2026-11-23'],
  ])('reads %s as %s', (line, iso) => {
    expect(parseDateline(line)).toBe(iso);
  });

  it.each([
    ['a caption', 'Koreas Tensions'],
    ['a relative time', 'Updated 3 hours ago'],
    ['a date without a year', 'Monday 23 November'],
    ['a sentence that mentions a date', 'The sanctions were toughened on 22 December 2017 in response to its nuclear tests.'],
  ])('ignores %s', (_kind, line) => {
    expect(parseDateline(line)).toBeUndefined();
  });
});
