import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { accessSync, chownSync, constants, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createEjabberdAdmin, type EjabberdAdmin } from './ejabberd-admin.js';
import { INETRC, renderEjabberdConfig, renderEjabberdctlConfig } from './ejabberd-config.js';
import { freePort } from './free-port.js';

/** Where a running test server listens; plain data, so a vitest global setup can `provide` it. */
export interface EjabberdEndpoints {
  /** The XMPP host (domain), such as `localhost`. */
  readonly host: string;
  /** The multi-user chat service, `conference.<host>`. */
  readonly conferenceHost: string;
  /** XMPP over TCP, such as `xmpp://127.0.0.1:41234`. */
  readonly c2sUrl: string;
  /** XMPP over WebSocket, such as `ws://127.0.0.1:41235/ws`. */
  readonly wsUrl: string;
  /** The admin API, such as `http://127.0.0.1:41235/api`. */
  readonly adminUrl: string;
}

/** A running ejabberd started by {@link startEjabberd}. */
export interface EjabberdServer extends EjabberdEndpoints {
  /** Where room archives are kept. */
  readonly archive: ArchiveBackend;
  /** Client of the admin API. */
  readonly admin: EjabberdAdmin;
  /** The server's log file (kept only when `keepFiles` is set or the start failed). */
  readonly logFile: string;
  /** Stops the server, waits until its processes are gone and removes its files. */
  stop(): Promise<void>;
}

/** Options of {@link startEjabberd}. */
export interface StartEjabberdOptions {
  /** XMPP host (default `localhost`). */
  host?: string;
  /** How long a dropped session stays resumable, in seconds (default 120). */
  resumeTimeoutSeconds?: number;
  /** How long to wait for the server to answer, in milliseconds (default 60 000). */
  startupTimeoutMs?: number;
  /** Keep the configuration, spool and logs after `stop()` (default: `ETHORA_KEEP_EJABBERD=1`). */
  keepFiles?: boolean;
  /** Where room archives go: SQLite when Erlang's sqlite3 library is installed (`'auto'`, the default), or Mnesia. */
  archive?: 'auto' | 'sqlite' | 'mnesia';
}

/** The server's archive backend, as chosen by {@link startEjabberd}. */
export type ArchiveBackend = 'sqlite' | 'mnesia';

const INSTALL_HINT =
  'Install it with `sudo apt-get install -y ejabberd` (Debian or Ubuntu; `bash .ci/run` does this), ' +
  'or point EJABBERDCTL at the ejabberdctl of another installation.';

/**
 * Finds an executable `ejabberdctl`: `$EJABBERDCTL` (and only it, when set), else on the PATH or in the sbin
 * directories a non-root PATH may lack.
 */
export function findEjabberdctl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const executable = (path: string) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env.EJABBERDCTL) return executable(env.EJABBERDCTL) ? env.EJABBERDCTL : undefined;
  const dirs = [...(env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/opt/ejabberd/bin'];
  return dirs
    .map((dir) => join(dir, 'ejabberdctl'))
    .find((path) => path !== 'ejabberdctl' && executable(path));
}

// Debian's ejabberdctl runs only as root (switching to the `ejabberd` user) or as that user. Started as root,
// we run it as that user directly, so that the Erlang VM is our own child and no `su` sits in between.
function serviceAccount(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'ejabberd'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'ejabberd'], { encoding: 'utf8' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) chownTree(child, uid, gid);
    else chownSync(child, uid, gid);
  }
}

/**
 * Starts a throwaway ejabberd on free loopback ports with a generated configuration (see
 * `renderEjabberdConfig`), its own node name, spool and log directories in a temporary directory, and resolves
 * once its admin API answers. `stop()` ends it (through the API, then signals) and removes the directory; the
 * process group is also killed if the calling process exits first.
 */
