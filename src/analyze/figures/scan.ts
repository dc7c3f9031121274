/**
 * Finds every quantity the text states, in one left-to-right pass. A cheap trigger finds
 * digits; small anchored readers then parse currency, number, scale, range and unit around
 * them. Anything that does not parse cleanly is skipped, never approximated.
 */
import { isLargeCount, readAmount, readUnit, trustCurrency, valueOf, type Amount } from './amount.js';
import { readConversion } from './conversion.js';
import { readCountNoun } from './count.js';
import { PREFIX_SOURCE } from './currency.js';
import type { Mention, Reading } from './mention.js';
import { NUMBER_WORD_SOURCE, endsCleanly } from './number.js';
import { readQualifierBefore } from './qualifier.js';
import { readRange } from './range.js';

// Digits, or a number word before a scale ("two million"): cheap to find, so the text is
// scanned once and the richer patterns run only at these places.
const TRIGGER_SOURCE = `\\d|\\b${NUMBER_WORD_SOURCE}`;
/** What may precede the digits of one quantity: "between", a minus sign, a currency. */
const LEAD = new RegExp(`(?:[Bb]etween[ \\u00a0]+)?[-−]?(?:(?:${PREFIX_SOURCE})[ \\u00a0]?)?$`);
const LEAD_WINDOW = 20;
// The last characters a lead can end with; most digits follow a plain word and skip LEAD.
const LEAD_END = /[$€£¥₩₹₽₺₪₱₫฿₦A-Z.sp\-−n][ \u00a0]?$/u;
const BETWEEN = /[Bb]etween[ \u00a0]+/y;
const MINUS = /[-−]/y;

interface Parsed {
  mention: Mention | undefined;
  /** Where scanning resumes, so that digits inside a rejected span never start a figure. */
  skipTo: number;
}

/** Every quantity stated in `text`, in order, with exact spans. */
export function scanMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const trigger = new RegExp(TRIGGER_SOURCE, 'g');
  for (let match = trigger.exec(text); match !== null; match = trigger.exec(text)) {
    const start = findStart(text, match.index);
    const parsed: Parsed = start < 0 ? { mention: undefined, skipTo: skipDigits(text, match.index) } : readMention(text, start);
    if (parsed.mention !== undefined) mentions.push(parsed.mention);
    trigger.lastIndex = Math.max(parsed.skipTo, match.index + 1);
  }
  return mentions;
}

/** Where the quantity whose digits start at `at` begins, or -1 when they sit inside a word or a joined number. */
function findStart(text: string, at: number): number {
  const from = Math.max(0, at - LEAD_WINDOW);
  const lead = LEAD_END.test(text.slice(Math.max(0, at - 2), at)) ? LEAD.exec(text.slice(from, at)) : null;
  const start = lead === null ? at : from + lead.index;
  if (start < at && startsCleanly(text, start)) return start;
  return startsCleanly(text, at) ? at : -1;
}

/** Not inside a word or a joined number: "COVID-19", "F-35", "14:34" and "1.5" never start here. */
function startsCleanly(text: string, at: number): boolean {
  const before = text[at - 1] ?? ' ';
  if (/[\p{L}\p{N}_]/u.test(before)) return false;
  return !(/[-–.,:/]/u.test(before) && /[\p{L}\p{N}]/u.test(text[at - 2] ?? ' '));
}

function skipDigits(text: string, at: number): number {
  let end = at;
  while (/[\d.,]/u.test(text[end] ?? '')) end += 1;
  return end;
}

/** Reads one amount of money at `at` (no range, no conversion), as inside "($1.2 billion)". */
export function readMoneyAt(text: string, at: number): (Reading & { end: number }) | undefined {
  const amount = readAmount(text, at);
  if (amount === undefined) return undefined;
  const unit = amount.prefix === undefined ? readUnit(text, amount.end) : undefined;
  const currency = amount.prefix ?? (unit?.kind === 'money' ? unit.currency : undefined);
  if (currency === undefined || !trustCurrency(currency, amount)) return undefined;
  const end = currency === amount.prefix ? amount.end : currency.end;
  return endsCleanly(text, end) ? { end, value: valueOf(amount), unit: currency.code } : undefined;
}

function readMention(text: string, at: number): Parsed {
  BETWEEN.lastIndex = at;
  const between = BETWEEN.exec(text);
  const from = between === null ? at : at + between[0].length;
  const range = readRange(text, at, from, between !== null);
  if (range.kind === 'range') return { mention: range.mention, skipTo: range.end };
  if (range.kind === 'invalid' && range.joined) return { mention: undefined, skipTo: range.end };
  MINUS.lastIndex = from;
  const negative = MINUS.test(text);
  const amount = readAmount(text, negative ? from + 1 : from);
  if (amount === undefined) return { mention: undefined, skipTo: at + 1 };
  const mention = readSingle(text, from, amount, negative);
  return { mention, skipTo: mention?.end ?? amount.number.end };
}

/** One amount with its unit: money, a percentage or a large count. */
function readSingle(text: string, start: number, amount: Amount, negative: boolean): Mention | undefined {
  const sign = negative ? -1 : 1;
  const unit = amount.prefix === undefined ? readUnit(text, amount.end) : undefined;
  const currency = amount.prefix ?? (unit?.kind === 'money' ? unit.currency : undefined);
  if (currency !== undefined) {
    const end = currency === amount.prefix ? amount.end : currency.end;
    if (!trustCurrency(currency, amount) || !endsCleanly(text, end)) return undefined;
    return withConversion(text, withQualifier(text, { start, end, value: sign * valueOf(amount), unit: currency.code, qualifierStart: start }));
  }
  if (unit?.kind === 'percent') {
    const { end, exponent } = unit.percent;
    if (amount.scale !== undefined || !endsCleanly(text, end)) return undefined;
    return withQualifier(text, { start, end, value: sign * valueOf(amount, exponent), unit: unit.percent.unit, qualifierStart: start });
  }
  if (negative || !isLargeCount(amount)) return undefined;
  const noun = readCountNoun(text, amount.end);
  if (noun === undefined) return undefined;
  return withQualifier(text, { start, end: noun.end, value: valueOf(amount), unit: 'count', noun: noun.noun, qualifierStart: start });
}

function withQualifier(text: string, mention: Mention): Mention {
  const qualifier = readQualifierBefore(text, mention.start);
  if (qualifier !== undefined) {
    mention.qualifier = qualifier.word;
    mention.qualifierStart = qualifier.start;
  }
  return mention;
}

function withConversion(text: string, mention: Mention): Mention {
  const conversion = readConversion(text, mention.end, mention.unit, readMoneyAt);
  if (conversion !== undefined) {
    mention.end = conversion.end;
    mention.converted = { value: conversion.value, unit: conversion.unit };
  }
  return mention;
}
