import type { Emulator } from '@ethora/emulator';
import { createClientToken, createServerToken } from '@ethora/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, APP_SECRET, emulatorEnv, startTestEmulator, withoutSecret } from './support/emulator.js';
import { createWorkDir, runEthora, type WorkDir } from './support/run-ethora.js';

const JWT = /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/;

let emulator: Emulator;
let dir: WorkDir;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  dir = createWorkDir();
  env = emulatorEnv(emulator);
});
afterAll(async () => {
  await emulator.stop();
  dir.remove();
});

const ethora = (args: string[], options: { env?: Record<string, string>; input?: string } = {}) =>
  runEthora(args, {
    cwd: dir.path,
    env: options.env ?? env,
    ...(options.input ? { input: options.input } : {}),
  });

async function inspect(token: string, options: { env?: Record<string, string> } = {}) {
  const run = await ethora(['token', 'inspect', '-', '--json'], { ...options, input: token });
  expect(withoutSecret(run.stdout + run.stderr)).toBe(true);
  return { run, inspection: JSON.parse(run.stdout) as Record<string, unknown> };
}

describe('ethora token', () => {
  it('prints a client token alone, which inspect reads back as a client token of the app', async () => {
    const minted = await ethora(['token', 'client', 'alice', '--ttl', '15m']);
    expect(minted.code).toBe(0);
    expect(minted.stderr).toBe('');
    const token = minted.stdout.trimEnd();
    expect(minted.stdout).toBe(`${token}\n`);
    expect(token).toMatch(JWT);

    const { run, inspection } = await inspect(token);
    expect(run.code).toBe(0);
    expect(inspection).toMatchObject({
      type: 'client',
      typeFrom: 'claim',
      appId: APP_ID,
      userId: 'alice',
      verifiedWith: 'scoped-client',
      accepted: true,
      problems: [],
      header: { alg: 'HS256', typ: 'JWT' },
    });
    const lifetime = Date.parse(inspection.expiresAt as string) - Date.parse(inspection.issuedAt as string);
    expect(lifetime).toBe(15 * 60 * 1000);
    expect(inspection.expires).toMatch(/^in 1[45] minutes$/);
  });

  it('mints a server token the emulator accepts, and inspect says it is one', async () => {
    const minted = await ethora(['token', 'server']);
    const token = minted.stdout.trim();
    const answer = await fetch(`${emulator.url}/v2/chats/users?limit=1`, {
      headers: { 'x-custom-token': token },
    });
    expect(answer.status).toBe(200);
    const { inspection } = await inspect(token);
    expect(inspection).toMatchObject({ type: 'server', verifiedWith: 'scoped-server', accepted: true });
  });

  it('gives the token with its times as JSON on request', async () => {
    const run = await ethora(['token', 'client', 'bob', '--json']);
    const document = JSON.parse(run.stdout) as Record<string, string>;
    expect(document).toMatchObject({ type: 'client', userId: 'bob', token: expect.stringMatching(JWT) });
    expect(Date.parse(document.expiresAt as string) - Date.parse(document.issuedAt as string)).toBe(
      3_600_000,
    );
  });

  it('explains in words why a token would be rejected: expired, other app, wrong key scheme', async () => {
    const hourAgo = () => Date.now() - 3_600_000;
    const expired = await createClientToken({ appId: APP_ID, appSecret: APP_SECRET }, 'alice', {
      expiresIn: '15m',
      now: hourAgo,
    });
    const { run, inspection } = await inspect(expired);
    expect(run.code).toBe(1);
    expect(inspection).toMatchObject({
      accepted: false,
      verifiedWith: 'scoped-client',
      expires: '45 minutes ago',
    });
    expect(inspection.problems).toEqual([
      { reason: 'expired', message: 'expired 45 minutes ago', fatal: true },
    ]);

    const otherApp = await createServerToken({
      appId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
      appSecret: 'another-secret',
    });
    const other = await inspect(otherApp);
    expect(other.inspection.verifiedWith).toBe('none');
    expect((other.inspection.problems as { reason: string }[]).map((problem) => problem.reason)).toEqual([
      'other-app',
      'signature',
    ]);

    const raw = await createServerToken({ appId: APP_ID, appSecret: APP_SECRET, tokenSigning: 'raw' });
    const rawInspection = await inspect(raw);
    expect(rawInspection.inspection).toMatchObject({ verifiedWith: 'raw-secret', accepted: true });
    expect(rawInspection.inspection.problems).toEqual([
      expect.objectContaining({ reason: 'wrong-key-scheme', fatal: false }),
    ]);
  });

  it('says a token is signed with another key when the configured secret differs', async () => {
    const token = (await ethora(['token', 'server'])).stdout.trim();
    const { run, inspection } = await inspect(token, {
      env: { ...env, ETHORA_CHAT_APP_SECRET: 'a-different-secret' },
    });
    expect(run.code).toBe(1);
    expect(inspection).toMatchObject({ verifiedWith: 'none', accepted: false });
  });

  it('decodes without a configured secret and says the signature was not checked', async () => {
    const token = (await ethora(['token', 'client', 'alice'])).stdout.trim();
    const run = await runEthora(['token', 'inspect', token], { cwd: dir.path });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Type +client \(data\.type\)$/m);
    expect(run.stdout).toMatch(/^User +alice$/m);
    expect(run.stdout).toMatch(/^Expires +\S+ \(in (59 minutes|1 hour)\)$/m);
    expect(run.stdout).toMatch(/^Verified +not checked: no app id and secret are configured/m);
    // The token itself is never printed back.
    expect(run.stdout).not.toContain(token);
  });

  it('refuses input that is not a JWT with one line and no echo of it', async () => {
    const run = await ethora(['token', 'inspect', 'not-a-token-secret-value']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('The token is not a JWT');
    expect(run.stderr).not.toContain('not-a-token-secret-value');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a bad --ttl as a usage error naming the flag', async () => {
    const run = await ethora(['token', 'client', 'alice', '--ttl', 'soon']);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('--ttl');
    expect(run.stdout).toBe('');
  });
});
