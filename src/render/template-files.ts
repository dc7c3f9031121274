/**
 * Finding and reading a template folder: `index.mjml.hbs`, `subject.hbs`, `text.hbs` and
 * optional `partials/*.hbs`. Bundled templates are found next to this module, never through
 * the working directory.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DigestError } from '../errors.js';

/** The template used when none is named. */
export const DEFAULT_TEMPLATE = 'digest';

// src/render/ and dist/render/ are both two levels below the package root.
const BUNDLED_TEMPLATES_URL = new URL('../../templates/', import.meta.url);

const TEMPLATE_NAME = /^[a-z0-9][a-z0-9_-]*$/i;

/** One file of a template folder. */
export interface TemplateFile {
  /** Path inside the template folder, with forward slashes: "partials/article.hbs". */
  name: string;
  /** Full path on disk, for messages. */
  path: string;
  source: string;
}

/** The files of one template folder, read into memory. */
export interface TemplateFiles {
  /** The folder on disk. */
  dir: string;
  /** The bundled template's name, or the folder as given. */
  name: string;
  /** The MJML layout, with Handlebars. */
  html: TemplateFile;
  subject: TemplateFile;
  text: TemplateFile;
  /** Partials for the MJML layout, by partial name ("article" for partials/article.hbs), sorted. */
  partials: { partialName: string; file: TemplateFile }[];
}

/** The folder that holds the bundled templates. */
export function getBundledTemplatesDir(): string {
  return fileURLToPath(BUNDLED_TEMPLATES_URL);
}

/** Names of the bundled templates, sorted. Throws nothing; an unreadable folder gives []. */
export async function listBundledTemplates(): Promise<string[]> {
  try {
    const entries = await readdir(getBundledTemplatesDir(), { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}

/** A bare name ("digest") means a bundled template; anything else is a path to a folder. */
function resolveTemplateDir(template: string): string {
  return TEMPLATE_NAME.test(template) ? join(getBundledTemplatesDir(), template) : template;
}

async function notFound(what: string, path: string, cause: unknown): Promise<DigestError> {
  const bundled = await listBundledTemplates();
  const names = bundled.length === 0 ? '(none found)' : bundled.join(', ');
  return new DigestError('RENDER_TEMPLATE_NOT_FOUND', `${what}: ${path}. Bundled templates: ${names}.`, {
    hint: 'Pass a bundled template name, or a path to a folder with index.mjml.hbs, subject.hbs and text.hbs (use ./name for a folder in the current directory).',
    cause,
  });
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

async function readTemplateFile(dir: string, name: string): Promise<TemplateFile> {
  const path = join(dir, ...name.split('/'));
  try {
    return { name, path, source: await readFile(path, 'utf8') };
  } catch (error) {
    throw await notFound(isMissing(error) ? 'Template file not found' : 'Template file could not be read', path, error);
  }
}

async function listPartialNames(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(dir, 'partials'), { withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.hbs')).map((entry) => entry.name).sort();
  } catch (error) {
    if (isMissing(error)) return [];
    throw await notFound('Template partials folder could not be read', join(dir, 'partials'), error);
  }
}

/**
 * Reads a template folder: a bundled template by name ("digest", the default) or a folder by
 * path. Reads from disk on every call, so edits show up at once; compiling is what gets cached.
 * Throws a DigestError `RENDER_TEMPLATE_NOT_FOUND` naming the path and listing the bundled
 * templates when the folder or a required file is missing or unreadable.
 */
export async function loadTemplate(template: string = DEFAULT_TEMPLATE): Promise<TemplateFiles> {
  const dir = resolveTemplateDir(template);
  try {
    await readdir(dir);
  } catch (error) {
    throw await notFound(isMissing(error) ? 'Template folder not found' : 'Template folder could not be read', dir, error);
  }
  const [html, subject, text] = await Promise.all([
    readTemplateFile(dir, 'index.mjml.hbs'),
    readTemplateFile(dir, 'subject.hbs'),
    readTemplateFile(dir, 'text.hbs'),
  ]);
  const partialNames = await listPartialNames(dir);
  const partials = await Promise.all(
    partialNames.map(async (fileName) => ({
      partialName: fileName.slice(0, -'.hbs'.length),
      file: await readTemplateFile(dir, `partials/${fileName}`),
    })),
  );
  return { dir, name: template, html, subject, text, partials };
}
