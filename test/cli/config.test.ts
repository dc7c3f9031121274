import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/cli/config.js';

function folderWithConfig(config: unknown): string {
  const cwd = mkdtempSync(join(tmpdir(), 'digest-config-'));
  writeFileSync(join(cwd, 'digest.config.json'), JSON.stringify(config));
  return cwd;
}

describe('loadConfig', () => {
  it('uses defaults when there is no config file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'digest-config-'));
    const config = await loadConfig({}, {}, cwd);
    expect(config.from).toBeUndefined();
    expect(config.outbox).toBe(join(cwd, 'out/outbox'));
    expect(config.smtpUrl).toBeUndefined();
  });

  it('lets flags win over the environment, and the environment over the file', async () => {
    const cwd = folderWithConfig({ from: 'file@example.com', locale: 'en-GB', template: 'file-template' });
    const env = { DIGEST_FROM: 'env@example.com', DIGEST_LOCALE: 'de-DE' };
    const config = await loadConfig({ from: 'flag@example.com' }, env, cwd);
    expect(config.from).toBe('flag@example.com');
    expect(config.locale).toBe('de-DE');
    expect(config.template).toBe('file-template');
  });

  it('reads test recipients from DIGEST_TO', async () => {
    const cwd = folderWithConfig({ testRecipients: ['file@example.com'] });
    expect((await loadConfig({}, { DIGEST_TO: 'a@example.com, b@example.com' }, cwd)).testRecipients).toEqual(['a@example.com', 'b@example.com']);
    expect((await loadConfig({}, {}, cwd)).testRecipients).toEqual(['file@example.com']);
  });

  it('refuses a password in the config file', async () => {
    const cwd = folderWithConfig({ smtpUrl: 'smtp://user:hunter2@mail.example.com:587' });
    const error = await loadConfig({}, {}, cwd).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'CONFIG_INVALID' });
    expect(String((error as Error).message)).not.toContain('hunter2');
    expect((error as { hint: string }).hint).toContain('DIGEST_SMTP_PASSWORD');
  });

  it('names the unknown key of an invalid config file', async () => {
    const cwd = folderWithConfig({ form: 'typo@example.com' });
    await expect(loadConfig({}, {}, cwd)).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('form') });
  });

  it('fails when an explicitly named config file is missing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'digest-config-'));
    await expect(loadConfig({ config: 'nope.json' }, {}, cwd)).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
