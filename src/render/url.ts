/**
 * Links in the email: only http(s) and mailto URLs become links, and an `href` is written
 * with the fewest entities needed so the URL reads the same in source and in the browser.
 */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The normalized URL when `raw` is an absolute http, https or mailto URL, otherwise null
 * (relative, `javascript:`, `data:` or unparsable URLs never become links). Never throws.
 */
export function toLinkUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/**
 * Escapes a value for a double-quoted HTML attribute. Unlike Handlebars' escaping it leaves
 * `=` and backticks alone, so `?a=1&b=2` becomes `?a=1&amp;b=2` and not `?a&#x3D;1&amp;b&#x3D;2`.
 * Never throws.
 */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
