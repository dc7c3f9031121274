/**
 * The one error type of the library. Every code is listed in `ERROR_CODES` with what it
 * means; a test checks the README documents each one.
 */
export const ERROR_CODES = {
  INGEST_NOT_FOUND: 'The input file does not exist.',
  INGEST_READ_FAILED: 'The input could not be read.',
  INGEST_EMPTY: 'The input has no article text.',
  INGEST_TOO_LARGE: 'The input is larger than the size cap.',
  INGEST_NOT_TEXT: 'The input is binary or not valid UTF-8 text.',
  INGEST_UNSUPPORTED: 'The input format is not one digest reads.',
  INGEST_INVALID_JSON: 'A Digest JSON file is not valid JSON or does not match the Digest shape.',
  INGEST_NO_CONTENT: 'No article content could be found in the HTML.',
  INGEST_FETCH_FAILED: 'A URL could not be fetched (bad address, DNS failure, refused connection, too many redirects).',
  INGEST_FETCH_TIMEOUT: 'A URL did not answer within the time limit.',
  INGEST_HTTP_STATUS: 'A URL answered with an HTTP error status (4xx or 5xx).',
  INGEST_NOT_HTML: 'A URL returned content that is neither a web page, a feed nor text (an image, a PDF).',
  INGEST_INVALID_FEED: 'A feed is not valid RSS, Atom or JSON Feed.',
  ANALYZE_INVALID_OPTIONS: 'An analyze option is out of range (sentences or words is not a positive integer).',
  ANALYZE_MODEL_LOAD: 'The wink-nlp language model could not be loaded.',
  ANALYZE_NLP_FAILED: 'The language model failed while reading the article text.',
  RENDER_TEMPLATE_NOT_FOUND: 'The template folder or one of its files is missing.',
  RENDER_TEMPLATE_SYNTAX: 'A Handlebars template has a syntax error.',
  RENDER_TEMPLATE_RUNTIME: 'A Handlebars template failed while filling in data (unknown helper or partial).',
  RENDER_MJML_INVALID: 'The MJML produced by the template is invalid.',
  RENDER_WRITE_FAILED: 'An output file could not be written.',
  RENDER_INVALID_LOCALE: 'The locale is not a valid BCP 47 language tag.',
  SEND_NO_RECIPIENTS: 'No recipient address was given.',
  SEND_INVALID_ADDRESS: 'A sender or recipient address is not a valid email address.',
  SEND_INVALID_UNSUBSCRIBE_URL: 'The unsubscribe URL is not an absolute https, http or mailto URL.',
  SEND_SMTP_CONNECTION: 'The SMTP server could not be reached.',
  SEND_SMTP_TLS: 'The TLS handshake with the SMTP server failed.',
  SEND_SMTP_AUTH: 'The SMTP server rejected the username or password.',
  SEND_SMTP_TEMPORARY: 'The SMTP server replied with a temporary failure (4xx).',
  SEND_SMTP_REJECTED: 'The SMTP server rejected the message permanently (5xx).',
  SEND_SMTP_TIMEOUT: 'The SMTP server did not answer in time.',
  SEND_SMTP_FAILED: 'Sending failed for another reason.',
  SEND_OUTBOX_WRITE: 'A message could not be written to the outbox folder.',
  CONFIG_INVALID: 'A configuration value is invalid.',
  CONFIG_SMTP_URL: 'The SMTP URL is not of the form smtp://user:pass@host:port.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface DigestErrorOptions {
  /** What the user can do about it. */
  hint?: string;
  cause?: unknown;
}

/**
 * A user-facing failure: `message` says what was wrong and where, `hint` what to do.
 * The CLI prints both, without a stack trace, and exits 1.
 */
export class DigestError extends Error {
  override readonly name = 'DigestError';
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: DigestErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}

/** True for errors of this library, as opposed to bugs. */
export function isDigestError(error: unknown): error is DigestError {
  return error instanceof DigestError;
}
