import { DigestError } from '../errors.js';
import type { Article, DroppedLine, DropReason } from '../types.js';
import { parseByline } from './byline.js';
import { parseDateline } from './dateline.js';
import { detectLanguage } from './language.js';
import { countWords, endsSentence, isBoilerplate, isCredit, isProse } from './line-kinds.js';
import { isPublicationName, splitTitleSource, stripWireDateline } from './text-cleanup.js';

/** How far below the title the standfirst, byline, dateline and lead image may stand. */
const HEADER_SCAN_LINES = 12;

interface HeaderResult {
  bodyStart: number;
  subtitle?: string;
  byline?: string;
  published?: string;
  /** A publication named on its own line under the byline ("BBC News"). */
  source?: string;
}

/**
 * Parses an article as pasted from a web page: title on the first line, then standfirst,
 * byline, dateline and image captions, the body, and trailing site noise. Lines that are not
 * body text go to `dropped` with the reason. Throws INGEST_EMPTY when there is no text.
 */
export function parsePlainText(content: string, name: string): Article {
  const lines = splitLines(content);
  const [firstLine] = lines;
  if (firstLine === undefined) {
    throw new DigestError('INGEST_EMPTY', `${name} has no text.`, {
      hint: 'Paste the article into the file: its title on the first line, then the body.',
    });
  }
  const dropped: DroppedLine[] = [];
  const drop = (text: string, reason: DropReason): void => void dropped.push({ text, reason });
  const { title, source: titleSource } = splitTitleSource(firstLine);
  const header = readHeader(lines, drop);
  const paragraphs = readBody(lines.slice(header.bodyStart), drop);
  const source = titleSource ?? header.source;
  if (paragraphs.length === 0) {
    throw new DigestError('INGEST_EMPTY', `${name} has a title but no body paragraphs.`, {
      hint: 'Body paragraphs are lines of prose that end with a full stop; check the paste kept them.',
    });
  }
  return {
    title,
    ...(header.subtitle === undefined ? {} : { subtitle: header.subtitle }),
    ...(header.byline === undefined ? {} : { byline: header.byline }),
    ...(header.published === undefined ? {} : { published: header.published }),
    ...(source === undefined ? {} : { source }),
    lang: detectLanguage(paragraphs),
    paragraphs,
    dropped,
  };
}

/** Non-empty lines with whitespace collapsed; hard-wrapped prose lines are joined back. */
function splitLines(content: string): string[] {
  const raw = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const lines: string[] = [];
  let previousBlank = true;
  for (const rawLine of raw) {
    const line = rawLine.replace(/[\s\u00A0]+/g, ' ').trim();
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = lines[lines.length - 1];
    if (!previousBlank && last !== undefined && isWrappedContinuation(last, line)) {
      lines[lines.length - 1] = `${last} ${line}`;
    } else {
      lines.push(line);
    }
    previousBlank = false;
  }
  return lines;
}

