const MAX_SLUG_LENGTH = 60;

/**
 * The base name (no extension) of an outbox file: the UTC send time to the second, then a
 * slug of the subject, e.g. `2026-11-23T19-45-00Z-seoul-loses-1-5tn`. Colons are replaced so
 * the name is valid on Windows too, and names sort by time. Throws a RangeError for an
 * invalid date (composeMessage rejects those first).
 */
export function formatOutboxBaseName(date: Date, subject: string): string {
  const stamp = date.toISOString().slice(0, 19).replace(/:/g, '-');
  return `${stamp}Z-${slugifySubject(subject)}`;
}

/**
 * A file-name-safe slug: lower-case ASCII letters and digits joined by single hyphens,
 * accents folded ("Séoul" -> "seoul"), at most 60 characters; "message" when nothing is left.
 * Never throws.
 */
export function slugifySubject(subject: string): string {
  const slug = subject
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  return cut === '' ? 'message' : cut;
}
