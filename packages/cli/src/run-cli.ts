import { CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { runEmulator } from './commands/emulator.js';
import { createContext } from './context.js';
import { describeError, scrub } from './describe-error.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { type CliStreams, createOutput, type Output } from './output/terminal.js';
import { createProgram, globalOptionsOf } from './program.js';

/** Where {@link runCli} runs: by default the process's own streams, environment and working directory. */
export interface RunCliOptions {
  /** Standard streams (default: the process's). */
  streams?: CliStreams;
  /** Environment variables (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Working directory, where `.env` files are looked for (default `process.cwd()`). */
  cwd?: string;
  /** Stops the command in flight, as Ctrl-C does (the bin wires SIGINT to it). */
  signal?: AbortSignal;
}

/**
 * Runs the `ethora` command line with `argv` (without the node and script paths) and resolves with its exit code
 * (see {@link EXIT_CODES}). Never throws: every failure is printed as one line on stderr.
 */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<ExitCode> {
  const streams = options.streams ?? { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
  const env = options.env ?? process.env;
  const where = { env, cwd: options.cwd ?? process.cwd(), readStdin: () => readAll(streams.stdin) };
  const signal = options.signal ?? new AbortController().signal;
  const debug = argv.includes('--debug');
  // Used for errors before the options are parsed (and by the emulator, which has its own flags).
  let out = createOutput(streams, env, {
    json: argv.includes('--json'),
    color: !argv.includes('--no-color'),
  });
  let secrets: readonly string[] = [];

  const first = argv.findIndex((arg) => !arg.startsWith('-'));
  if (argv[first] === 'emulator') return runEmulator(argv.slice(first + 1), out);

  let exitCode: ExitCode = EXIT_CODES.ok;
  const program = createProgram(
    async (command, body) => {
      const globals = globalOptionsOf(command);
      out = createOutput(streams, env, { json: globals.json, color: globals.color });
      const ctx = createContext(out, globals, where, signal);
      secrets = ctx.secrets;
      exitCode = await body(ctx, command.opts());
    },
    {
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
      // Commander's own errors are reported below, as one line with the fix.
      outputError: () => {},
    },
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, out);
    report(out, error, secrets, debug);
    return describeError(error, secrets).exitCode;
  }
}

function commanderExit(error: CommanderError, out: Output): ExitCode {
  // --help and --version print and leave with 0; asking for a group's help without a command is a usage error.
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_CODES.ok;
  if (error.code === 'commander.help') return EXIT_CODES.usage;
  const message = error.message.replace(/^error: /, '').replace(/\n[\s\S]*$/, '');
  const suggestion = /\(Did you mean [^)]*\)/.exec(error.message)?.[0];
  out.note(
    `${out.errColors.red('✘')} ${message}${suggestion ? ` ${suggestion}` : ''} (see \`ethora --help\` or \`ethora <command> --help\`)`,
  );
  return EXIT_CODES.usage;
}

/** Prints a failure as one line and its fix; the stack only with `--debug`. */
export function report(out: Output, error: unknown, secrets: readonly string[], debug: boolean): void {
  const { message, fix } = describeError(error, secrets);
  const colors = out.errColors;
  out.note(`${colors.red('✘')} ${message}${fix ? ` ${colors.dim(`Fix: ${fix}.`)}` : ''}`);
  if (debug && error instanceof Error) {
    const original = error instanceof CliError && error.cause instanceof Error ? error.cause : error;
    out.note(scrub(original.stack ?? String(original), secrets));
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