/** A line broken mid-sentence by hard wrapping: long, unfinished, and the next starts lower-case. */
function isWrappedContinuation(previous: string, next: string): boolean {
  return previous.length >= 50 && !endsSentence(previous) && /^[a-z(“"'‘]/.test(next);
}

function readHeader(lines: string[], drop: (text: string, reason: DropReason) => void): HeaderResult {
  const result: HeaderResult = { bodyStart: 1 };
  const end = Math.min(lines.length, HEADER_SCAN_LINES);
  for (let index = 1; index < end; index++) {
    const line = lines[index] ?? '';
    const next = lines[index + 1] ?? '';
    const kind = classifyHeaderLine(line, next, index, result, lines);
    if (kind === 'body') return { ...result, bodyStart: index };
    if (kind === 'publication') {
      result.source = line;
      drop(line, 'byline');
      continue;
    }
    if (kind === 'standfirst') result.subtitle = line;
    if (kind === 'byline') result.byline ??= parseByline(line) ?? line;
    if (kind === 'dateline' && result.published === undefined) {
      const published = parseDateline(line);
      if (published !== undefined) result.published = published;
    }
    drop(line, kind);
  }
  // No body found among the first lines: the header was not a header after all.
  return { bodyStart: 1 };
}

type HeaderKind = DropReason | 'body' | 'publication';

function classifyHeaderLine(line: string, next: string, index: number, found: HeaderResult, lines: string[]): HeaderKind {
  if (isBoilerplate(line)) return 'boilerplate';
  if (parseDateline(line) !== undefined) return 'dateline';
  if (isCredit(line)) return 'credit';
  // A wire dateline on a line of its own: "New York CNN —", "SEOUL (Reuters) -".
  if (/^[\p{L}][\p{L} ,.()']{1,60}\s[—–-]{1,2}$/u.test(line)) return 'dateline';
  if (found.byline !== undefined && found.source === undefined && isPublicationName(line)) return 'publication';
  if (isCaptionOf(line, next)) return 'caption';
  if (found.byline === undefined && parseByline(line, true) !== undefined) return 'byline';
  if (isProse(line)) {
    const isStandfirst = index === 1 && found.subtitle === undefined && metaFollows(lines, index);
    return isStandfirst ? 'standfirst' : 'body';
  }
  if (found.byline === undefined && parseByline(line) !== undefined) return 'byline';
  if (found.subtitle === undefined && index <= 2 && countWords(line) >= 5) return 'standfirst';
  return 'caption';
}

/** True when a byline, dateline or credit stands within the next three lines. */
function metaFollows(lines: string[], index: number): boolean {
  return lines
    .slice(index + 1, index + 4)
    .some((line) => parseDateline(line) !== undefined || parseByline(line) !== undefined || isCredit(line));
}

/** A caption is followed by its credit line, which often repeats it: "X" then "X (Getty)". */
function isCaptionOf(line: string, next: string): boolean {
  return !isProse(line) && isCredit(next) && (next.startsWith(line) || countWords(line) <= 15);
}

function readBody(lines: string[], drop: (text: string, reason: DropReason) => void): string[] {
  const lastProse = findLastIndex(lines, (line) => isProse(line) && !isBoilerplate(line) && !isCredit(line));
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  const comparable = lines.map(toComparable);
  let previousReason: DropReason | undefined;
  lines.forEach((line, index) => {
    let reason = classifyBodyLine(line, lines[index + 1] ?? '', index > lastProse, seen);
    if ((reason === undefined || reason === 'heading') && isPullQuote(comparable, index)) reason = 'duplicate';
    // The lines of a promotion block ("Sign up to…", its blurb) follow the line that opens it.
    if (reason === 'heading' && previousReason === 'boilerplate') reason = 'boilerplate';
    previousReason = reason;
    if (reason !== undefined) return drop(line, reason);
    const { text, dateline } = paragraphs.length === 0 ? stripWireDateline(line) : { text: line, dateline: undefined };
    if (dateline !== undefined) drop(dateline, 'dateline');
    paragraphs.push(text);
    seen.add(line);
  });
  return paragraphs;
}

function toComparable(text: string): string {
  return text.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A pull quote repeats a sentence of the body on a line of its own, often with other quote marks. */
function isPullQuote(comparable: string[], index: number): boolean {
  const key = comparable[index] ?? '';
  return key.length >= 30 && comparable.some((other, otherIndex) => otherIndex !== index && other.length > key.length + 10 && other.includes(key));
}

function classifyBodyLine(line: string, next: string, trailing: boolean, seen: Set<string>): DropReason | undefined {
  if (isBoilerplate(line)) return 'boilerplate';
  if (isCredit(line)) return 'credit';
  if (seen.has(line)) return 'duplicate';
  if (trailing) return 'boilerplate';
  if (isProse(line)) return undefined;
  return isCaptionOf(line, next) ? 'caption' : 'heading';
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) {
    if (predicate(items[index] as T)) return index;
  }
  return -1;
}
