/** Words that mark the part after " - " in a page title as the publication's name. */
const PUBLICATION_WORDS =
  /\b(?:news|times|post|journal|guardian|independent|reuters|bbc|cnn|herald|telegraph|tribune|review|daily|observer|economist|bloomberg|insider|wire|press|today|mail|express|star|chronicle|gazette|standard|globe|nikkei|yonhap|al jazeera|npr|abc|cbs|nbc|fox|sky|itv|france 24|dw)\b/i;

/** True for a publication's name standing alone: "BBC News", "CNN", "The Guardian". */
export function isPublicationName(text: string): boolean {
  const trimmed = text.trim();
  if (/^[A-Z]{2,6}$/.test(trimmed)) return true;
  return trimmed.split(/\s+/).length <= 4 && PUBLICATION_WORDS.test(trimmed) && /^[A-Z][\p{L}\s&'’.]*$/u.test(trimmed);
}

/**
 * Splits a page title such as "Headline | The Independent" into the headline and the
 * publication. A " - Name" suffix counts only when Name reads like a publication.
 */
export function splitTitleSource(line: string): { title: string; source?: string } {
  const piped = /^(.{12,}?)\s+[|｜]\s+([^|]{2,40})$/.exec(line);
  if (piped?.[1] && piped[2]) return { title: piped[1].trim(), source: piped[2].trim() };
  const dashed = /^(.{12,}?)\s+[-–—]\s+([^-–—]{2,30})$/.exec(line);
  if (dashed?.[1] && dashed[2] && PUBLICATION_WORDS.test(dashed[2]) && dashed[2].split(' ').length <= 4) {
    return { title: dashed[1].trim(), source: dashed[2].trim() };
  }
  return { title: line };
}

/** "SEOUL, Dec 22 (Reuters) - ", "SEOUL, South Korea (AP) — ", "WASHINGTON — " */
const WIRE_DATELINE =
  /^((?:[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)*)?(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?\s*(?:\((?:Reuters|AP|AFP|Bloomberg|UPI|Xinhua|Yonhap|dpa|IANS|PTI|CNN)\))?)\s*[-–—]{1,2}\s+)(?=[A-Z“"‘'])/u;

/**
 * Removes a wire-service dateline from the start of the first paragraph, so the summary
 * starts with the news. Returns the paragraph and the dateline that was removed.
 */
export function stripWireDateline(paragraph: string): { text: string; dateline: string | undefined } {
  const match = WIRE_DATELINE.exec(paragraph);
  const prefix = match?.[1];
  if (prefix === undefined || !/[A-Z]{3,}|\(/.test(prefix)) return { text: paragraph, dateline: undefined };
  return { text: paragraph.slice(match?.[0].length ?? 0), dateline: prefix.trim().replace(/\s*[-–—]+$/, '') };
}
