/** What a secret is replaced with. */
export const REDACTED = '***';

// Shorter base64 fragments would match ordinary words and mangle messages for no gain.
const MIN_FRAGMENT_LENGTH = 6;

/**
 * Removes every secret from `text`, in the forms it can leak in: as is, percent-encoded (as in
 * a URL), and base64-encoded at any byte alignment, which covers it inside an SMTP
 * `AUTH PLAIN` or `AUTH LOGIN` string. Each occurrence becomes `***`. Never throws.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret === '') continue;
    for (const form of encodedForms(secret)) forms.add(form);
  }
  // Longest first, so a short form never leaves part of a longer one behind.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  let result = text;
  for (const form of ordered) result = result.split(form).join(REDACTED);
  return result;
}

/**
 * Replaces the password of a URL (`scheme://user:password@host`) with `***` without parsing
 * it, so it also works on a URL too broken to parse. When in doubt it masks more, never less.
 * Never throws.
 */
export function redactUrlPassword(url: string): string {
  const schemeEnd = url.indexOf('://');
  if (schemeEnd < 0) return url;
  const authorityStart = schemeEnd + 3;
  // A password may hold an unencoded "@", so the userinfo ends at the last one.
  const at = url.lastIndexOf('@');
  if (at < authorityStart) return url;
  const colon = url.indexOf(':', authorityStart);
  if (colon < 0 || colon > at) return url;
  return `${url.slice(0, colon + 1)}${REDACTED}${url.slice(at)}`;
}

function encodedForms(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), encodeUserinfo(secret)];
  const bytes = Buffer.from(secret, 'utf8');
  forms.push(bytes.toString('base64'));
  for (let offset = 0; offset < 3; offset += 1) {
    const fragment = base64Fragment(bytes, offset);
    if (fragment.length >= MIN_FRAGMENT_LENGTH) forms.push(fragment);
  }
  return forms.filter((form) => form !== '');
}

/** The secret as the WHATWG URL parser percent-encodes a password. */
function encodeUserinfo(secret: string): string {
  const url = new URL('smtp://host');
  url.password = secret;
  return url.password;
}

/**
 * The base64 characters that depend only on the secret when it starts `offset` bytes into a
 * longer base64-encoded string: they appear in that string whatever surrounds the secret.
 */
function base64Fragment(bytes: Buffer, offset: number): string {
  const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
  const first = Math.ceil((offset * 8) / 6);
  const end = Math.floor(((offset + bytes.length) * 8) / 6);
  return end > first ? encoded.slice(first, end) : '';
}
