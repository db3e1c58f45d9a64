/**
 * The `ethora` command line as a function, for tools that embed it: `runCli(argv, options)` runs one command and
 * resolves with its exit code. The `ethora` bin is `runCli(process.argv.slice(2))` with Ctrl-C wired to stop it.
 *
 * @packageDocumentation
 */
export { EXIT_CODES, type ExitCode } from './exit-codes.js';
export type { CliStreams, OutputStream } from './output/terminal.js';
export { type RunCliOptions, runCli } from './run-cli.js';
