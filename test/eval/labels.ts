/**
 * The shape of a label file, `test/fixtures/articles/<slug>.json`: what a careful reader of
 * the article says its metadata, site noise and figures are. Labels are written by hand from
 * the article text, never from the program's output.
 */
import { z } from 'zod';

/** ISO 4217 code, "%" or "pp" (percentage points). */
const unitSchema = z.string().regex(/^(?:[A-Z]{3}|%|pp)$/, 'a unit is an ISO 4217 code, "%" or "pp"');

const readingSchema = z.strictObject({ value: z.number().finite(), unit: unitSchema });

/** One amount the article states, however many times it says it. */
export const figureLabelSchema = z
  .strictObject({
    /** The first mention exactly as written, without its qualifier ("about", "more than"). */
    text: z.string().min(1),
    value: z.number().finite(),
    /** For a range ("HK$3.2 billion to HK$3.5 billion"): `value` is the lower bound, this the upper. */
    upper: z.number().finite().optional(),
    unit: unitSchema,
    /** The same amount in a second currency, as written beside it. */
    converted: readingSchema.nullable(),
    /** Further currencies the same amount is given in ("£32-billion ($54-billion, 40-billion-euro)"). */
    alsoAs: z.array(readingSchema).optional(),
    /** One of the 2–4 figures a careful editor would put in the email. */
    key: z.boolean(),
    /** Why the label is what it is, for the next reader. */
    note: z.string().optional(),
  })
  .refine((figure) => figure.upper === undefined || figure.upper > figure.value, { message: 'upper must be above value' })
  .refine((figure) => figure.converted === null || figure.converted.unit !== figure.unit, {
    message: 'a conversion is into another currency',
  });

/** Everything labelled about one article. */
export const articleLabelsSchema = z
  .strictObject({
    /** The public report the article was written from. */
    sourceUrl: z.url(),
    outlet: z.string().min(1),
    title: z.string().min(1),
    /** Author names only, or null when the page names no person. */
    byline: z.string().min(1).nullable(),
    /** ISO date or date-time, or null when the page does not say. */
    published: z.iso.date().or(z.iso.datetime({ offset: true })).nullable(),
    /** Every caption, credit and site-noise line, exactly as it stands on its own line in the file. */
    boilerplate: z.array(z.string().min(1)),
    /** Every money amount, percentage and percentage-point figure in the body. */
    figures: z.array(figureLabelSchema).min(1),
  })
  .refine(
    (labels) => {
      const keys = labels.figures.filter((figure) => figure.key).length;
      return keys >= Math.min(2, labels.figures.length) && keys <= 4;
    },
    { message: 'an article has 2 to 4 key figures', path: ['figures'] },
  );

/** One labelled figure, as validated. */
export type FigureLabel = z.infer<typeof figureLabelSchema>;
/** One label file, as validated. */
export type ArticleLabels = z.infer<typeof articleLabelsSchema>;

/** A value in a unit: one reading of a figure. */
export type Reading = z.infer<typeof readingSchema>;

/**
 * Parses and validates a label file's content. Throws an Error naming the file and every
 * field that is wrong, or the JSON syntax error.
 */
export function parseLabels(content: string, name: string): ArticleLabels {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new Error(`${name} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = articleLabelsSchema.safeParse(json);
  if (!result.success) throw new Error(`${name} does not match the label schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}
