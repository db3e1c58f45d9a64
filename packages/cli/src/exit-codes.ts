/** The exit codes of the `ethora` command line. */
export const EXIT_CODES = Object.freeze({
  /** Everything asked for was done (for `doctor`: every check passed). */
  ok: 0,
  /** The command failed: an API or network error, a check that failed, a file that cannot be read. */
  failed: 1,
  /** Partial success: some items failed (their reasons are in the summary), the others were done. */
  partial: 2,
  /** A usage error: an unknown, missing or malformed option or argument. Nothing was sent. */
  usage: 64,
  /** Stopped by Ctrl-C (SIGINT). */
  interrupted: 130,
});

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
