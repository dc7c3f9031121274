import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/ingest/plain-text.js';
import { DigestError } from '../../src/errors.js';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the nk-hackers example as pasted from the page', () => {
  const article = parsePlainText(read('../../examples/nk-hackers.txt'), 'nk-hackers.txt');

  it('takes the title from the first line', () => {
    expect(article.title).toBe('North Korean hackers have stolen $1.2 billion of virtual goods, experts say');
  });

  it('reads the standfirst, the byline and the dateline as ISO', () => {
    expect(article.subtitle).toBe('More than half of assets stolen this year already, South Korean experts say');
    expect(article.byline).toBe('Andrew Griffin');
    expect(article.published).toBe('2022-12-22T14:34:00Z');
  });

  it('starts the body at the lede and ends it before the site noise', () => {
    expect(article.paragraphs[0]).toMatch(/^North Korean hackers have stolen \$1\.2 billion in virtual assets/);
    expect(article.paragraphs.at(-1)).toMatch(/^Despite its economic difficulties/);
    expect(article.paragraphs).toHaveLength(10);
  });

  it('drops the caption, the credit and the trailing noise with reasons', () => {
    const reasons = Object.fromEntries(article.dropped.map((line) => [line.text, line.reason]));
    expect(reasons['Koreas Tensions']).toBe('caption');
    expect(reasons['Koreas Tensions (KCNA via KNS)']).toBe('credit');
    expect(reasons['Additional reporting by Associated Press']).toBe('boilerplate');
    expect(reasons['Thank you for registering']).toBe('boilerplate');
    expect(article.dropped.find((line) => line.text.startsWith('Please refresh the page'))?.reason).toBe('boilerplate');
  });

  it('keeps every dropped line out of the body', () => {
    const body = article.paragraphs.join('\n');
    for (const line of article.dropped) expect(body).not.toContain(line.text);
  });
});

