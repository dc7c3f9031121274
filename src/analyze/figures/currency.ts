/**
 * How currencies are written around an amount: symbols and letter prefixes before it
 * ("US$", "€", "Rs"), ISO 4217 codes before or after it, and currency words after it
 * ("won", "US dollars"). Ambiguous symbols take the most common reading: "$" is USD and
 * "¥" is JPY unless written "CN¥" or "RMB".
 */

/** Written before the amount. Matched case-sensitively, longest first. */
const PREFIXES: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'HK$': 'HKD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD',
  'NZ$': 'NZD', 'S$': 'SGD', 'NT$': 'TWD', 'R$': 'BRL', 'MX$': 'MXN', $: 'USD',
  '€': 'EUR', '£': 'GBP', 'CN¥': 'CNY', 'JP¥': 'JPY', '¥': 'JPY', '₩': 'KRW', '₹': 'INR',
  '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₱': 'PHP', '₫': 'VND', '฿': 'THB', '₦': 'NGN',
  'Rs.': 'INR', Rs: 'INR', RMB: 'CNY', Rp: 'IDR',
};

/** ISO 4217 codes accepted before or after an amount ("USD 200", "200 USD"). */
const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR', 'HKD', 'AUD', 'CAD', 'NZD', 'SGD', 'CHF', 'SEK',
  'NOK', 'DKK', 'RUB', 'BRL', 'MXN', 'ZAR', 'TRY', 'TWD', 'THB', 'IDR', 'MYR', 'PHP', 'VND', 'PLN',
  'ILS', 'AED', 'SAR', 'QAR', 'KWD', 'NGN', 'EGP', 'KES', 'PKR', 'BDT', 'LKR', 'CZK', 'HUF', 'RON',
  'ARS', 'CLP', 'COP', 'PEN', 'UAH',
];

/**
 * Currency words after the amount, most specific first. `strict` words are also ordinary
 * English ("won", "pounds" of weight), so they need a scale word or an amount of 1,000 or more.
 */
const WORDS: readonly { source: string; code: string; strict?: boolean }[] = [
  { source: '(?:US|U\\.S\\.|American) dollars?', code: 'USD' },
  { source: 'Hong Kong dollars?', code: 'HKD' },
  { source: 'Australian dollars?', code: 'AUD' },
  { source: 'Canadian dollars?', code: 'CAD' },
  { source: 'New Zealand dollars?', code: 'NZD' },
  { source: 'Singapore(?:an)? dollars?', code: 'SGD' },
  { source: '(?:New )?Taiwan(?:ese)? dollars?', code: 'TWD' },
  { source: 'dollars?', code: 'USD' },
  { source: 'euros?', code: 'EUR' },
  { source: 'Egyptian pounds?', code: 'EGP' },
  { source: '(?:British )?pounds? sterling|British pounds?', code: 'GBP' },
  { source: 'pounds?', code: 'GBP', strict: true },
  { source: '(?:Japanese )?yen', code: 'JPY' },
  { source: '(?:Chinese )?(?:yuan|renminbi)', code: 'CNY' },
  { source: '(?:South )?Korean won', code: 'KRW' },
  { source: 'won', code: 'KRW', strict: true },
  { source: 'Pakistani rupees?', code: 'PKR' },
  { source: 'Sri Lankan rupees?', code: 'LKR' },
  { source: '(?:Indian )?rupees?', code: 'INR' },
  { source: 'Swiss francs?', code: 'CHF' },
  { source: '(?:Russian )?(?:roubles?|rubles?)', code: 'RUB' },
  { source: 'Mexican pesos?', code: 'MXN' },
  { source: 'Philippine pesos?', code: 'PHP' },
  { source: 'Argentine pesos?', code: 'ARS' },
  { source: '(?:Brazilian )?reais', code: 'BRL' },
  { source: '(?:Turkish )?liras?', code: 'TRY' },
  { source: '(?:South African )?rand', code: 'ZAR' },
  { source: 'Swedish (?:kronor|krona|crowns)', code: 'SEK' },
  { source: 'Norwegian (?:kroner|krone|crowns)', code: 'NOK' },
  { source: 'Danish (?:kroner|krone|crowns)', code: 'DKK' },
  { source: '(?:Malaysian )?ringgit', code: 'MYR' },
  { source: '(?:Thai )?baht', code: 'THB' },
  { source: '(?:Indonesian )?rupiah', code: 'IDR' },
  { source: '(?:Israeli )?(?:new )?shekels?', code: 'ILS' },
  { source: '(?:Nigerian )?naira', code: 'NGN' },
  { source: '(?:Ukrainian )?hryvnias?', code: 'UAH' },
  { source: '(?:Polish )?zlot(?:y|ys|ies)', code: 'PLN' },
  { source: '(?:UAE |Emirati )?dirhams?', code: 'AED' },
  { source: '(?:Saudi )?riyals?', code: 'SAR' },
];

const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (left: string, right: string): number => right.length - left.length;

/** Regex source for any prefix symbol or ISO code written before an amount. */
export const PREFIX_SOURCE = [...Object.keys(PREFIXES), ...ISO_CODES].sort(longestFirst).map(escape).join('|');

const PREFIX = new RegExp(`(${PREFIX_SOURCE})[ \\u00a0]?`, 'y');
const ISO_SUFFIX = new RegExp(`[ \\u00a0]?(${ISO_CODES.join('|')})(?![\\p{L}\\p{N}])`, 'uy');
const WORD_SUFFIX = new RegExp(
  `[ \\u00a0](?:${WORDS.map(({ source }) => `(${source.replaceAll(' ', '[ \\u00a0]')})`).join('|')})(?![\\p{L}\\p{N}])`,
  'iuy',
);

/** A currency found next to an amount. */
export interface CurrencyMatch {
  end: number;
  code: string;
  /** Also an ordinary word: needs a scale word or an amount of at least 1,000. */
  strict: boolean;
}

/** Reads a currency symbol or ISO code at `at`, with one optional space before the amount. */
export function readCurrencyPrefix(text: string, at: number): CurrencyMatch | undefined {
  PREFIX.lastIndex = at;
  const match = PREFIX.exec(text);
  const written = match?.[1];
  if (match === null || written === undefined) return undefined;
  const code = PREFIXES[written] ?? written;
  // A letter prefix must not be the tail of a longer word ("TRY" in "COUNTRY").
  if (/^[A-Z]/.test(written) && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return undefined;
  return { end: at + match[0].length, code, strict: false };
}

/** Reads an ISO code or currency word written after an amount that ends at `at`. */
export function readCurrencySuffix(text: string, at: number): CurrencyMatch | undefined {
  ISO_SUFFIX.lastIndex = at;
  const iso = ISO_SUFFIX.exec(text);
  if (iso?.[1] !== undefined) return { end: at + iso[0].length, code: iso[1], strict: false };
  WORD_SUFFIX.lastIndex = at;
  const word = WORD_SUFFIX.exec(text);
  if (word === null) return undefined;
  const index = word.findIndex((group, position) => position > 0 && group !== undefined) - 1;
  const entry = WORDS[index];
  return entry === undefined ? undefined : { end: at + word[0].length, code: entry.code, strict: entry.strict === true };
}
