import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '@ethora/testkit';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_APP } from '../demo/target.js';
import { APP_ID, APP_SECRET, JWT_PATTERN } from './helpers.js';

const DEMO_APP_ID = DEMO_APP.appId;

const examplesDir = fileURLToPath(new URL('..', import.meta.url));

interface DemoRun {
  readonly child: ChildProcess;
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

/** Runs `demo.ts` in its own Node process, with no ETHORA_* variables except those given. */
function runDemo(env: Record<string, string>, args: string[] = []): DemoRun {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('ETHORA_')),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo.ts', ...args], {
    cwd: examplesDir,
    env: { ...inherited, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { child, output: () => output, exited };
}

async function waitForOutput(run: DemoRun, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = run.output().match(pattern);
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Demo never printed ${pattern}:\n${run.output()}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

function expectNoCredentials(output: string) {
  expect(output).not.toMatch(JWT_PATTERN);
  expect(output).not.toContain(APP_SECRET);
  expect(output).not.toContain('demo-secret-for-the-local-mock');
}

describe('pnpm demo (demo.ts)', () => {
  it('runs the whole lifecycle against the API named by the environment and prints a redacted transcript', async () => {
    const run = runDemo({
      ETHORA_CHAT_API_URL: inject('prismUrl'),
      ETHORA_CHAT_APP_ID: APP_ID,
      ETHORA_CHAT_APP_SECRET: APP_SECRET,
      ETHORA_CHAT_BOT_JID: `${APP_ID}_bot`,
    });

    expect(await run.exited).toBe(0);
    const output = run.output();
    expect(output).toContain(`API:    the Ethora API at ${inject('prismUrl')}`);
    expect(output).toContain('(secret set, not shown)');
    for (const line of [
      "✓ 2. Create the workspace's chat room",
      'POST /v2/chats → 200',
      'POST /v2/users/batch → 202',
      'GET /v2/users/batch/6650d4e5f6a7b8c9d0e1f2a3 → 200',
      "✓ 8. Let the app's bot into the room",
      "✓ 9. List the room's members",
      'GET /v2/chats/users → 200',
      'DELETE /v1/chats → 200',
      'DELETE /v1/users/batch → 200',
      "signature verified with the app's client key; valid 3600 s",
    ]) {
      expect(output).toContain(line);
    }
    expect(output).toMatch(/eyJhbGciOi…\(redacted, \d+ chars\)/);
    expect(output).toContain(`userId: 'alice-`);
    expect(output).toMatch(/Done: 14 steps for ws-[0-9a-f]{8}, everything created was deleted/);
    expect(output).not.toContain('Prism mock stopped');
    expect(output).not.toContain('Emulator stopped');
    expectNoCredentials(output);
  });

  it('runs against its own emulator when ETHORA_CHAT_API_URL is unset: real state, then it stops it', async () => {
    const run = runDemo({}, ['--no-xmpp']);

    expect(await run.exited).toBe(0);
    const output = run.output();
    const url = output.match(/the Ethora emulator \(state in memory\) at (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    expect(url).toBeDefined();
    const workspace = output.match(/Done: 14 steps for (ws-[0-9a-f]{8})/)?.[1];
    expect(workspace).toBeDefined();
    const run8 = workspace!.slice(3);
    // The room it created, under the name the SDK computed.
    expect(output).toContain(`name: '${DEMO_APP_ID}_${workspace}'`);
    expect(output).toContain(`'${DEMO_APP_ID}_${workspace}@conference.localhost'`);
    // The members it listed: the two users it created and the bot.
    const listed = output.slice(output.indexOf("✓ 9. List the room's members"), output.indexOf('✓ 10.'));
    for (const user of ['bot', `alice-${run8}`, `bob-${run8}`])
      expect(listed).toContain(`xmppUsername: '${DEMO_APP_ID}_${user}'`);
    expect(listed).toContain('total: 3');
    // The forgiving second delete: the API's 422 "not found" resolves instead of throwing.
    expect(output).toMatch(
      /✓ 14\. Delete the room again[^\n]*\n[^\n]*\n\s+DELETE \/v1\/chats → 422[^\n]*\n\s+\{ ok: false, reason: 'Chat room not found' \}/,
    );
    expect(output).toContain('In the emulator now: rooms: none; users: bot');
    expect(output).toContain('XMPP:   none: turned off with --no-xmpp');
    expect(output).toContain('Emulator stopped.');
    expect(await answers(url ?? '')).toBe(false);
    expectNoCredentials(output);
  });

  it('ends with the bot posting a welcome message into the room over XMPP and reading it back', async () => {
    const run = runDemo({});

    expect(await run.exited).toBe(0);
    const output = run.output();
    const service = output.match(/XMPP: {3}(xmpp:\/\/127\.0\.0\.1:\d+) \(a throwaway ejabberd/)?.[1];
    expect(service).toBeDefined();
    const workspace = output.match(/Done: 18 steps for (ws-[0-9a-f]{8})/)?.[1];
    expect(workspace).toBeDefined();
    for (const line of [
      "✓ 12. Open the bot's chat session over XMPP",
      'POST /v1/users/client → 200',
      `jid: '${DEMO_APP_ID}_bot@localhost', status: 'online'`,
      '✓ 13. The bot joins the room',
      `room: '${DEMO_APP_ID}_${workspace}@conference.localhost'`,
      '✓ 14. The bot posts a welcome message',
      "✓ 15. Read it back from the room's history",
      'text: "Welcome to Design team! I am the workspace\'s bot."',
      "from: 'bot'",
      '✓ 16. Delete the room',
      'Emulator and its ejabberd stopped.',
    ]) {
      expect(output).toContain(line);
    }
    // The message read back is the one the bot posted: same id.
    const sent = output.match(/✓ 14\.[^\n]*\n[^\n]*\n[^\n]*\n\s+'([0-9a-f-]{36})'/)?.[1];
    expect(sent).toBeDefined();
    expect(output.slice(output.indexOf('✓ 15.'))).toContain(`id: '${sent}'`);
    expect(await answers(service!.replace('xmpp:', 'http:'))).toBe(false);
    expectNoCredentials(output);
  });

  it('says how to get room messages when ejabberd is not installed', async () => {
    const run = runDemo({ EJABBERDCTL: '/nonexistent/ejabberdctl' });

    expect(await run.exited).toBe(0);
    const output = run.output();
    expect(output).toMatch(/Done: 14 steps/);
    expect(output).toContain('XMPP:   none: ejabberd is not installed (sudo apt-get install ejabberd');
    expect(output).toContain('Room messages were skipped: ejabberd is not installed');
    expect(output).toContain('Emulator stopped.');
  });

  it('runs against the Prism mock with --prism, and stops it at the end', async () => {
    const run = runDemo({}, ['--prism']);

    expect(await run.exited).toBe(0);
    const output = run.output();
    const url = output.match(/Prism mock of spec\/ethora\.yaml at (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    expect(url).toBeDefined();
    expect(output).toContain("✓ 8. Let the app's bot into the room");
    expect(output).toMatch(/Done: 14 steps/);
    expect(output).toContain('Prism mock stopped.');
    expect(await answers(url ?? '')).toBe(false);
    expectNoCredentials(output);
  });

  it('on Ctrl-C against an API deletes what it created and exits 130', async () => {
    const run = runDemo(
      {
        ETHORA_CHAT_API_URL: inject('prismUrl'),
        ETHORA_CHAT_APP_ID: APP_ID,
        ETHORA_CHAT_APP_SECRET: APP_SECRET,
      },
      ['--pause=2000'],
    );
    await waitForOutput(run, /✓ 2\. Create the workspace's chat room/);

    run.child.kill('SIGINT');

    expect(await run.exited).toBe(130);
    const output = run.output();
    expect(output).toContain('SIGINT: stopping after the current call');
    expect(output).toMatch(
      /✓ 3\. Delete the room\n\s+repo\.deleteChatRoom\('ws-[0-9a-f]{8}'\)\n\s+DELETE \/v1\/chats → 200/,
    );
    expect(output).not.toContain('Create user');
    expect(output).toContain('Interrupted; what the run had created was deleted.');
    expectNoCredentials(output);
  });

  it('on Ctrl-C against its own emulator stops it and exits 130', async () => {
    const run = runDemo({}, ['--pause=2000', '--no-xmpp']);
    const [, url] = await waitForOutput(run, /at (http:\/\/127\.0\.0\.1:\d+)/);
    await waitForOutput(run, /✓ 1\. Name the workspace's room/);

    run.child.kill('SIGINT');

    expect(await run.exited).toBe(130);
    const output = run.output();
    expect(output).toContain(
      "Interrupted; the emulator's state ends with it, so there was nothing to clean up.",
    );
    expect(output).toContain('Emulator stopped.');
    expect(await answers(url ?? '')).toBe(false);
  });

  it('exits 1 with a readable error when the API cannot be reached', async () => {
    const run = runDemo({
      ETHORA_CHAT_API_URL: `http://127.0.0.1:${await freePort()}`,
      ETHORA_CHAT_APP_ID: APP_ID,
      ETHORA_CHAT_APP_SECRET: APP_SECRET,
    });

    expect(await run.exited).toBe(1);
    const output = run.output();
    expect(output).toMatch(
      /✗ 2\. Create the workspace's chat room[\s\S]*POST \/v2\/chats → no answer[\s\S]*✗ EthoraNetworkError/,
    );
    expect(output).toContain('The demo failed at step 2 (see above).');
    expectNoCredentials(output);
  });

  it('exits 1 naming the missing variable when the environment is half set', async () => {
    const run = runDemo({ ETHORA_CHAT_API_URL: 'https://api.chat.ethora.com', ETHORA_CHAT_APP_ID: APP_ID });

    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(
      'EthoraConfigError: Environment variable ETHORA_CHAT_APP_SECRET is not set',
    );
  });
});
