/**
 * Maps a line of the generated MJML back to the template file and line that wrote it. The
 * templates are filled a second time with every MJML tag marked with its origin
 * (`<mj-text data-digest-src="partials/article.hbs:12" …`); the marks sit inside the opening
 * tags, so the marked output has exactly the same lines as the real one.
 */

const SOURCE_ATTRIBUTE = 'data-digest-src';
// Handlebars comments first, since `{{!-- … }} … --}}` may contain "}}".
const MUSTACHE = /\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g;
const TAG_OPEN = /<(mjml|mj-[a-z][a-z-]*)(?![a-z0-9-])/g;

/** Where a tag was written. */
export interface SourceLocation {
  /** The file's name inside the template folder: "partials/article.hbs". */
  file: string;
  line: number;
}

function countLines(text: string, end: number): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) lines += 1;
  return lines;
}

/**
 * Adds `data-digest-src="<fileName>:<line>"` to every MJML opening tag outside Handlebars
 * expressions. Never throws.
 */
export function markMjmlTags(source: string, fileName: string): string {
  let result = '';
  let last = 0;
  const markStatic = (start: number, end: number): string =>
    source.slice(start, end).replace(TAG_OPEN, (match: string, _tag: string, offset: number) =>
      `${match} ${SOURCE_ATTRIBUTE}="${fileName}:${countLines(source, start + offset)}"`);
  for (const mustache of source.matchAll(MUSTACHE)) {
    result += markStatic(last, mustache.index) + mustache[0];
    last = mustache.index + mustache[0].length;
  }
  return result + markStatic(last, source.length);
}

/**
 * Finds where the `tagName` tag on `line` of the marked MJML was written. Returns undefined
 * when that line has no marked tag of that name. Never throws.
 */
export function findTagSource(markedMjml: string, line: number, tagName: string): SourceLocation | undefined {
  const text = markedMjml.split('\n')[line - 1];
  if (text === undefined) return undefined;
  const escaped = tagName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`<${escaped} ${SOURCE_ATTRIBUTE}="([^"]+):(\\d+)"`).exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { file: match[1], line: Number(match[2]) };
}
