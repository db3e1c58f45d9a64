import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.js';
import { bundledSpecPath } from './spec-path.js';

/** A running Prism mock server. */
export interface PrismServer {
  /** Base URL such as `http://127.0.0.1:43121`. */
  readonly url: string;
  /** Stops the server and waits for the process to exit. */
  stop(): Promise<void>;
}

/** Options for {@link startPrism}. */
export interface StartPrismOptions {
  /** Spec to serve; defaults to the bundled Ethora spec. */
  specPath?: string;
  /** How long to wait for Prism to answer, in milliseconds. */
  startupTimeoutMs?: number;
  /** Receives Prism's own log lines, for debugging a failing start. */
  onOutput?: (line: string) => void;
}

function prismBin(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@stoplight/prism-cli/package.json');
  return join(dirname(pkg), 'dist', 'index.js');
}

async function waitUntilAnswering(url: string, child: ChildProcess, deadline: number, output: string[]) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `Prism exited with code ${child.exitCode} before answering:\n${output.slice(-20).join('')}`,
      );
    }
    try {
      // Any HTTP answer (Prism says 404 for an unknown route) proves it is serving.
      await fetch(`${url}/__prism_ready__`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`Prism did not answer within the startup timeout:\n${output.slice(-20).join('')}`);
}

/** Starts `prism mock` on a free loopback port and resolves once it answers HTTP. */
export async function startPrism(options: StartPrismOptions = {}): Promise<PrismServer> {
  const specPath = options.specPath ?? bundledSpecPath();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    [prismBin(), 'mock', specPath, '-p', String(port), '-h', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    },
  );
  const collect = (chunk: Buffer) => {
    const line = chunk.toString();
    output.push(line);
    if (output.length > 200) output.shift();
    options.onOutput?.(line);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });

  try {
    await waitUntilAnswering(url, child, Date.now() + (options.startupTimeoutMs ?? 60_000), output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
