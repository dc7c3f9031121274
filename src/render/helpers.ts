/**
 * The Handlebars helpers a template can call. Formatting helpers read the locale from the
 * render's `@locale` data, so `{{money value "USD"}}` follows the digest's locale.
 */
import type { HelperOptions } from 'handlebars';
import { Handlebars } from './handlebars.js';
import { formatAmount, formatCount, formatMoney, formatPercent } from './format.js';
import { formatDate } from './format-date.js';
import { escapeAttribute, toLinkUrl } from './url.js';

/** Whether output goes into HTML (escaped) or into the plain-text part and subject (as is). */
export type FillMode = 'html' | 'text';

type Helper = (...args: unknown[]) => unknown;

const FALLBACK_LOCALE = 'en';

/** Handlebars passes its options object last; the real arguments come before it. */
function splitArgs(name: string, args: unknown[], count: number): { values: unknown[]; locale: string } {
  const options = args.at(-1) as HelperOptions | undefined;
  const values = args.slice(0, -1);
  if (values.length !== count) {
    throw new Error(`Helper "${name}" takes ${count} argument${count === 1 ? '' : 's'}, got ${values.length}.`);
  }
  const locale: unknown = (options?.data as { locale?: unknown } | undefined)?.locale;
  return { values, locale: typeof locale === 'string' ? locale : FALLBACK_LOCALE };
}

function expectNumber(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`Helper "${name}" expects a number, got ${JSON.stringify(value) ?? String(value)}.`);
  }
  return value;
}

function expectString(name: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new Error(`Helper "${name}" expects a string, got ${JSON.stringify(value) ?? String(value)}.`);
  }
  return value;
}

/**
 * The helpers for one fill mode:
 * - `date iso`: "22 December 2022" (the string itself when it is not an ISO date)
 * - `amount value unit`, `money value currency`, `percent value`, `number value`: news-style numbers
 * - `href url`: the URL for an `href`, or "" unless it is http(s) or mailto; in HTML mode it is
 *   attribute-escaped by us, so `?a=1&b=2` stays readable
 * - `eq a b`: strict equality, for `{{#if (eq a b)}}`
 * Helpers throw an Error on wrong arguments; the render stage reports it as RENDER_TEMPLATE_RUNTIME.
 */
export function createHelpers(mode: FillMode): Record<string, Helper> {
  return {
    date: (...args) => {
      const { values, locale } = splitArgs('date', args, 1);
      const iso = expectString('date', values[0]);
      return formatDate(iso, locale) ?? iso;
    },
    amount: (...args) => {
      const { values, locale } = splitArgs('amount', args, 2);
      return formatAmount(expectNumber('amount', values[0]), expectString('amount', values[1]), locale);
    },
    money: (...args) => {
      const { values, locale } = splitArgs('money', args, 2);
      return formatMoney(expectNumber('money', values[0]), expectString('money', values[1]), locale);
    },
    percent: (...args) => {
      const { values, locale } = splitArgs('percent', args, 1);
      return formatPercent(expectNumber('percent', values[0]), locale);
    },
    number: (...args) => {
      const { values, locale } = splitArgs('number', args, 1);
      return formatCount(expectNumber('number', values[0]), locale);
    },
    href: (...args) => {
      const { values } = splitArgs('href', args, 1);
      const link = toLinkUrl(typeof values[0] === 'string' ? values[0] : null);
      if (link === null) return '';
      return mode === 'html' ? new Handlebars.SafeString(escapeAttribute(link)) : link;
    },
    eq: (...args) => {
      const { values } = splitArgs('eq', args, 2);
      return values[0] === values[1];
    },
  };
}
