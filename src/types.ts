/**
 * The data that flows through the pipeline: ingest -> analyze -> render -> send.
 * Every stage imports its shapes from here; the zod schemas that validate
 * hand-written input live in `schemas.ts`.
 */

/** Why ingest removed a line from the article body. */
export type DropReason =
  | 'caption'
  | 'credit'
  | 'boilerplate'
  | 'byline'
  | 'dateline'
  | 'standfirst'
  | 'duplicate'
  | 'heading'
  | 'empty';

/** A line ingest kept out of the body, with the reason, so a user can see why it vanished. */
export interface DroppedLine {
  text: string;
  reason: DropReason;
}

/** An image that belongs to the article (lead image). */
export interface ArticleImage {
  src: string;
  alt: string;
}

/** What ingest produces from any source. */
export interface Article {
  title: string;
  /** Standfirst or dek: the sentence under the headline. */
  subtitle?: string;
  /** Author names only ("Andrew Griffin"), no "By". */
  byline?: string;
  /** ISO 8601: a date ("2022-12-22") or a date-time with offset ("2022-12-22T14:34:00Z"). */
  published?: string;
  url?: string;
  /** Publication or site name. */
  source?: string;
  /** BCP 47 language tag, "en" when unknown. */
  lang: string;
  image?: ArticleImage;
  /** Body paragraphs in order; figures index into `articleText(article)` (paragraphs joined by a blank line). */
  paragraphs: string[];
  dropped: DroppedLine[];
}

/** ISO 4217 code, "%" for percentages, "pp" for percentage points, or "count". */
export type FigureUnit = string;

/** A number the article states, tied to its exact place in the article text. */
export interface KeyFigure {
  /** Exact slice of the article text: `articleText(article).slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  value: number;
  unit: FigureUnit;
  /** The same amount in a second currency, as the article gives it ("1.5 trillion won ($1.2 billion)"). */
  converted?: { value: number; unit: FigureUnit };
  /** "about", "more than", "nearly", "up to", "at least", ... */
  qualifier?: string;
  /** For counts: the noun counted ("creditors"). */
  noun?: string;
  /** A few words saying what the figure measures. */
  label: string;
  /** The sentence the figure came from. */
  sentence: string;
  /** One of the headline figures a reader must see. */
  key: boolean;
}

/** What analyze adds to an article. */
export interface Analysis {
  /** Whole sentences from the article body, in article order. */
  summary: string[];
  figures: KeyFigure[];
}

export type AnalyzedArticle = Article & Analysis;

/** Sender's or publication's identity shown in the header and footer. */
export interface Brand {
  name: string;
  url?: string;
  logoUrl?: string;
  /** Accent colour as #rrggbb. */
  color?: string;
}

/** Per-recipient values a template may use as `recipient.*`. */
export interface Recipient {
  email: string;
  name?: string;
  [field: string]: string | undefined;
}

/** Everything a template is filled with. */
export interface Digest {
  title: string;
  /** ISO date of the issue. */
  date: string;
  intro?: string;
  articles: AnalyzedArticle[];
  recipient?: Recipient;
  unsubscribeUrl?: string;
  brand?: Brand;
  /** BCP 47 locale for numbers and dates ("en-GB"); also the email's `lang`. */
  locale?: string;
}

/** Output of the render stage. */
export interface RenderedEmail {
  subject: string;
  preheader: string;
  html: string;
  text: string;
  /** Non-fatal problems found while rendering (MJML soft warnings, missing data). */
  warnings: string[];
}

/** Who a message goes to and from, apart from the rendered content. */
export interface Envelope {
  from: string;
  to: string[];
  replyTo?: string;
  /** Adds List-Unsubscribe and List-Unsubscribe-Post headers. */
  unsubscribeUrl?: string;
  /** Fixed send date; defaults to now. */
  date?: Date;
}

/** What a sender reports for one message. */
export interface SendResult {
  messageId: string;
  accepted: string[];
  rejected: string[];
  /** The server's final reply, or a description of where the message went. */
  response: string;
  /** For the outbox: the `.eml` file written. */
  path?: string;
}

/** A way to deliver a rendered email: SMTP, outbox files, or the capture server. */
export interface Sender {
  readonly name: string;
  /** Throws a DigestError with a SEND_* code when the message cannot be delivered. */
  send(email: RenderedEmail, envelope: Envelope): Promise<SendResult>;
  close(): Promise<void>;
}
