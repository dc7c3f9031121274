import { Command, CommanderError } from 'commander';
import { isDigestError } from '../errors.js';
import { analyzeCommand } from './commands/analyze.js';
import { renderCommand } from './commands/render.js';
import { sendCommand } from './commands/send.js';
import type { CliIo } from './io.js';

/** Exit codes: 0 success, 1 a user error (bad input, template, server reply), 2 a usage error. */
export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

const VERSION = '0.1.0';

/**
 * Runs the CLI on `argv` (without the node and script paths) and returns the exit code.
 * Never exits the process and never throws: errors are printed to `io.stderr`.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const program = new Command('digest')
    .description('Turn news articles into summarised, figure-led email digests.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(add --help for usage)');
  // Subcommands inherit exitOverride and the output settings when added after them.
  for (const command of [analyzeCommand(io), renderCommand(io), sendCommand(io)]) {
    program.addCommand(command.exitOverride().configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t) }));
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version end with exit code 0.
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (isDigestError(error)) {
    io.stderr.write(`error: ${error.message}\n`);
    if (error.hint !== undefined) io.stderr.write(`hint: ${error.hint}\n`);
    return EXIT_USER_ERROR;
  }
  // Not a user error: a bug, so the stack is what a bug report needs.
  io.stderr.write(`internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_USER_ERROR;
}
