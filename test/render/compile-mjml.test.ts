import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileMjml } from '../../src/render/compile-mjml.js';

const VALID = `<mjml lang="en">
  <mj-body>
    <!-- a note for the template author -->
    <mj-section><mj-column><mj-text font-family="Roboto, Arial">Hello</mj-text></mj-column></mj-section>
  </mj-body>
</mjml>`;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digest-mjml-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('compileMjml', () => {
  it('compiles valid MJML, keeping Outlook conditionals and dropping comments', async () => {
    const result = await compileMjml(VALID, { dir });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.html).toContain('Hello');
    expect(result.html).toContain('<!--[if mso');
    expect(result.html).not.toContain('a note for the template author');
  });

  it('loads no web fonts, even for a font MJML knows', async () => {
    const result = await compileMjml(VALID, { dir });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.html).not.toContain('fonts.googleapis.com');
  });

  it('ignores a .mjmlconfig in the folder', async () => {
    await writeFile(join(dir, '.mjmlconfig'), JSON.stringify({ options: { keepComments: true, minify: false, fonts: { Roboto: 'https://fonts.googleapis.com/css?family=Roboto' } } }));
    const result = await compileMjml(VALID, { dir });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.html).not.toContain('a note for the template author');
    expect(result.html).not.toContain('fonts.googleapis.com');
  });

  it('returns the line, tag and message of each validation error instead of throwing', async () => {
    const result = await compileMjml('<mjml>\n<mj-body>\n<mj-section><mj-column>\n<mj-text colr="red">x</mj-text>\n</mj-column></mj-section>\n</mj-body>\n</mjml>', { dir });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ line: 4, tagName: 'mj-text', message: 'Attribute colr is illegal' }]);
  });

  it('returns a parse failure as an issue without a line', async () => {
    const result = await compileMjml('this is not MJML', { dir });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.line).toBeUndefined();
  });
});
