import { spawn } from 'node:child_process';
import { chmodSync } from 'node:fs';
import type { Emulator } from '@ethora/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, APP_SECRET, emulatorEnv, startTestEmulator, withoutSecret } from './support/emulator.js';
import { BIN, createWorkDir, runEthora, type WorkDir } from './support/run-ethora.js';

interface Setting {
  setting: string;
  value?: string;
  source: string;
}

let emulator: Emulator;
let dir: WorkDir;

beforeAll(async () => {
  emulator = await startTestEmulator();
  dir = createWorkDir();
});
afterAll(async () => {
  await emulator.stop();
  dir.remove();
});

async function settings(args: string[], env: Record<string, string>, input?: string) {
  const run = await runEthora(['doctor', '--json', ...args], {
    cwd: dir.path,
    env,
    ...(input ? { input } : {}),
  });
  expect(withoutSecret(run.stdout + run.stderr)).toBe(true);
  const report = JSON.parse(run.stdout) as {
    ok: boolean;
    checks: { id: string; data?: { settings?: Setting[] } }[];
  };
  const found = report.checks[0]?.data?.settings ?? [];
  return { run, report, source: (name: string) => found.find((entry) => entry.setting === name)?.source };
}

describe('configuration', () => {
  it('takes flags over the environment, the environment over .env.<profile>, and that over .env', async () => {
    dir.write(
      '.env',
      `ETHORA_CHAT_API_URL=http://127.0.0.1:1\nETHORA_CHAT_APP_ID=${APP_ID}\nETHORA_CHAT_JID_DOMAIN=conference.example.com\n`,
    );
    dir.write(
      '.env.local-emulator',
      `ETHORA_CHAT_API_URL=${emulator.url}\nETHORA_CHAT_APP_SECRET=${APP_SECRET}\nETHORA_CHAT_JID_DOMAIN=conference.nowhere.test\n`,
    );
    const { run, report, source } = await settings(
      ['--profile', 'local-emulator', '--jid-domain', 'conference.localhost'],
      {
        ETHORA_CHAT_BOT_JID: 'bot',
      },
    );
    expect(run.code).toBe(0);
    expect(report.ok).toBe(true);
    expect(source('apiUrl')).toBe('ETHORA_CHAT_API_URL in .env.local-emulator');
    expect(source('appId')).toBe('ETHORA_CHAT_APP_ID in .env');
    expect(source('appSecret')).toBe('ETHORA_CHAT_APP_SECRET in .env.local-emulator');
    expect(source('botJid')).toBe('ETHORA_CHAT_BOT_JID in the environment');
    expect(source('jidDomain')).toBe('--jid-domain');
  });

  it('reads the profile from ETHORA_PROFILE, and names a profile without a file', async () => {
    const { source } = await settings([], { ETHORA_PROFILE: 'local-emulator' });
    expect(source('apiUrl')).toBe('ETHORA_CHAT_API_URL in .env.local-emulator');
    const missing = await runEthora(['doctor', '--profile', 'staging'], { cwd: dir.path });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('Profile "staging" has no file .env.staging');
  });

  it('reads the secret from a file or from standard input, never from a plain flag', async () => {
    const env = { ...emulatorEnv(emulator) } as Record<string, string>;
    delete env.ETHORA_CHAT_APP_SECRET;
    const secretFile = dir.write('secret.txt', `${APP_SECRET}\n`);
    chmodSync(secretFile, 0o600);
    const fromFile = await settings(['--app-secret-file', secretFile], env);
    expect(fromFile.report.ok).toBe(true);
    expect(fromFile.source('appSecret')).toBe(`--app-secret-file ${secretFile}`);

    const fromStdin = await settings(['--app-secret-file', '-'], env, `${APP_SECRET}\n`);
    expect(fromStdin.report.ok).toBe(true);
    expect(fromStdin.source('appSecret')).toBe('--app-secret-file (stdin)');

    const plain = await runEthora(['doctor', '--app-secret', APP_SECRET], { cwd: dir.path, env });
    expect(plain.code).toBe(64);
    expect(plain.stderr).toContain('--app-secret is not accepted');
    expect(withoutSecret(plain.stdout + plain.stderr)).toBe(true);

    const unreadable = await runEthora(['token', 'server', '--app-secret-file', 'missing.txt'], {
      cwd: dir.path,
      env,
    });
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toMatch(/^✘ Cannot read the app secret file missing\.txt \(ENOENT\)\./);
  });

  it('writes nothing but JSON on stdout with --json, and no colour without a terminal', async () => {
    const env = emulatorEnv(emulator);
    for (const args of [
      ['doctor'],
      ['token', 'server'],
      ['users', 'list'],
      ['rooms', 'list'],
      ['apps', 'list'],
    ]) {
      const run = await runEthora([...args, '--json'], { cwd: dir.path, env });
      expect(() => JSON.parse(run.stdout), args.join(' ')).not.toThrow();
      expect(run.stdout).not.toContain('\u001b[');
    }
  });

  it('keeps colour off with NO_COLOR even when colour is forced', async () => {
    const run = await runEthora(['doctor'], {
      cwd: dir.path,
      env: { ...emulatorEnv(emulator), FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(run.stdout).not.toContain('\u001b[');
    const forced = await runEthora(['doctor'], {
      cwd: dir.path,
      env: { ...emulatorEnv(emulator), FORCE_COLOR: '1' },
    });
    expect(forced.stdout).toContain('\u001b[32m✔');
  });
});

describe('usage errors', () => {
  it('exits 64 with one line naming the problem, and a stack trace only with --debug', async () => {
    const unknown = await runEthora(['doctor', '--verbose'], { cwd: dir.path });
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toBe(
      "✘ unknown option '--verbose' (see `ethora --help` or `ethora <command> --help`)\n",
    );
    const typo = await runEthora(['doctr'], { cwd: dir.path });
    expect(typo.code).toBe(64);
    expect(typo.stderr).toContain('(Did you mean doctor?)');

    const inspect = ['token', 'inspect', 'abc'];
    expect((await runEthora(inspect, { cwd: dir.path })).stderr).not.toMatch(/\n\s+at /);
    expect((await runEthora([...inspect, '--debug'], { cwd: dir.path })).stderr).toMatch(/\n\s+at /);
  });

  it('prints help and the version with exit 0', async () => {
    const help = await runEthora(['--help'], { cwd: dir.path });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 done, 1 failed, 2 partly done');
    const version = await runEthora(['--version'], { cwd: dir.path });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('ethora emulator', () => {
  it('serves the API with the emulator’s own flags until Ctrl-C, printing what a .env needs', async () => {
    const child = spawn(
      process.execPath,
      [BIN, 'emulator', '--port', '0', '--app', `${APP_ID}:${APP_SECRET}`, '--xmpp-host', 'xmpp.test', '-q'],
      { cwd: dir.path, env: { PATH: process.env.PATH ?? '' } },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(stdout);
        if (match && stdout.includes('Ctrl-C')) resolve(match[1] as string);
      });
      child.once('exit', () => reject(new Error(`the emulator exited: ${stdout}`)));
    });
    expect(stdout).toContain(
      `  ETHORA_CHAT_APP_ID=${APP_ID}\n  ETHORA_CHAT_JID_DOMAIN=conference.xmpp.test\n`,
    );
    const doctor = await runEthora(['doctor', '--json'], {
      cwd: dir.path,
      env: {
        ETHORA_CHAT_API_URL: url,
        ETHORA_CHAT_APP_ID: APP_ID,
        ETHORA_CHAT_APP_SECRET: APP_SECRET,
        ETHORA_CHAT_JID_DOMAIN: 'conference.xmpp.test',
      },
    });
    expect(doctor.code).toBe(0);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('reports a bad emulator flag as a usage error', async () => {
    const run = await runEthora(['emulator', '--port', 'many'], { cwd: dir.path });
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('ethora emulator: --port takes an integer');
  });
});
