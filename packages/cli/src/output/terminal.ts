import type { Readable, Writable } from 'node:stream';
import pc from 'picocolors';

/** picocolors' colour functions (all identity functions when colour is off). */
export type Colors = ReturnType<typeof pc.createColors>;

/** A stream the command line writes to, such as `process.stdout`. */
export type OutputStream = Writable & {
  /** `true` on a terminal: colours and progress bars are drawn only there. */
  isTTY?: boolean;
};

/** The streams the command line uses. */
export interface CliStreams {
  /** Results (with `--json`, only JSON). */
  readonly stdout: OutputStream;
  /** Messages, errors and progress bars. */
  readonly stderr: OutputStream;
  /** Read for `-` arguments (`token inspect -`, `--app-secret-file -`). */
  readonly stdin: Readable;
}

/**
 * Where a command writes. Results go to stdout (with `--json`, exactly one JSON document or JSON lines);
 * diagnostics, progress and errors go to stderr. Colour only on a terminal, never with `NO_COLOR` or `--no-color`.
 */
export interface Output {
  /** `--json` was given: stdout carries only JSON. */
  readonly json: boolean;
  /** stdout is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** stderr is a terminal (progress bars are drawn only there). */
  readonly stderrIsTTY: boolean;
  /** Colours for stdout. */
  readonly colors: Colors;
  /** Colours for stderr. */
  readonly errColors: Colors;
  /** The stderr stream, for progress bars. */
  readonly stderr: OutputStream;
  /** Writes a line of results to stdout. */
  line(text?: string): void;
  /** Writes a diagnostic line to stderr. */
  note(text: string): void;
  /** Writes one JSON document to stdout. */
  document(value: unknown): void;
  /** Writes one JSON line to stdout (for streams of records). */
  jsonLine(value: unknown): void;
}

/** Whether to colour a stream: a terminal, no `NO_COLOR`, no `--no-color`, not `TERM=dumb`; `FORCE_COLOR` forces. */
export function colorEnabled(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
  allowed: boolean,
): boolean {
  if (!allowed) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** Builds the {@link Output} of one run. */
export function createOutput(
  streams: CliStreams,
  env: Readonly<Record<string, string | undefined>>,
  options: { json: boolean; color: boolean },
): Output {
  const { stdout, stderr } = streams;
  return {
    json: options.json,
    stdoutIsTTY: stdout.isTTY === true,
    stderrIsTTY: stderr.isTTY === true,
    colors: pc.createColors(!options.json && colorEnabled(stdout, env, options.color)),
    errColors: pc.createColors(colorEnabled(stderr, env, options.color)),
    stderr,
    line: (text = '') => stdout.write(`${text}\n`),
    note: (text) => stderr.write(`${text}\n`),
    document: (value) => stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    jsonLine: (value) => stdout.write(`${JSON.stringify(value)}\n`),
  };
}
