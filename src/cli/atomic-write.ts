import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DigestError } from '../errors.js';

/**
 * Writes a file so that readers see the old content or the whole new content, never a part:
 * the data goes to a temporary file in the same folder, which is then renamed over the target.
 * Throws RENDER_WRITE_FAILED, leaving no temporary file behind.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new DigestError('RENDER_WRITE_FAILED', `Cannot write ${path}: ${(error as Error).message}.`, {
      hint: 'Check that the folder is writable and the path is not a folder.',
      cause: error,
    });
  }
}
