import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DigestError, ERROR_CODES, isDigestError } from '../src/errors.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('error codes', () => {
  it.each(Object.keys(ERROR_CODES))('%s is documented in the README', (code) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
  });

  it('keeps the code, hint and cause', () => {
    const cause = new Error('ECONNREFUSED');
    const error = new DigestError('SEND_SMTP_CONNECTION', 'Could not connect.', { hint: 'Check the port.', cause });
    expect(isDigestError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'SEND_SMTP_CONNECTION', message: 'Could not connect.', hint: 'Check the port.', cause });
    expect(isDigestError(cause)).toBe(false);
  });
});
