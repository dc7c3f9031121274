/** How far into a page to look for `<meta charset>` or an XML declaration (the HTML spec says 1024; pages often put it later). */
const SNIFF_BYTES = 4096;

/**
 * Decodes a fetched body to text. The encoding comes from a byte order mark, then the
 * Content-Type header's charset, then `<meta charset>`, `<meta http-equiv="Content-Type">` or
 * the XML declaration, and is UTF-8 otherwise. Never throws: an unknown label falls back to
 * UTF-8 and undecodable bytes become U+FFFD.
 */
export function decodeBody(bytes: Uint8Array, headerCharset: string | undefined): string {
  const label = bomEncoding(bytes) ?? headerCharset ?? declaredCharset(bytes) ?? 'utf-8';
  const decoder = createDecoder(label);
  const text = decoder.decode(bytes);
  // Node 20.18.3+ decodes windows-1252 (and so iso-8859-1, its web alias) as Latin-1, leaving
  // "€", "–" and curly quotes as C1 controls (nodejs/node#60888); map them as browsers do.
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char) : text;
}

/** What windows-1252 bytes 0x80-0x9F stand for (WHATWG index-windows-1252). */
const WINDOWS_1252_C1 = [
  '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
  '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
];

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The encoding an HTML or XML document declares near its start (`<meta charset>`, `<?xml encoding?>`), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Every encoding a page may declare is ASCII-compatible where the declaration stands.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared =
    /<meta\s[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([-\w.:]+)["']/i.exec(head)?.[1];
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML spec reads it as UTF-8).
  return declared === undefined || /^utf-?16/i.test(declared) ? undefined : declared.toLowerCase();
}

function createDecoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    // An unknown label ("x-user-defined-foo"): UTF-8 is right for most of the web.
    return new TextDecoder('utf-8');
  }
}
