/**
 * Tests for the kinds of line a news page leaves in pasted text: site boilerplate, image
 * credits and captions, and real body sentences.
 */

/** Site furniture that is never article text. Each pattern is anchored at the line start. */
const BOILERPLATE = [
  /^thank you for (?:registering|subscribing|signing up|reading)/i,
  /^please (?:refresh|log ?in|sign ?in|enable javascript|try again|verify)/i,
  /^(?:additional|further|extra) reporting (?:by|from)/i,
  /^(?:reporting|writing|editing) by\b/i,
  /^sign (?:up|in|me up)\b/i,
  /^(?:subscribe|register|log ?in|create an account)\b/i,
  /^read (?:more|next|the full|our|this)\b/i,
  /^(?:more|most) (?:on this story|about|from|stories|popular|read|viewed)\b/i,
  /^(?:related|recommended|trending|you may also like|also read|see also|latest|top stories)\b[:\s]*/i,
  /^advertisement$/i,
  /^(?:skip|jump) to\b/i,
  /^(?:share|tweet|email|print|copy link|save)(?: this)?(?: article| story| on \w+)?$/i,
  /^(?:follow|like|join) (?:us|our|the)\b/i,
  /^(?:click|tap) here\b/i,
  /^(?:copyright|©|\(c\) ?\d{4})/i,
  /all rights reserved\.?$/i,
  /^(?:\d+ )?comments?$/i,
  /^(?:already (?:a subscriber|have an account)|not a subscriber)/i,
  /^(?:get|want) (?:the|our|more)\b.*\b(?:newsletter|inbox|alerts?|app)\b/i,
  /^(?:download|get) (?:our|the) app\b/i,
  /^(?:listen|watch)(?: to)? (?:this|the) (?:article|story)\b/i,
  /^\d+\s*min(?:ute)?s? read$/i,
  /^(?:topics|tags|filed under)\s*:/i,
  /^this (?:article|story) (?:was|has been) (?:updated|amended|corrected)\b/i,
  /^we (?:use|value) (?:cookies|your privacy)/i,
  /^(?:contact|email) the (?:author|reporter)\b/i,
  /^(?:newsletter|breaking news)\b/i,
  /^privacy (?:notice|policy)\b/i,
  /^our standards\b/i,
  /^reuse this content$/i,
  /^explore more on these topics$/i,
];

/** Wire agencies and picture libraries that credit an image. */
const PICTURE_SOURCES =
  '(?:via|getty|reuters|ap|afp|epa|pa|pa wire|pa media|bloomberg|shutterstock|alamy|file|photo|image|handout|supplied|kcna|kns|xinhua|yonhap|associated press|anadolu|sipa|rex|istock|nurphoto|sopa)';

const CREDIT_IN_PARENS = new RegExp(`\\((?:[^()]*\\b${PICTURE_SOURCES}\\b[^()]*)\\)\\s*$`, 'i');
const CREDIT_PREFIX = /^(?:photo(?:graph)?|image|picture|pic|credit|illustration|video|source)(?: credit)?\s*[:/]/i;
const CREDIT_SUFFIX = new RegExp(`(?:\\s|/|:)${PICTURE_SOURCES}(?: images| photos| via [^.]+)?\\s*$`, 'i');

/** "AP writers Jane Doe and John Roe contributed.", "CNN's John Smith contributed to this report." */
const CONTRIBUTION = /^[^.!?]{0,160}\bcontributed(?: (?:to )?(?:this|the) (?:report|story|article))?(?: reporting)?(?: from [^.!?]+)?\.?$/i;

/** True for a line of site furniture such as "Thank you for registering". */
export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  return CONTRIBUTION.test(text) || BOILERPLATE.some((pattern) => pattern.test(text));
}

/** True for an image credit such as "Koreas Tensions (KCNA via KNS)" or "Photograph: Reuters". */
export function isCredit(line: string): boolean {
  const text = line.trim();
  if (CREDIT_PREFIX.test(text) || /^©/.test(text)) return true;
  if (countWords(text) > 25) return false;
  return CREDIT_IN_PARENS.test(text) || (countWords(text) <= 12 && !endsSentence(text) && CREDIT_SUFFIX.test(text));
}

/** True when the line ends the way a sentence ends (allowing closing quotes and brackets). */
export function endsSentence(line: string): boolean {
  return /[.!?…:]["'”’)\]]*$/.test(line.trim());
}

/** True for a line that reads as article prose: a sentence of some length. */
export function isProse(line: string): boolean {
  const words = countWords(line);
  return (endsSentence(line) && words >= 4) || words >= 25;
}

/** A short line without final punctuation: a caption, a subheading or a tag. */
export function isShortLabel(line: string): boolean {
  return !endsSentence(line) && countWords(line) <= 15;
}

export function countWords(line: string): number {
  return line.trim().split(/\s+/).filter(Boolean).length;
}
