import type { Emulator } from '@ethora/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorEnv, startTestEmulator } from './support/emulator.js';
import { BIN, createWorkDir, runEthora, type WorkDir } from './support/run-ethora.js';
import { startTmux, type TmuxSession } from './support/tmux.js';

let emulator: Emulator;
let dir: WorkDir;
let tmux: TmuxSession | undefined;

beforeAll(async () => {
  // Slow batch jobs, so the bars are on screen for a few seconds.
  emulator = await startTestEmulator({ jobDelayMs: 250 });
  dir = createWorkDir();
});
afterAll(async () => {
  await tmux?.kill();
  await emulator.stop();
  dir.remove();
});

function usersFile(name: string): string {
  const lines = ['userId,displayName,email'];
  for (let i = 1; i <= 1000; i++) lines.push(`${name}-${i},Member ${i},${name}${i}@example.com`);
  return dir.write(`${name}.csv`, `${lines.join('\n')}\n`);
}

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

describe('progress display', () => {
  it('draws a bar per phase on a terminal, moving, and leaves them complete', async () => {
    const file = usersFile('tty');
    const env = Object.entries(emulatorEnv(emulator)).map(([name, value]) => `${name}=${quote(value)}`);
    const command = [
      `cd ${quote(dir.path)} &&`,
      `env -u NO_COLOR -u FORCE_COLOR ${env.join(' ')}`,
      `${quote(process.execPath)} ${quote(BIN)} workspace provision --chat ws-tty --users ${quote(file)} --concurrency 1;`,
      'echo "EXIT=$?"; sleep 60',
    ].join(' ');
    tmux = await startTmux(command);
    const screens: string[] = [];
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      const screen = await tmux.capture();
      screens.push(screen);
      if (screen.includes('EXIT=')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const last = screens.at(-1) ?? '';
    expect(last).toContain('EXIT=0');
    // While it ran: the users bar part-way, drawn with the bar characters.
    const partial = screens
      .flatMap((screen) => screen.split('\n'))
      .map((line) => /^users\s+([█░]+) (\d+)\/1000 /.exec(line))
      .filter((match) => match !== null)
      .map((match) => Number(match?.[2]));
    expect(partial.some((done) => done > 0 && done < 1000)).toBe(true);
    // At the end: every phase complete, then the summary.
    expect(last).toMatch(/^room\s+█+ 1\/1 100%/m);
    expect(last).toMatch(/^users\s+█+ 1000\/1000 100%/m);
    expect(last).toMatch(/^access\s+█+ 1000\/1000 100%/m);
    expect(last).toContain('Users: 1000 created, 0 exist, 0 failed; 1000 in the room.');
  });

  it('draws nothing when stderr is not a terminal', async () => {
    const file = usersFile('piped');
    const run = await runEthora(['workspace', 'provision', '--chat', 'ws-piped', '--users', file], {
      cwd: dir.path,
      env: emulatorEnv(emulator),
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const drawn of ['█', '░', '\r', '\u001b[']) expect(run.stdout).not.toContain(drawn);
    expect(run.stdout).toContain('Users: 1000 created');
  });
});
