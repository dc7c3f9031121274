/**
 * The data a template is filled with: the Digest with dates and figures already formatted for
 * the locale, unsafe links dropped, and every optional field present (null when absent) so
 * templates compiled in strict mode can test any of them.
 */
import type { AnalyzedArticle, Brand, Digest } from '../types.js';
import { formatFigure, type FigureView } from './figure.js';
import { formatDate } from './format-date.js';
import { toLinkUrl } from './url.js';

/** At most this many key figures become cards per article; more would not fit a 600px row. */
export const MAX_FIGURE_CARDS = 3;
/** Longer preheaders are cut at a word: inboxes show roughly the first 100 to 140 characters. */
export const MAX_PREHEADER_LENGTH = 150;
/** The accent when the brand gives none (a calm, high-contrast blue). */
export const DEFAULT_ACCENT = '#1a4fa0';

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The brand as templates see it: only safe links. */
export interface BrandView {
  name: string;
  link: string | null;
  logo: string | null;
}

/** One article as templates see it. */
export interface ArticleView {
  title: string;
  subtitle: string | null;
  /** Null unless the article URL is http(s) or mailto. */
  url: string | null;
  source: string | null;
  byline: string | null;
  /** The publication day, formatted ("22 December 2022"). */
  published: string | null;
  /** "By Andrew Griffin · 22 December 2022". */
  meta: string | null;
  /** "The Independent · By Andrew Griffin · 22 December 2022", for the plain-text part. */
  credit: string | null;
  summary: string[];
  /** The key figures, formatted, at most MAX_FIGURE_CARDS. */
  cards: FigureView[];
  /** Whether any card has a qualifier, so a layout can keep the cards' numbers aligned. */
  hasQualifiers: boolean;
}

/** The recipient as templates see it; `name` is null when unknown. */
export interface RecipientView {
  email: string;
  name: string | null;
  [field: string]: string | null | undefined;
}

/** Everything a template can use. */
export interface DigestView {
  title: string;
  /** The issue date, formatted. */
  dateText: string;
  intro: string | null;
  /** BCP 47 tag for `<mjml lang>`. */
  lang: string;
  locale: string;
  preheader: string;
  /** Filled in after subject.hbs has run, so the layout can use it as the page title. */
  subject: string;
  /** #rrggbb accent colour, validated. */
  accent: string;
  brand: BrandView | null;
  unsubscribeUrl: string | null;
  recipient: RecipientView | null;
  articles: ArticleView[];
  /** The first article, for the subject line. */
  lead: ArticleView | null;
}

