/**
 * How a key figure reads on a card and in the plain-text part: which reading leads, what goes
 * beside it, and the words under it.
 */
import type { KeyFigure } from '../types.js';
import { currencyForLocale } from './currency.js';
import { formatAmount } from './format.js';

/** A key figure ready to print. Absent parts are null so strict templates can test them. */
export interface FigureView {
  /** The big number: "$1.2bn". */
  lead: string;
  /** The other reading, printed smaller beside the big number: "₩1.5tn". */
  beside: string | null;
  /** "about", "more than"; printed before the number. */
  qualifier: string | null;
  /** The words under the number: the label, with the counted noun when the label lacks it. */
  caption: string;
  /** One line for the plain-text part: "about $626m (₩800bn) — stolen this year alone". */
  line: string;
}

/** The parts of a KeyFigure that decide how it reads. */
export type FigureInput = Pick<KeyFigure, 'value' | 'unit' | 'label'> &
  Partial<Pick<KeyFigure, 'converted' | 'qualifier' | 'noun'>>;

function toCaption(label: string, noun: string | undefined): string {
  const text = label.trim();
  if (noun === undefined || noun.trim() === '') return text;
  if (text.toLowerCase().includes(noun.trim().toLowerCase())) return text;
  return text === '' ? noun.trim() : `${noun.trim()} ${text}`;
}

/**
 * Formats a figure for the reader's locale. The reading in the reader's currency leads: when
 * the figure has a conversion into that currency and its own unit is another one, the converted
 * amount is the big number and the original goes beside it ("$1.2bn" beside "₩1.5tn" for en);
 * otherwise the original leads. Throws a RangeError for an invalid locale or currency code.
 */
export function formatFigure(figure: FigureInput, locale: string): FigureView {
  const reader = currencyForLocale(locale);
  const original = formatAmount(figure.value, figure.unit, locale);
  const converted = figure.converted === undefined
    ? null
    : formatAmount(figure.converted.value, figure.converted.unit, locale);
  const convertedLeads = figure.converted !== undefined && figure.converted.unit === reader && figure.unit !== reader;
  const lead = convertedLeads && converted !== null ? converted : original;
  const beside = convertedLeads ? original : converted;
  const qualifier = figure.qualifier === undefined || figure.qualifier.trim() === '' ? null : figure.qualifier.trim();
  const caption = toCaption(figure.label, figure.noun);
  const reading = `${qualifier === null ? '' : `${qualifier} `}${lead}${beside === null ? '' : ` (${beside})`}`;
  return { lead, beside, qualifier, caption, line: caption === '' ? reading : `${reading} — ${caption}` };
}