describe('other page layouts', () => {
  it('reads a newspaper layout with a role in the byline, a share button and topic tags', () => {
    const article = parsePlainText(read('../fixtures/ingest/guardian-style.txt'), 'guardian-style.txt');
    expect(article.byline).toBe('Richard Partington');
    expect(article.published).toBe('2025-11-06T12:00:00Z');
    expect(article.subtitle).toMatch(/^Policymakers vote 5-4/);
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs.join(' ')).not.toMatch(/Sign up|Privacy Notice|Share|Explore more|Photograph/);
    const dropped = article.dropped.map((line) => line.text);
    expect(dropped).toEqual(expect.arrayContaining(['What the markets expected', 'Free daily newsletter', 'Inflation', 'Reuse this content']));
  });

  it('reads a wire story: "By" line, US-style dateline, agency dateline in the lede, editing credits', () => {
    const article = parsePlainText(read('../fixtures/ingest/wire-style.txt'), 'wire-style.txt');
    expect(article.byline).toBe('Daniel Leussink and Satoshi Sugiyama');
    expect(article.published).toBe('2026-11-23T05:01:00Z');
    expect(article.paragraphs[0]).toMatch(/^Toyota Motor Corp said on Monday/);
    expect(article.dropped).toContainEqual({ text: 'TOKYO, Nov 23 (Reuters)', reason: 'dateline' });
    expect(article.dropped).toContainEqual({ text: 'Reporting by Daniel Leussink; Editing by Jamie Freed', reason: 'boilerplate' });
    expect(article.paragraphs).toHaveLength(3);
  });

  it('reads a broadcaster layout: date before byline, publication line, image source and caption labels, topic links', () => {
    const article = parsePlainText(read('../fixtures/ingest/broadcaster-style.txt'), 'broadcaster-style.txt');
    expect(article).toMatchObject({ byline: 'Jane Smith', source: 'BBC News', published: '2024-12-07' });
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]).toMatch(/^More than 200,000 homes/);
    const reasons = Object.fromEntries(article.dropped.map((line) => [line.text, line.reason]));
    expect(reasons).toMatchObject({
      'Image source, Getty Images': 'credit',
      'Fallen trees blocked roads across Wales and south-west England': 'caption',
      'More on this story': 'boilerplate',
      'Storm Darragh: What we know': 'boilerplate',
    });
  });

  it('reads an agency layout: capitalised byline, US time zone, agency dateline, contributor line, copyright', () => {
    const article = parsePlainText(read('../fixtures/ingest/agency-style.txt'), 'agency-style.txt');
    expect(article).toMatchObject({ byline: 'Stan Choe', published: '2026-11-22T21:12:00Z' });
    expect(article.paragraphs[0]).toMatch(/^Wall Street rallied Friday/);
    expect(article.paragraphs.join(' ')).not.toMatch(/contributed|Copyright/);
    expect(article.paragraphs).toHaveLength(4);
  });

  it('reads a cable-news layout: publication in the byline, reading time, caption with credit, dateline line', () => {
    const article = parsePlainText(read('../fixtures/ingest/cable-style.txt'), 'cable-style.txt');
    expect(article).toMatchObject({ byline: 'Jane Doe', published: '2026-11-23T15:32:00Z' });
    expect(article.paragraphs[0]).toMatch(/^Apple has agreed to pay \$490 million/);
    expect(article.paragraphs).toHaveLength(4);
    expect(article.dropped).toContainEqual({ text: 'New York CNN —', reason: 'dateline' });
    expect(article.dropped).toContainEqual({ text: "CNN's John Smith contributed to this report.", reason: 'boilerplate' });
  });

  it('treats a paste with no header as title then body', () => {
    const text = 'Storm closes schools\n\nHeavy snow closed more than 200 schools across the region on Tuesday, officials said.\n\nRoads were expected to reopen by the evening.\n';
    const article = parsePlainText(text, 'storm.txt');
    expect(article.title).toBe('Storm closes schools');
    expect(article.subtitle).toBeUndefined();
    expect(article.paragraphs).toEqual([
      'Heavy snow closed more than 200 schools across the region on Tuesday, officials said.',
      'Roads were expected to reopen by the evening.',
    ]);
  });

  it('drops a pull quote that repeats a sentence of the body', () => {
    const text = [
      'Council approves new budget',
      '',
      'The council approved the budget on Monday. "We had no choice but to raise taxes," the leader said after the vote.',
      '',
      '“We had no choice but to raise taxes,” the leader said',
      '',
      'Opposition members walked out before the vote was taken.',
    ].join('\n');
    const article = parsePlainText(text, 'x.txt');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.dropped).toContainEqual({ text: '“We had no choice but to raise taxes,” the leader said', reason: 'duplicate' });
  });

  it('joins hard-wrapped lines of one paragraph back together', () => {
    const text = 'Title of the story\n\nThe council approved the budget on Monday after a long debate about\nthe cost of road repairs and new bus routes.\n';
    expect(parsePlainText(text, 'wrapped.txt').paragraphs).toEqual([
      'The council approved the budget on Monday after a long debate about the cost of road repairs and new bus routes.',
    ]);
  });

  it('splits a "Headline | Publication" title', () => {
    const article = parsePlainText('Rates held at 4% | The Guardian\n\nThe Bank of England held rates at 4% on Thursday.\n', 'x.txt');
    expect(article.title).toBe('Rates held at 4%');
    expect(article.source).toBe('The Guardian');
  });
});

describe('errors', () => {
  it.each([
    ['an empty paste', '   \n\n  '],
    ['a title with no body', 'Only a headline here\n'],
  ])('refuses %s with INGEST_EMPTY', (_name, text) => {
    expect(() => parsePlainText(text, 'x.txt')).toThrow(DigestError);
    try {
      parsePlainText(text, 'x.txt');
    } catch (error) {
      expect((error as DigestError).code).toBe('INGEST_EMPTY');
      expect((error as DigestError).message).toContain('x.txt');
      expect((error as DigestError).hint).toBeTruthy();
    }
  });
});