export async function startEjabberd(options: StartEjabberdOptions = {}): Promise<EjabberdServer> {
  const ctl = findEjabberdctl();
  if (!ctl) throw new Error(`ejabberd is not installed (no ejabberdctl found). ${INSTALL_HINT}`);
  const host = options.host ?? 'localhost';
  const [c2sPort, httpPort, distPort] = [await freePort(), await freePort(), await freePort()];
  const dir = mkdtempSync(join(scratchRoot(), 'ethora-ejabberd-'));
  const paths = {
    config: join(dir, 'ejabberd.yml'),
    ctlConfig: join(dir, 'ejabberdctl.cfg'),
    spool: join(dir, 'spool'),
    logs: join(dir, 'logs'),
  };
  const archive =
    options.archive === 'mnesia' || (options.archive !== 'sqlite' && !hasSqlite()) ? 'mnesia' : 'sqlite';
  writeFileSync(
    paths.config,
    renderEjabberdConfig({
      host,
      c2sPort,
      httpPort,
      resumeTimeoutSeconds: options.resumeTimeoutSeconds ?? 120,
      archiveDatabase: archive === 'sqlite' ? join(paths.spool, 'archive.db') : undefined,
    }),
  );
  writeFileSync(paths.ctlConfig, renderEjabberdctlConfig(distPort));
  writeFileSync(join(dir, 'inetrc'), INETRC);
  for (const sub of [paths.spool, paths.logs]) execFileSync('mkdir', ['-p', sub]);
  const account = serviceAccount();
  if (account) chownTree(dir, account.uid, account.gid);

  const node = `ethora${process.pid}x${Math.random().toString(36).slice(2, 8)}@localhost`;
  const args = ['--config-dir', dir, '--config', paths.config, '--ctl-config', paths.ctlConfig];
  args.push('--spool', paths.spool, '--logs', paths.logs, '--node', node, 'foreground');
  const output: string[] = [];
  const child = spawn(ctl, args, {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // The Erlang cookie goes to $HOME: keep it in the throwaway directory.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, LANG: 'C.UTF-8' },
    ...(account ?? {}),
  });
  const collect = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 100) output.shift();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    // A command that cannot run at all (missing, not executable) reports here, and never exits.
    child.once('error', (error) => {
      spawnError = error;
      resolve();
    });
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const keep = options.keepFiles ?? process.env.ETHORA_KEEP_EJABBERD === '1';
  // A process that ends without stop() (a crash, process.exit) still takes the server and its files along.
  const onExit = () => {
    killGroup('SIGKILL');
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  const adminUrl = `http://127.0.0.1:${httpPort}/api`;
  let stopped = false;
  const stop = async (keepFiles = keep) => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      await fetch(`${adminUrl}/stop`, {
        method: 'POST',
        body: '{}',
        signal: AbortSignal.timeout(5_000),
      }).catch(() => undefined);
      if (!(await settles(exited, 20_000))) {
        killGroup('SIGTERM');
        if (!(await settles(exited, 5_000))) killGroup('SIGKILL');
        await exited;
      }
    }
    // ejabberdctl waits for the VM; anything left in the group (epmd is never started) goes now.
    killGroup('SIGKILL');
    process.removeListener('exit', onExit);
    if (!keepFiles) rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilStarted(adminUrl, child, output, options.startupTimeoutMs ?? 60_000, () => spawnError);
  } catch (error) {
    await stop(true);
    throw error;
  }
  return {
    archive,
    host,
    conferenceHost: `conference.${host}`,
    c2sUrl: `xmpp://127.0.0.1:${c2sPort}`,
    wsUrl: `ws://127.0.0.1:${httpPort}/ws`,
    adminUrl,
    admin: createEjabberdAdmin(adminUrl, host),
    logFile: join(paths.logs, 'ejabberd.log'),
    stop: () => stop(),
  };
}

// Erlang's sqlite3 library (Debian's erlang-p1-sqlite3) in one of the standard library directories.
function hasSqlite(): boolean {
  for (const root of [
    '/usr/lib/erlang/lib',
    '/usr/local/lib/erlang/lib',
    '/usr/lib/x86_64-linux-gnu/erlang/lib',
  ]) {
    try {
      if (readdirSync(root).some((name) => name.startsWith('p1_sqlite3') || name.startsWith('sqlite3-')))
        return true;
    } catch {
      // no such directory
    }
  }
  return false;
}

// The spool lives in memory when it can: the archive commits every message to disk otherwise, and a throwaway
// server has nothing worth keeping.
function scratchRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

async function settles(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const result = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}

async function waitUntilStarted(
  adminUrl: string,
  child: ChildProcess,
  output: string[],
  timeoutMs: number,
  spawnError: () => Error | undefined,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const failed = spawnError();
    if (failed) throw new Error(`ejabberdctl could not be run: ${failed.message}. ${INSTALL_HINT}`);
    if (child.exitCode !== null) {
      const hint =
        child.exitCode === 7
          ? '\nDebian\'s ejabberdctl runs only as root or as the "ejabberd" user: run the tests as root (CI does).'
          : '';
      throw new Error(
        `ejabberd exited with code ${child.exitCode} before starting:${hint}\n${output.join('')}`,
      );
    }
    try {
      const response = await fetch(`${adminUrl}/status`, {
        method: 'POST',
        body: '{}',
        signal: AbortSignal.timeout(1_000),
      });
      if (response.ok && (await response.text()).includes('started')) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`ejabberd did not start within ${timeoutMs} ms:\n${output.join('')}`);
}
