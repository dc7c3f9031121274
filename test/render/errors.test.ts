import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestError } from '../../src/errors.js';
import { renderDigest } from '../../src/render/index.js';
import { makeNkArticle, makeNkDigest } from '../fixtures/render/nk-digest.js';
import { copyDigestTemplate, type TemplateCopy } from './template-copy.js';

let template: TemplateCopy;

beforeEach(async () => {
  template = await copyDigestTemplate();
});

afterEach(async () => {
  await template.remove();
});

async function renderError(): Promise<DigestError> {
  const error: unknown = await renderDigest(makeNkDigest(), { template: template.dir }).then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(DigestError);
  return error as DigestError;
}

async function lineOf(name: string, text: string): Promise<number> {
  const index = (await template.read(name)).split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} not in ${name}`);
  return index + 1;
}

describe('a broken template is reported with its file and line', () => {
  it('renders the unbroken copy (the tests below break only what they say)', async () => {
    const email = await renderDigest(makeNkDigest(), { template: template.dir });
    expect(email.html).toContain('Read the full article');
  });

  it.each([
    ['partials/article.hbs', 3, '    {{#if source}}x{{/unless}}'],
    ['text.hbs', 2, '{{#each articles}}{{/if}}'],
    // Line 6 is past the comment that opens the layout.
    ['index.mjml.hbs', 6, '{{title}'],
  ])('Handlebars syntax error in %s line %d: RENDER_TEMPLATE_SYNTAX', async (name, line, bad) => {
    await template.insertLine(name, line, bad);
    const error = await renderError();
    expect(error.code).toBe('RENDER_TEMPLATE_SYNTAX');
    expect(error.message).toContain(`${template.path(name)}:${line}`);
    expect(error.hint).toBeTruthy();
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('unknown helper in a partial: RENDER_TEMPLATE_RUNTIME naming the partial and line', async () => {
    await template.insertLine('partials/article.hbs', 3, '    <mj-text>{{shout title}}</mj-text>');
    const error = await renderError();
    expect(error.code).toBe('RENDER_TEMPLATE_RUNTIME');
    expect(error.message).toContain(`${template.path('partials/article.hbs')}:3`);
    expect(error.message).toContain('"shout"');
  });

  it('unknown helper in a partial called from a partial names the inner one', async () => {
    const source = (await template.read('partials/figures.hbs')).trimEnd();
    await template.write('partials/figures.hbs', `${source}\n{{shout "x"}}\n`);
    const error = await renderError();
    expect(error.code).toBe('RENDER_TEMPLATE_RUNTIME');
    expect(error.message).toContain(`${template.path('partials/figures.hbs')}:${source.split('\n').length + 1}`);
  });

  it('unknown field in the subject: RENDER_TEMPLATE_RUNTIME naming subject.hbs line 1', async () => {
    await template.write('subject.hbs', '{{titel}}\n');
    const error = await renderError();
    expect(error.code).toBe('RENDER_TEMPLATE_RUNTIME');
    expect(error.message).toContain(`${template.path('subject.hbs')}:1`);
    expect(error.message).toContain('"titel"');
  });

  it('unknown partial: RENDER_TEMPLATE_RUNTIME naming the file, line and partial', async () => {
    const line = (await lineOf('index.mjml.hbs', '{{> header}}')) + 1;
    await template.insertLine('index.mjml.hbs', line, '    {{> sidebar}}');
    const error = await renderError();
    expect(error.code).toBe('RENDER_TEMPLATE_RUNTIME');
    expect(error.message).toContain(`${template.path('index.mjml.hbs')}:${line}`);
    expect(error.message).toContain('"sidebar"');
  });

  it('a partial used from text.hbs is unknown there', async () => {
    await template.insertLine('text.hbs', 1, '{{> header}}');
    const error = await renderError();
    expect(error.code).toBe('RENDER_TEMPLATE_RUNTIME');
    expect(error.message).toContain(`${template.path('text.hbs')}:1`);
  });

  it('illegal MJML attribute: RENDER_MJML_INVALID naming the partial, line, tag and problem', async () => {
    await template.insertLine('partials/article.hbs', 3, '    <mj-text colr="red">{{title}}</mj-text>');
    const error = await renderError();
    expect(error.code).toBe('RENDER_MJML_INVALID');
    expect(error.message).toContain(`${template.path('partials/article.hbs')}:3 <mj-text>`);
    expect(error.message).toContain('colr');
  });

  it('misplaced MJML tag: RENDER_MJML_INVALID naming the partial and line', async () => {
    await template.insertLine('partials/header.hbs', 3, '    <mj-column></mj-column>');
    const error = await renderError();
    expect(error.code).toBe('RENDER_MJML_INVALID');
    expect(error.message).toContain(`${template.path('partials/header.hbs')}:3 <mj-column>`);
  });

  it('invalid MJML in the layout itself names index.mjml.hbs', async () => {
    const line = await lineOf('index.mjml.hbs', '<mj-body');
    const source = await template.read('index.mjml.hbs');
    await template.write('index.mjml.hbs', source.replace('<mj-body ', '<mj-body colour="red" '));
    const error = await renderError();
    expect(error.code).toBe('RENDER_MJML_INVALID');
    expect(error.message).toContain(`${template.path('index.mjml.hbs')}:${line} <mj-body>`);
  });

  it('an invalid tag repeated per article is traced to the same template line', async () => {
    await template.insertLine('partials/article.hbs', 3, '    <mj-text colr="red">{{title}}</mj-text>');
    const digest = makeNkDigest({ articles: [makeNkArticle(), makeNkArticle()] });
    const error: unknown = await renderDigest(digest, { template: template.dir }).catch((rejection: unknown) => rejection);
    const lines = (error as DigestError).message.split('\n').filter((line) => line.includes('colr'));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain(`${template.path('partials/article.hbs')}:3 <mj-text>`);
  });
});
