/**
 * Which currency a reader thinks in, from their locale. Used to decide which reading of a
 * converted amount leads a figure card.
 */

const EURO_REGIONS = [
  'AT', 'BE', 'HR', 'CY', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PT', 'SK', 'SI', 'ES', 'AD', 'MC', 'SM', 'VA', 'ME', 'XK', '150',
];

const REGION_CURRENCY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EURO_REGIONS.map((region) => [region, 'EUR'])),
  US: 'USD', GB: 'GBP', KR: 'KRW', JP: 'JPY', CN: 'CNY', HK: 'HKD', TW: 'TWD', SG: 'SGD',
  IN: 'INR', CA: 'CAD', AU: 'AUD', NZ: 'NZD', CH: 'CHF', LI: 'CHF', SE: 'SEK', NO: 'NOK',
  DK: 'DKK', IS: 'ISK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', UA: 'UAH',
  TR: 'TRY', IL: 'ILS', AE: 'AED', SA: 'SAR', ZA: 'ZAR', NG: 'NGN', KE: 'KES', EG: 'EGP',
  BR: 'BRL', MX: 'MXN', AR: 'ARS', CL: 'CLP', CO: 'COP', PE: 'PEN', ID: 'IDR', MY: 'MYR',
  TH: 'THB', PH: 'PHP', VN: 'VND', PK: 'PKR', BD: 'BDT', RU: 'RUB',
};

/** The fallback when a locale names no region we know. */
export const DEFAULT_READER_CURRENCY = 'USD';

/**
 * The ISO 4217 currency of the locale's region: "en-GB" -> "GBP", "ko" -> "KRW", "de" -> "EUR",
 * "en" -> "USD". A language without a region uses its likeliest region (Intl.Locale#maximize).
 * Unknown regions give USD. Throws a RangeError when `locale` is not a valid BCP 47 tag.
 */
export function currencyForLocale(locale: string): string {
  const region = new Intl.Locale(locale).maximize().region;
  return (region === undefined ? undefined : REGION_CURRENCY[region]) ?? DEFAULT_READER_CURRENCY;
}
