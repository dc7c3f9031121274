/** Everything the CLI touches outside itself, injected so `run` can be tested in process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Reads all of standard input (for the `-` input). */
  readStdin(): Promise<Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now(): Date;
}
