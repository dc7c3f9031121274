/**
 * The render stage: Digest -> RenderedEmail. Order: load the template folder, build the view
 * (formatted figures and dates), fill subject.hbs, text.hbs and index.mjml.hbs with Handlebars,
 * compile the MJML to HTML.
 */
import { DigestError } from '../errors.js';
import type { Digest, RenderedEmail } from '../types.js';
import { compileMjml } from './compile-mjml.js';
import { toMjmlError } from './errors.js';
import { getCompiledTemplate } from './fill.js';
import { findTagSource } from './source-map.js';
import { DEFAULT_TEMPLATE, loadTemplate } from './template-files.js';
import { buildDigestView } from './view-model.js';

/** How to render. */
export interface RenderOptions {
  /** A bundled template name ("digest", the default) or a path to a template folder. */
  template?: string;
  /** BCP 47 locale for numbers, dates and `lang`; overrides `digest.locale`. Default "en". */
  locale?: string;
  /** Collapse the HTML's whitespace. Default true; false gives readable HTML for debugging. */
  minify?: boolean;
}

const DEFAULT_LOCALE = 'en';
/** Gmail hides everything after the first 102 KB of a message's HTML behind "View entire message". */
const GMAIL_CLIP_BYTES = 102 * 1024;

function resolveLocale(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical === undefined) throw new RangeError('empty locale');
    return canonical;
  } catch (error) {
    throw new DigestError('RENDER_INVALID_LOCALE', `Locale "${locale}" is not a valid BCP 47 language tag.`, {
      hint: 'Use a tag such as "en", "en-GB", "de-DE" or "ko-KR".',
      cause: error,
    });
  }
}

/** One line: no CR/LF, no runs of spaces, trimmed. */
function cleanSubject(subject: string): string {
  return subject.replace(/[\r\n]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

/** Trailing spaces off, at most one blank line in a row, one final newline. */
function cleanText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * Renders a digest to an email: subject, preheader, HTML and plain text, plus non-fatal
 * warnings (an article without summary, links left out, an HTML part Gmail would clip).
 * Throws a DigestError: RENDER_TEMPLATE_NOT_FOUND (no such template or file),
 * RENDER_TEMPLATE_SYNTAX or RENDER_TEMPLATE_RUNTIME (Handlebars, with file and line),
 * RENDER_MJML_INVALID (MJML validation, with the template file and line of the tag) or
 * RENDER_INVALID_LOCALE.
 */
export async function renderDigest(digest: Digest, options: RenderOptions = {}): Promise<RenderedEmail> {
  const locale = resolveLocale(options.locale ?? digest.locale ?? DEFAULT_LOCALE);
  const files = await loadTemplate(options.template ?? DEFAULT_TEMPLATE);
  const template = getCompiledTemplate(files);
  const { view, warnings } = buildDigestView(digest, locale);
  view.subject = cleanSubject(template.fillSubject(view));
  const text = cleanText(template.fillText(view));
  const mjml = template.fillHtml(view);
  const result = await compileMjml(mjml, { dir: files.dir, minify: options.minify ?? true });
  if (!result.ok) {
    let marked: string | undefined;
    const locate = (issue: { line: number | undefined; tagName: string | undefined }) => {
      if (issue.line === undefined || issue.tagName === undefined) return undefined;
      marked ??= template.fillMarkedHtml(view);
      return findTagSource(marked, issue.line, issue.tagName);
    };
    throw toMjmlError(result.issues, files, locate, result.cause);
  }
  const size = Buffer.byteLength(result.html, 'utf8');
  if (size > GMAIL_CLIP_BYTES) {
    warnings.push(`The HTML is ${Math.round(size / 1024)} KB; Gmail clips messages over 102 KB. Consider fewer articles.`);
  }
  return { subject: view.subject, preheader: view.preheader, html: result.html, text, warnings };
}
