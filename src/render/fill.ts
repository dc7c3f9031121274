/**
 * Filling a template folder with data through Handlebars: one isolated environment per mode,
 * strict lookups (an unknown helper, field or partial is an error, not an empty string), and
 * HTML escaping everywhere except the plain-text part and the subject.
 */
import type { RuntimeOptions, Template, TemplateDelegate } from 'handlebars';
import { Handlebars } from './handlebars.js';
import { toRuntimeError, toSyntaxError, toUnknownPartialError, TemplateFillFailure } from './errors.js';
import { createHelpers, type FillMode } from './helpers.js';
import { markMjmlTags } from './source-map.js';
import type { TemplateFile, TemplateFiles } from './template-files.js';
import type { DigestView } from './view-model.js';

type Environment = typeof Handlebars;
type Fill = (view: DigestView) => string;

/** A template folder compiled once, ready to fill with any number of digests. */
export interface CompiledTemplate {
  files: TemplateFiles;
  /** The MJML source for a digest. */
  fillHtml: Fill;
  fillSubject: Fill;
  fillText: Fill;
  /** The MJML source again, with each MJML tag marked with the file and line that wrote it. */
  fillMarkedHtml: Fill;
}

function createEnvironment(mode: FillMode): Environment {
  const environment = Handlebars.create();
  environment.registerHelper(createHelpers(mode));
  return environment;
}

/** Collects `{{> name}}` calls with static names, to check them before anything runs. */
class PartialCollector extends Handlebars.Visitor {
  readonly found: { name: string; line: number }[] = [];

  override PartialStatement(partial: hbs.AST.PartialStatement): void {
    this.collect(partial);
    super.PartialStatement(partial);
  }

  override PartialBlockStatement(partial: hbs.AST.PartialBlockStatement): void {
    this.collect(partial);
    super.PartialBlockStatement(partial);
  }

  private collect(partial: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement): void {
    if (partial.name.type === 'PathExpression' && !partial.name.data) {
      this.found.push({ name: partial.name.original, line: partial.loc.start.line });
    }
  }
}

function parse(environment: Environment, file: TemplateFile, source: string, files: TemplateFiles, partials: Set<string>): hbs.AST.Program {
  let program: hbs.AST.Program;
  try {
    program = environment.parse(source);
  } catch (error) {
    throw toSyntaxError(file, error);
  }
  const collector = new PartialCollector();
  collector.accept(program);
  const unknown = collector.found.find((call) => !partials.has(call.name));
  if (unknown !== undefined) throw toUnknownPartialError(file, unknown.line, unknown.name, files);
  return program;
}

function compile(environment: Environment, program: hbs.AST.Program, mode: FillMode): TemplateDelegate {
  return environment.compile(program, { strict: true, noEscape: mode === 'text', preventIndent: true });
}

/** Runs a compiled template; errors are tagged with the innermost file so the report names it. */
function run(template: TemplateDelegate, file: TemplateFile, view: unknown, options?: RuntimeOptions): string {
  try {
    return template(view, options);
  } catch (error) {
    throw error instanceof TemplateFillFailure ? error : new TemplateFillFailure(file, error);
  }
}

/** Builds the layout filler: index.mjml.hbs plus partials, optionally with source marks. */
function compileLayout(files: TemplateFiles, marked: boolean): Fill {
  const environment = createEnvironment('html');
  const names = new Set(files.partials.map((entry) => entry.partialName));
  const source = (file: TemplateFile): string => (marked ? markMjmlTags(file.source, file.name) : file.source);
  for (const { partialName, file } of files.partials) {
    const template = compile(environment, parse(environment, file, source(file), files, names), 'html');
    environment.registerPartial(partialName, ((context: unknown, options?: RuntimeOptions) =>
      run(template, file, context, options)) as Template);
  }
  const layout = compile(environment, parse(environment, files.html, source(files.html), files, names), 'html');
  return (view) => fill(layout, files.html, view);
}

function compilePlain(files: TemplateFiles, file: TemplateFile): Fill {
  const environment = createEnvironment('text');
  const template = compile(environment, parse(environment, file, file.source, files, new Set()), 'text');
  return (view) => fill(template, file, view);
}

function fill(template: TemplateDelegate, file: TemplateFile, view: DigestView): string {
  try {
    return run(template, file, view, { data: { locale: view.locale } });
  } catch (error) {
    throw toRuntimeError(file, error);
  }
}

/**
 * Parses and compiles every file of a template folder. Throws a DigestError
 * `RENDER_TEMPLATE_SYNTAX` (file and line) for a Handlebars syntax error and
 * `RENDER_TEMPLATE_RUNTIME` for a call to a partial the folder does not have; the returned
 * fillers throw `RENDER_TEMPLATE_RUNTIME` for unknown helpers or fields and failing helpers.
 */
export function compileTemplate(files: TemplateFiles): CompiledTemplate {
  let marked: Fill | undefined;
  return {
    files,
    fillHtml: compileLayout(files, false),
    fillSubject: compilePlain(files, files.subject),
    fillText: compilePlain(files, files.text),
    // Only needed when MJML rejects the output, so it is compiled then.
    fillMarkedHtml: (view) => (marked ??= compileLayout(files, true))(view),
  };
}

const compiled = new Map<string, { key: string; template: CompiledTemplate }>();

/** Same as compileTemplate, but reuses the last compile of a folder whose files have not changed. */
export function getCompiledTemplate(files: TemplateFiles): CompiledTemplate {
  const all = [files.html, files.subject, files.text, ...files.partials.map((entry) => entry.file)];
  const key = JSON.stringify(all.map((file) => [file.name, file.source]));
  const cached = compiled.get(files.dir);
  if (cached?.key === key) return cached.template;
  const template = compileTemplate(files);
  compiled.set(files.dir, { key, template });
  return template;
}
