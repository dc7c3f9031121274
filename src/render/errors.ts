/**
 * Turning Handlebars and MJML failures into DigestErrors that name the template file and line.
 */
import { DigestError } from '../errors.js';
import type { MjmlIssue } from './compile-mjml.js';
import type { SourceLocation } from './source-map.js';
import type { TemplateFile, TemplateFiles } from './template-files.js';

const HELPER_NAMES = 'date, amount, money, percent, number, href, eq (and the Handlebars built-ins if, unless, each, with, lookup)';

/**
 * An error raised while filling one template file, tagged with that file. Partials rethrow it
 * unchanged, so the innermost file wins.
 */
export class TemplateFillFailure extends Error {
  readonly file: TemplateFile;

  constructor(file: TemplateFile, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.file = file;
  }
}

function lineOf(error: unknown): number | undefined {
  const line = (error as { lineNumber?: unknown } | null)?.lineNumber;
  if (typeof line === 'number') return line;
  const match = /on line (\d+)/.exec(error instanceof Error ? error.message : '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function place(file: TemplateFile, line: number | undefined): string {
  return line === undefined ? file.path : `${file.path}:${line}`;
}

/** Handlebars appends " - line:column" to messages that carry a location; we print it our way. */
function cleanMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/ - \d+:\d+$/, '').replace(/^Parse error on line \d+:\n/, '');
}

/** A Handlebars parse failure in `file` as RENDER_TEMPLATE_SYNTAX. Never throws. */
export function toSyntaxError(file: TemplateFile, error: unknown): DigestError {
  return new DigestError('RENDER_TEMPLATE_SYNTAX', `Handlebars syntax error in ${place(file, lineOf(error))}:\n${cleanMessage(error)}`, {
    hint: 'Check that every {{#block}} has a matching {{/block}} and every {{ has its }}.',
    cause: error,
  });
}

/** An unknown partial found before filling, as RENDER_TEMPLATE_RUNTIME. Never throws. */
export function toUnknownPartialError(file: TemplateFile, line: number, partial: string, files: TemplateFiles): DigestError {
  const known = files.partials.map((entry) => entry.partialName);
  const available = file === files.html || file.name.startsWith('partials/')
    ? `Partials in this template: ${known.length === 0 ? '(none)' : known.join(', ')}.`
    : 'Partials are only available to index.mjml.hbs and other partials, not to subject.hbs or text.hbs.';
  return new DigestError('RENDER_TEMPLATE_RUNTIME', `Unknown partial "${partial}" in ${place(file, line)}. ${available}`, {
    hint: `Add partials/${partial}.hbs to the template folder or fix the name.`,
  });
}

/** A failure while filling `file` (or a partial it calls) as RENDER_TEMPLATE_RUNTIME. Never throws. */
export function toRuntimeError(file: TemplateFile, error: unknown): DigestError {
  const failedFile = error instanceof TemplateFillFailure ? error.file : file;
  const cause = error instanceof TemplateFillFailure ? error.cause : error;
  const message = cleanMessage(cause).replace(/\.$/, '');
  const unknown = /^"([^"]+)" not defined in /.exec(message);
  if (unknown?.[1] !== undefined) {
    return new DigestError('RENDER_TEMPLATE_RUNTIME', `Template error in ${place(failedFile, lineOf(cause))}: "${unknown[1]}" is neither a helper nor a field of the data at this point.`, {
      hint: `Check the spelling. Helpers: ${HELPER_NAMES}. Optional fields are null when absent: test them with {{#if}}.`,
      cause,
    });
  }
  return new DigestError('RENDER_TEMPLATE_RUNTIME', `Template error in ${place(failedFile, lineOf(cause))}: ${message}.`, {
    hint: 'Check the helper calls and partials in that file against the data they receive.',
    cause,
  });
}

/**
 * Invalid MJML as RENDER_MJML_INVALID, each issue with the template file and line that wrote
 * the offending tag when `locate` can find it, else the line of the generated MJML. Never throws.
 */
export function toMjmlError(
  issues: MjmlIssue[],
  files: TemplateFiles,
  locate: (issue: MjmlIssue) => SourceLocation | undefined,
  cause: unknown,
): DigestError {
  const byName = new Map([files.html, ...files.partials.map((entry) => entry.file)].map((file) => [file.name, file]));
  const lines = issues.map((issue) => {
    const found = locate(issue);
    const file = found === undefined ? undefined : byName.get(found.file);
    const tag = issue.tagName === undefined ? '' : ` <${issue.tagName}>`;
    if (file !== undefined && found !== undefined) return `${file.path}:${found.line}${tag}: ${issue.message}`;
    const where = issue.line === undefined ? files.html.path : `line ${issue.line} of the MJML generated from ${files.html.path}`;
    return `${where}${tag}: ${issue.message}`;
  });
  return new DigestError('RENDER_MJML_INVALID', `Invalid MJML in template ${files.dir}:\n  ${lines.join('\n  ')}`, {
    hint: 'Fix the tag at that line; https://documentation.mjml.io lists each tag\'s attributes and where it may appear.',
    cause,
  });
}
