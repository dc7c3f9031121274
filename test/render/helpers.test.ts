import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDigest } from '../../src/render/index.js';
import { makeNkDigest } from '../fixtures/render/nk-digest.js';
import { copyDigestTemplate, type TemplateCopy } from './template-copy.js';

let template: TemplateCopy;

beforeEach(async () => {
  template = await copyDigestTemplate();
});

afterEach(async () => {
  await template.remove();
});

async function subjectFor(source: string, locale: string): Promise<string> {
  await template.write('subject.hbs', source);
  return (await renderDigest(makeNkDigest(), { template: template.dir, locale })).subject;
}

describe('template helpers', () => {
  it.each([
    ['{{money 1200000000 "USD"}}', 'en-US', '$1.2bn'],
    ['{{amount 1500000000000 "KRW"}}', 'en', '₩1.5tn'],
    ['{{percent 12.5}}', 'en-GB', '12.5%'],
    ['{{number 127000}}', 'de-DE', '127.000'],
    ['{{date "2022-12-22"}}', 'en-GB', '22 December 2022'],
    ['{{date "2022-12-22"}}', 'en-US', 'December 22, 2022'],
    ['{{date "soon"}}', 'en', 'soon'],
    ['{{href "https://example.com/?a=1&b=2"}}', 'en', 'https://example.com/?a=1&b=2'],
    ['[{{href "javascript:alert(1)"}}]', 'en', '[]'],
    ['{{#if (eq lead.source "The Independent")}}yes{{else}}no{{/if}}', 'en', 'yes'],
  ])('%s in %s gives %s', async (source, locale, expected) => {
    expect(await subjectFor(source, locale)).toBe(expected);
  });

  it('escapes helper output in the HTML like any data', async () => {
    const source = await template.read('partials/header.hbs');
    await template.write('partials/header.hbs', source.replace('{{dateText}}', '{{date "<b>not a date</b>"}}'));
    const email = await renderDigest(makeNkDigest(), { template: template.dir });
    expect(email.html).toContain('&lt;b&gt;not a date&lt;/b&gt;');
  });

  it('rejects a helper called with the wrong arguments as RENDER_TEMPLATE_RUNTIME', async () => {
    await template.write('subject.hbs', '{{money "lots" "USD"}}');
    await expect(renderDigest(makeNkDigest(), { template: template.dir })).rejects.toMatchObject({
      code: 'RENDER_TEMPLATE_RUNTIME',
      message: expect.stringContaining('Helper "money" expects a number'),
    });
  });
});
