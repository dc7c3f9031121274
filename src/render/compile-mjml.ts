/**
 * MJML to HTML with explicit options only: strict validation, no web fonts, no comments, no
 * `.mjmlconfig` options from the working directory. mjml is imported on first use because
 * loading it costs about half a second.
 */
import type { MjmlOptions, MjmlValidationIssue } from 'mjml';

/** One problem MJML found, with the line of the generated MJML it points at. */
export interface MjmlIssue {
  line: number | undefined;
  tagName: string | undefined;
  message: string;
}

/** What compiling gave: HTML, or the issues that stopped it. */
export type MjmlResult = { ok: true; html: string } | { ok: false; issues: MjmlIssue[]; cause: unknown };

/** Options that may differ between calls. */
export interface CompileMjmlOptions {
  /** An existing folder; mjml checks it exists even though includes are off. */
  dir: string;
  /** Collapse whitespace (keeps Outlook conditional comments). Default true. */
  minify?: boolean;
}

type Mjml2Html = typeof import('mjml').default;

let loading: Promise<Mjml2Html> | undefined;

function loadMjml(): Promise<Mjml2Html> {
  loading ??= import('mjml').then((module) => {
    // Node gives module.exports as `default`; some loaders wrap it once more.
    const exported = module.default as Mjml2Html | { default: Mjml2Html };
    return typeof exported === 'function' ? exported : exported.default;
  });
  return loading;
}

function toIssues(error: unknown): MjmlIssue[] {
  const listed = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(listed) && listed.length > 0) {
    return (listed as Partial<MjmlValidationIssue>[]).map((issue) => ({
      line: typeof issue.line === 'number' ? issue.line : undefined,
      tagName: typeof issue.tagName === 'string' ? issue.tagName : undefined,
      message: String(issue.message ?? issue.formattedMessage ?? 'invalid MJML'),
    }));
  }
  return [{ line: undefined, tagName: undefined, message: error instanceof Error ? error.message : String(error) }];
}

/**
 * Compiles MJML to HTML. Never throws for bad MJML: validation errors and parse failures come
 * back as `{ ok: false, issues }` so the caller can map lines to template files. Rejects only
 * if the mjml package itself cannot be loaded.
 */
export async function compileMjml(source: string, options: CompileMjmlOptions): Promise<MjmlResult> {
  const mjml2html = await loadMjml();
  const minify = options.minify ?? true;
  const mjmlOptions: MjmlOptions = {
    validationLevel: 'strict',
    fonts: {},
    keepComments: false,
    beautify: false,
    minify,
    // cssnano would warn on every call and gains little on our small stylesheet.
    ...(minify ? { minifyOptions: { minifyCss: false } } : {}),
    ignoreIncludes: true,
    useMjmlConfigOptions: false,
    filePath: options.dir,
  };
  try {
    const { html } = await mjml2html(source, mjmlOptions);
    return { ok: true, html };
  } catch (error) {
    return { ok: false, issues: toIssues(error), cause: error };
  }
}
