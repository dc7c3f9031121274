import { franc } from 'franc-min';

/** ISO 639-3 codes franc returns, to the BCP 47 tags emails and locales use. */
const TO_BCP47: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', swe: 'sv', dan: 'da', nob: 'nb',
  fin: 'fi', pol: 'pl', ces: 'cs', hun: 'hu', ron: 'ro', tur: 'tr', rus: 'ru', ukr: 'uk', ell: 'el', arb: 'ar',
  heb: 'he', hin: 'hi', ben: 'bn', ind: 'id', zlm: 'ms', vie: 'vi', tha: 'th', jpn: 'ja', kor: 'ko', cmn: 'zh',
};

/** Enough text to tell the language; more only costs time. */
const SAMPLE_CHARACTERS = 2000;

/**
 * Guesses the language of an article body as a BCP 47 tag, falling back to "en" when the text
 * is too short or the language is not one we map.
 */
export function detectLanguage(paragraphs: readonly string[]): string {
  const sample = paragraphs.join(' ').slice(0, SAMPLE_CHARACTERS);
  return TO_BCP47[franc(sample, { minLength: 40 })] ?? 'en';
}
