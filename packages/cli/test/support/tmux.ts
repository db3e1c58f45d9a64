import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** A tmux server of its own (a private socket), running one command in a real terminal. */
export interface TmuxSession {
  /** The visible screen, as text. */
  capture(): Promise<string>;
  /** Stops the tmux server and the command in it. */
  kill(): Promise<void>;
}

/** Starts `command` (a shell command line) in a detached tmux session of `width` x `height` characters. */
export async function startTmux(command: string, width = 140, height = 40): Promise<TmuxSession> {
  const socket = `ethora-cli-test-${process.pid}-${Date.now()}`;
  const tmux = (...args: string[]) => exec('tmux', ['-L', socket, '-f', '/dev/null', ...args]);
  await tmux('new-session', '-d', '-s', 'cli', '-x', String(width), '-y', String(height), command);
  return {
    capture: async () => (await tmux('capture-pane', '-p', '-t', 'cli')).stdout,
    kill: async () => {
      await tmux('kill-server').catch(() => undefined);
    },
  };
}
