import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createIo } from '../helpers/cli-io.js';

const example = new URL('../../examples/nk-hackers.txt', import.meta.url).pathname;

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'digest-cli-'));
}

describe('usage', () => {
  it.each([['analyze'], ['render'], ['send']])('prints help for %s and exits 0', async (command) => {
    const io = createIo({ cwd: workspace() });
    expect(await run([command, '--help'], io)).toBe(0);
    expect(io.out()).toContain(`Usage: digest ${command}`);
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['publish', 'x.txt']],
    ['an unknown option', ['render', example, '--colour', 'red']],
    ['a missing input', ['analyze']],
    ['a bad number', ['analyze', example, '--sentences', 'three']],
  ])('exits 2 on %s', async (_case, argv) => {
    const io = createIo({ cwd: workspace() });
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).not.toBe('');
  });
});

describe('user errors', () => {
  it('exits 1 with the message and a hint, and no stack trace', async () => {
    const io = createIo({ cwd: workspace() });
    expect(await run(['analyze', 'missing-article.txt'], io)).toBe(1);
    expect(io.err()).toContain('error: Cannot read missing-article.txt: no such file.');
    expect(io.err()).toMatch(/^hint: /m);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('writes no output file when rendering fails', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'empty.txt'), '\n');
    const io = createIo({ cwd });
    expect(await run(['render', 'empty.txt', '-o', 'out/digest.html'], io)).toBe(1);
    expect(existsSync(join(cwd, 'out/digest.html'))).toBe(false);
  });

  it('refuses a send with no recipient before doing any work', async () => {
    const io = createIo({ cwd: workspace() });
    expect(await run(['send', example], io)).toBe(1);
    expect(io.err()).toContain('--to');
  });
});

describe('analyze', () => {
  it('prints the analysis of the example as JSON', async () => {
    const io = createIo({ cwd: workspace() });
    expect(await run(['analyze', example, '--json'], io)).toBe(0);
    const { articles } = JSON.parse(io.out()) as { articles: Array<{ title: string; summary: string[]; figures: Array<{ value: number; unit: string; key: boolean }> }> };
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toMatch(/^North Korean hackers/);
    expect(articles[0]?.summary).toHaveLength(3);
    expect(articles[0]?.figures).toContainEqual(expect.objectContaining({ value: 1.5e12, unit: 'KRW', key: true }));
  });

  it('reads an article from standard input', async () => {
    const io = createIo({ cwd: workspace(), stdin: readFileSync(example, 'utf8') });
    expect(await run(['analyze', '-'], io)).toBe(0);
    expect(io.out()).toContain('North Korean hackers have stolen $1.2 billion of virtual goods');
    expect(io.out()).toContain('[boilerplate] Thank you for registering');
  });
});

describe('render', () => {
  it('writes the HTML and text files it names', async () => {
    const cwd = workspace();
    const io = createIo({ cwd });
    expect(await run(['render', example, '-o', 'out/digest.html', '--text', 'out/digest.txt'], io)).toBe(0);
    const html = readFileSync(join(cwd, 'out/digest.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('North Korean hackers have stolen $1.2 billion of virtual goods');
    expect(readFileSync(join(cwd, 'out/digest.txt'), 'utf8')).toContain('North Korean hackers');
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['digest.html', 'digest.txt']);
    expect(io.out()).toContain('out/digest.html');
  });

  it('prints the HTML to standard output without -o', async () => {
    const io = createIo({ cwd: workspace() });
    expect(await run(['render', example], io)).toBe(0);
    expect(io.out()).toMatch(/^<!doctype html>/i);
  });
});

describe('send', () => {
  it('writes the message to the outbox when no SMTP server is configured, and says so', async () => {
    const cwd = workspace();
    const io = createIo({ cwd });
    expect(await run(['send', example, '--to', 'editor@example.com', '--unsubscribe-url', 'https://example.com/u'], io)).toBe(0);
    expect(io.out()).toContain('DIGEST_SMTP_URL');
    const files = readdirSync(join(cwd, 'out/outbox'));
    expect(files).toHaveLength(1);
    const raw = readFileSync(join(cwd, 'out/outbox', files[0] ?? ''));
    const mail = await simpleParser(raw);
    expect(mail.to).toMatchObject({ text: 'editor@example.com' });
    expect(mail.html).toContain('North Korean hackers');
    expect(mail.text).toContain('North Korean hackers');
    expect(raw.toString('latin1')).toMatch(/^List-Unsubscribe: <https:\/\/example\.com\/u>\r$/m);
  });

  it('never prints the SMTP password when the server cannot be reached', async () => {
    const io = createIo({ cwd: workspace() });
    const code = await run(['send', example, '--to', 'a@example.com', '--smtp', 'smtp://user:Sup3r-s3cret@127.0.0.1:1'], io);
    expect(code).toBe(1);
    expect(io.err()).toContain('error:');
    expect(io.out() + io.err()).not.toContain('Sup3r-s3cret');
  });
});
