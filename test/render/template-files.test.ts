import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getBundledTemplatesDir, listBundledTemplates, loadTemplate, renderDigest } from '../../src/render/index.js';
import { makeNkDigest } from '../fixtures/render/nk-digest.js';
import { copyDigestTemplate, type TemplateCopy } from './template-copy.js';

let copy: TemplateCopy | undefined;

afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

describe('loadTemplate', () => {
  it('loads the bundled "digest" template by default, with its partials by name', async () => {
    const files = await loadTemplate();
    expect(files.dir).toBe(join(getBundledTemplatesDir(), 'digest'));
    expect(files.html.source).toContain('<mjml');
    expect(files.partials.map((entry) => entry.partialName)).toEqual(['article', 'figures', 'footer', 'header']);
    expect(files.partials[0]?.file.name).toBe('partials/article.hbs');
  });

  it('lists the bundled templates', async () => {
    expect(await listBundledTemplates()).toContain('digest');
  });

  it('fails with RENDER_TEMPLATE_NOT_FOUND naming the folder and the bundled templates', async () => {
    const error = await loadTemplate('no-such-template').catch((rejection: unknown) => rejection);
    expect(error).toMatchObject({ code: 'RENDER_TEMPLATE_NOT_FOUND' });
    const message = (error as Error).message;
    expect(message).toContain(join(getBundledTemplatesDir(), 'no-such-template'));
    expect(message).toContain('Bundled templates: digest');
  });

  it('fails with RENDER_TEMPLATE_NOT_FOUND naming a missing file of a template folder', async () => {
    copy = await copyDigestTemplate();
    await rm(copy.path('text.hbs'));
    const error = await loadTemplate(copy.dir).catch((rejection: unknown) => rejection);
    expect(error).toMatchObject({ code: 'RENDER_TEMPLATE_NOT_FOUND' });
    expect((error as Error).message).toContain(copy.path('text.hbs'));
  });

  it('accepts a folder without partials', async () => {
    copy = await copyDigestTemplate();
    await rm(copy.path('partials'), { recursive: true });
    await copy.write('index.mjml.hbs', '<mjml><mj-body><mj-section><mj-column><mj-text>{{title}}</mj-text></mj-column></mj-section></mj-body></mjml>\n');
    expect((await loadTemplate(copy.dir)).partials).toEqual([]);
    const email = await renderDigest(makeNkDigest(), { template: copy.dir });
    expect(email.html).toContain('Security &amp; Markets Briefing');
  });

  it('picks up edits to a template folder on the next render', async () => {
    copy = await copyDigestTemplate();
    expect((await renderDigest(makeNkDigest(), { template: copy.dir })).subject).toContain('Security & Markets Briefing');
    await copy.write('subject.hbs', 'Edited: {{title}}\n');
    expect((await renderDigest(makeNkDigest(), { template: copy.dir })).subject).toBe('Edited: Security & Markets Briefing');
  });
});
