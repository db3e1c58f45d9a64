import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EmulatorUsageError, parseEmulatorArgs, runEmulatorCli, startEmulator } from '../src/index.js';
import { APP_ID, apiClient } from './support/harness.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('parseEmulatorArgs', () => {
  it('reads every flag into emulator options', () => {
    const parsed = parseEmulatorArgs([
      '--port',
      '4200',
      '--host',
      '0.0.0.0',
      '--app',
      `${APP_ID}:s3cret:with:colons`,
      '--app',
      '65f1c2a9e4b0a1b2c3d4e5f7:other',
      '--accept-raw-secret',
      '--seed',
      'seed.json',
      '--save',
      'out.json',
      '--latency',
      '100',
      '--latency',
      'GET /v2/chats/users=250',
      '--fail',
      '503',
      '--fail',
      'POST /v2/chats=429,times=2,retry-after=3',
      '--fail',
      '/v1/*=drop',
      '--job-delay',
      '0',
      '--xmpp-host',
      'xmpp.local',
      '--validate',
      '-q',
    ]);
    expect(parsed).toEqual({
      emulator: {
        port: 4200,
        host: '0.0.0.0',
        apps: [
          { appId: APP_ID, appSecret: 's3cret:with:colons', acceptRawSecret: true },
          { appId: '65f1c2a9e4b0a1b2c3d4e5f7', appSecret: 'other', acceptRawSecret: true },
        ],
        seed: 'seed.json',
        faults: [
          { latencyMs: 100 },
          { route: 'GET /v2/chats/users', latencyMs: 250 },
          { status: 503 },
          { route: 'POST /v2/chats', status: 429, times: 2, retryAfter: 3 },
          { route: '/v1/*', drop: true },
        ],
        jobDelayMs: 0,
        xmppHost: 'xmpp.local',
        validateResponses: true,
      },
      quiet: true,
      save: 'out.json',
      help: false,
      version: false,
    });
  });

  it('defaults to port 4100 and a generated demo app', () => {
    expect(parseEmulatorArgs([]).emulator).toEqual({ port: 4100 });
  });

  it('reads the XMPP mode: a local ejabberd, or a running one and where its clients connect', () => {
    expect(parseEmulatorArgs(['--xmpp']).emulator).toEqual({ port: 4100, xmpp: true });
    expect(
      parseEmulatorArgs([
        '--xmpp-admin',
        'http://127.0.0.1:5280/api',
        '--xmpp-service',
        'xmpp://127.0.0.1:5222',
      ]).emulator,
    ).toEqual({
      port: 4100,
      xmpp: { adminUrl: 'http://127.0.0.1:5280/api', service: 'xmpp://127.0.0.1:5222' },
    });
  });

  it.each([
    [['--app', 'nope:secret'], '--app takes <appId>:<appSecret>'],
    [['--app', APP_ID], '--app takes <appId>:<appSecret>'],
    [['--port', 'eighty'], '--port takes an integer'],
    [['--fail', 'POST /v2/chats=teapot'], '--fail takes an integer from 100 to 599'],
    [['--fail', '503,forever=1'], '--fail takes times=<n> and retry-after=<s>'],
    [['--latency=-5'], '--latency takes an integer'],
    [['--wat'], "Unknown option '--wat'"],
    [['--xmpp', '--xmpp-admin', 'http://127.0.0.1:5280/api'], 'pass only one'],
    [['--xmpp-service', 'xmpp://127.0.0.1:5222'], '--xmpp-service goes with --xmpp-admin'],
    [['--xmpp-admin', 'localhost:5280'], '--xmpp-admin takes an http(s) URL'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseEmulatorArgs(argv)).toThrow(EmulatorUsageError);
    expect(() => parseEmulatorArgs(argv)).toThrow(message);
  });
});

describe('runEmulatorCli', () => {
  it('serves until told to stop, then saves the state', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-cli-'));
    const save = join(dir, 'state.json');
    const lines: string[] = [];
    let stop!: (signal: string) => void;
    const stopSignal = new Promise<string>((resolve) => {
      stop = resolve;
    });
    const done = runEmulatorCli(['--port', '0', '--app', `${APP_ID}:secret123`, '--save', save], {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
      stopSignal,
    });
    while (!lines.some((line) => line.startsWith('Ethora emulator listening')))
      await new Promise((r) => setTimeout(r, 10));
    const url = /listening on (\S+)/.exec(lines[0]!)![1]!;
    const acme = await apiClient({ url } as never);
    expect((await acme.call('POST', '/v2/chats', { title: 'T', uuid: 'ws-1', type: 'group' })).status).toBe(
      200,
    );
    expect(lines.join('\n')).not.toContain('secret123');
    expect(lines.some((line) => /^POST \/v2\/chats 200 \d+\.\d ms$/.test(line))).toBe(true);
    stop('SIGTERM');
    expect(await done).toBe(0);
    const saved = JSON.parse(await readFile(save, 'utf8'));
    expect(saved.apps[0].rooms[0].chatId).toBe('ws-1');
    expect(lines.slice(-3)).toEqual(['SIGTERM: stopping…', `Saved the state to ${save}`, 'Stopped.']);
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 2 for bad usage and 1 when the port is taken', async () => {
    const errors: string[] = [];
    const io = { out: () => {}, err: (line: string) => errors.push(line) };
    expect(await runEmulatorCli(['--port', 'x'], io)).toBe(2);
    const busy = await startEmulator();
    try {
      expect(await runEmulatorCli(['--port', String(busy.port)], io)).toBe(1);
      expect(errors.at(-1)).toBe(
        `ethora-emulator: cannot start: port ${busy.port} is in use (choose another with --port)`,
      );
    } finally {
      await busy.stop();
    }
  });
});

function runBin(args: string[]): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin.ts', ...args], {
    cwd: packageDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe('the ethora-emulator command', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'prints a demo app and its URL, serves, and stops cleanly on %s',
    async (signal) => {
      const run = runBin(['--port', '0']);
      const deadline = Date.now() + 30_000;
      while (!/Press Ctrl-C to stop/.test(run.output()) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      const output = run.output();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      const appId = /ETHORA_CHAT_APP_ID=([0-9a-f]{24})/.exec(output)?.[1];
      const secret = /ETHORA_CHAT_APP_SECRET=(\S+)/.exec(output)?.[1];
      expect(output).toContain('App 1: Demo app (created for this run');
      const acme = await apiClient({ url } as never, appId, secret);
      expect((await acme.call('GET', '/v2/chats/users')).status).toBe(200);
      run.child.kill(signal);
      expect(await run.exited).toBe(0);
      expect(run.output()).toContain(`${signal}: stopping…\nStopped.`);
      await expect(fetch(`${url}/_emulator/health`)).rejects.toThrow();
    },
  );
});
