import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built `ethora` bin, run as `npx @ethora/cli` runs it. */
export const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/bin.js');

/** What a run of the command line printed and how it ended. */
export interface EthoraRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runEthora}. */
export interface RunOptions {
  /** Working directory (where `.env` files are read). */
  cwd: string;
  /** Environment variables on top of a clean one (PATH and HOME only, no ETHORA_* of the machine). */
  env?: Record<string, string>;
  /** Written to standard input, which is then closed. */
  input?: string;
  /** Run `/bin/sh` with `args` instead of the bin (for pipelines that include it). */
  shell?: boolean;
}

/** Runs the built bin in a child process and waits for it to exit. */
export function runEthora(args: readonly string[], options: RunOptions): Promise<EthoraRun> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  const [command, argv] = options.shell ? ['/bin/sh', args] : [process.execPath, [BIN, ...args]];
  const child = spawn(command, argv, { cwd: options.cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(options.input ?? '');
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** A temporary working directory with files in it; `remove()` deletes it. */
export interface WorkDir {
  readonly path: string;
  /** Writes a file in the directory and returns its path. */
  write(name: string, text: string): string;
  remove(): void;
}

/** Creates an empty temporary working directory. */
export function createWorkDir(): WorkDir {
  const path = mkdtempSync(join(tmpdir(), 'ethora-cli-test-'));
  return {
    path,
    write(name, text) {
      const file = join(path, name);
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
