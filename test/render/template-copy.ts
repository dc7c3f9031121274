/**
 * Test helper: a writable copy of the bundled "digest" template in a temp folder, to break on
 * purpose.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getBundledTemplatesDir } from '../../src/render/index.js';

export interface TemplateCopy {
  dir: string;
  path(name: string): string;
  read(name: string): Promise<string>;
  write(name: string, source: string): Promise<void>;
  /** Inserts `line` so that it becomes line `lineNumber` (1-based) of the file. */
  insertLine(name: string, lineNumber: number, line: string): Promise<void>;
  remove(): Promise<void>;
}

export async function copyDigestTemplate(): Promise<TemplateCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'digest-template-'));
  await cp(join(getBundledTemplatesDir(), 'digest'), dir, { recursive: true });
  const path = (name: string): string => join(dir, ...name.split('/'));
  const read = (name: string): Promise<string> => readFile(path(name), 'utf8');
  const write = (name: string, source: string): Promise<void> => writeFile(path(name), source);
  return {
    dir,
    path,
    read,
    write,
    async insertLine(name, lineNumber, line) {
      const lines = (await read(name)).split('\n');
      lines.splice(lineNumber - 1, 0, line);
      await write(name, lines.join('\n'));
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
