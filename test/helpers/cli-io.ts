import type { CliIo } from '../../src/cli/io.js';

/** An in-memory CliIo: what the CLI printed, and a fixed clock and environment. */
export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export function createIo(options: { cwd: string; env?: Record<string, string>; stdin?: string; now?: Date }): CapturedIo {
  let stdout = '';
  let stderr = '';
  return {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    env: options.env ?? {},
    cwd: options.cwd,
    now: () => options.now ?? new Date('2026-11-23T09:00:00Z'),
    out: () => stdout,
    err: () => stderr,
  };
}
