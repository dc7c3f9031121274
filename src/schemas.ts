import { z } from 'zod';

/** An ISO 8601 date ("2022-12-22") or date-time, with or without an offset. */
const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: 'expected an ISO 8601 date such as "2022-12-22" or "2022-12-22T14:34:00Z"',
});
const webUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });
const nonEmpty = z.string().trim().min(1);

export const keyFigureSchema = z.strictObject({
  text: nonEmpty,
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  value: z.number(),
  unit: nonEmpty,
  converted: z.strictObject({ value: z.number(), unit: nonEmpty }).optional(),
  qualifier: nonEmpty.optional(),
  label: z.string(),
  sentence: z.string(),
  key: z.boolean().default(false),
});

export const articleInputSchema = z
  .strictObject({
    title: nonEmpty,
    subtitle: nonEmpty.optional(),
    byline: nonEmpty.optional(),
    published: isoDate.optional(),
    url: webUrl.optional(),
    source: nonEmpty.optional(),
    lang: nonEmpty.default('en'),
    image: z.strictObject({ src: webUrl, alt: z.string().default('') }).optional(),
    /** Body paragraphs; or give `text` with paragraphs separated by blank lines. */
    paragraphs: z.array(nonEmpty).min(1).optional(),
    text: nonEmpty.optional(),
    dropped: z.array(z.strictObject({ text: z.string(), reason: nonEmpty })).default([]),
    /** Give both `summary` and `figures` to skip analysis for this article. */
    summary: z.array(nonEmpty).optional(),
    figures: z.array(keyFigureSchema).optional(),
  })
  .refine((article) => article.paragraphs !== undefined || article.text !== undefined, {
    error: 'an article needs "paragraphs" (an array of strings) or "text"',
  });

export const brandSchema = z.strictObject({
  name: nonEmpty,
  url: webUrl.optional(),
  logoUrl: webUrl.optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like "#0b5394"').optional(),
});

/** A hand-written digest, or the output of `digest analyze --json`. */
export const digestInputSchema = z.strictObject({
  title: nonEmpty.optional(),
  date: isoDate.optional(),
  intro: nonEmpty.optional(),
  articles: z.array(articleInputSchema).min(1, 'a digest needs at least one article'),
  unsubscribeUrl: z.url({ protocol: /^(?:https?|mailto)$/ }).optional(),
  brand: brandSchema.optional(),
  locale: nonEmpty.optional(),
});

export type ArticleInput = z.output<typeof articleInputSchema>;
export type DigestInput = z.output<typeof digestInputSchema>;
