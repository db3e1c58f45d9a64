import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/**
 * A failure the command line reports as one line: what is wrong and how to fix it, never a stack trace
 * (unless `--debug`). `exitCode` is 64 for usage errors, 1 for everything else.
 */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: ExitCode;
  /** How to fix it, printed after the message. */
  readonly fix: string | undefined;

  constructor(message: string, options: { fix?: string; exitCode?: ExitCode; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.fix = options.fix;
    this.exitCode = options.exitCode ?? EXIT_CODES.failed;
  }
}

/** A usage error (exit 64): a missing, unknown or malformed option or argument. */
export function usageError(message: string, fix?: string): CliError {
  return new CliError(message, { exitCode: EXIT_CODES.usage, ...(fix === undefined ? {} : { fix }) });
}