function text(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

function truncateAtWord(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function joinParts(parts: (string | null)[]): string | null {
  const present = parts.filter((part): part is string => part !== null);
  return present.length === 0 ? null : present.join(' · ');
}

function describe(article: AnalyzedArticle, index: number): string {
  return `Article ${index + 1} ("${truncateAtWord(article.title, 60)}")`;
}

function buildCards(article: AnalyzedArticle, index: number, locale: string, warnings: string[]): FigureView[] {
  const key = article.figures.filter((figure) => figure.key);
  if (key.length > MAX_FIGURE_CARDS) {
    warnings.push(`${describe(article, index)} has ${key.length} key figures; only the first ${MAX_FIGURE_CARDS} are shown as cards.`);
  }
  const cards: FigureView[] = [];
  for (const figure of key.slice(0, MAX_FIGURE_CARDS)) {
    const values = [figure.value, ...(figure.converted === undefined ? [] : [figure.converted.value])];
    if (values.every(Number.isFinite)) {
      cards.push(formatFigure(figure, locale));
    } else {
      // A figure without a real number is left out, never guessed.
      warnings.push(`${describe(article, index)}: figure "${figure.text}" has no finite value; it is left out.`);
    }
  }
  return cards;
}

function buildArticle(article: AnalyzedArticle, index: number, locale: string, warnings: string[]): ArticleView {
  const url = toLinkUrl(article.url);
  if (article.url !== undefined && article.url.trim() !== '' && url === null) {
    warnings.push(`${describe(article, index)}: URL "${article.url}" is not an http(s) or mailto URL; the article is shown without a link.`);
  }
  let published: string | null = null;
  if (text(article.published) !== null) {
    published = formatDate(article.published ?? '', locale) ?? null;
    if (published === null) warnings.push(`${describe(article, index)}: published date "${article.published}" is not an ISO date; it is left out.`);
  }
  const summary = article.summary.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  if (summary.length === 0) warnings.push(`${describe(article, index)} has no summary; only its title and figures are shown.`);
  const byline = text(article.byline);
  const bylineText = byline === null ? null : `By ${byline}`;
  const source = text(article.source);
  const cards = buildCards(article, index, locale, warnings);
  return {
    title: article.title.trim(),
    subtitle: text(article.subtitle),
    url,
    source,
    byline,
    published,
    meta: joinParts([bylineText, published]),
    credit: joinParts([source, bylineText, published]),
    summary,
    cards,
    hasQualifiers: cards.some((card) => card.qualifier !== null),
  };
}

function buildBrand(brand: Brand | undefined, warnings: string[]): { view: BrandView | null; accent: string } {
  if (brand === undefined) return { view: null, accent: DEFAULT_ACCENT };
  let accent = DEFAULT_ACCENT;
  if (brand.color !== undefined) {
    if (HEX_COLOR.test(brand.color)) accent = brand.color;
    else warnings.push(`Brand colour "${brand.color}" is not a #rrggbb colour; the default ${DEFAULT_ACCENT} is used.`);
  }
  const logo = toLinkUrl(brand.logoUrl);
  const httpLogo = logo !== null && /^https?:/.test(logo) ? logo : null;
  if (brand.logoUrl !== undefined && httpLogo === null) {
    warnings.push(`Brand logo URL "${brand.logoUrl}" is not an http(s) URL; the brand name is shown instead.`);
  }
  return { view: { name: brand.name, link: toLinkUrl(brand.url), logo: httpLogo }, accent };
}

function buildPreheader(digest: Digest, articles: ArticleView[]): string {
  const intro = text(digest.intro);
  const first = articles.find((article) => article.summary.length > 0)?.summary[0];
  const preheader = intro ?? first ?? articles[0]?.subtitle ?? '';
  return truncateAtWord(preheader.replace(/\s+/g, ' '), MAX_PREHEADER_LENGTH);
}

/**
 * Builds the template data for a digest in a locale, and collects non-fatal warnings (no
 * summary, unsafe links, unparsable dates, figures left out). Does not throw for bad data;
 * `locale` must already be a valid BCP 47 tag.
 */
export function buildDigestView(digest: Digest, locale: string): { view: DigestView; warnings: string[] } {
  const warnings: string[] = [];
  if (digest.articles.length === 0) warnings.push('The digest has no articles.');
  const articles = digest.articles.map((article, index) => buildArticle(article, index, locale, warnings));
  const dateText = formatDate(digest.date, locale);
  if (dateText === undefined) warnings.push(`Digest date "${digest.date}" is not an ISO date; it is shown as given.`);
  const { view: brand, accent } = buildBrand(digest.brand, warnings);
  const unsubscribeUrl = toLinkUrl(digest.unsubscribeUrl);
  if (digest.unsubscribeUrl !== undefined && unsubscribeUrl === null) {
    warnings.push(`Unsubscribe URL "${digest.unsubscribeUrl}" is not an http(s) or mailto URL; no unsubscribe link is shown.`);
  }
  const view: DigestView = {
    title: digest.title.trim(),
    dateText: dateText ?? digest.date,
    intro: text(digest.intro),
    lang: locale,
    locale,
    preheader: buildPreheader(digest, articles),
    subject: '',
    accent,
    brand,
    unsubscribeUrl,
    recipient: digest.recipient === undefined ? null : { ...digest.recipient, name: digest.recipient.name ?? null },
    articles,
    lead: articles[0] ?? null,
  };
  return { view, warnings };
}
