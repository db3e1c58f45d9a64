import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emulator } from '@ethora/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, BOT_JID, emulatorEnv, startTestEmulator, withoutSecret } from './support/emulator.js';
import { createWorkDir, runEthora, type WorkDir } from './support/run-ethora.js';

interface Check {
  id: string;
  status: 'pass' | 'fail' | 'skip';
  value: string;
  fix?: string;
  data?: Record<string, unknown>;
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

async function doctorJson(env: Record<string, string>) {
  const run = await runEthora(['doctor', '--json'], { cwd: dir.path, env });
  expect(withoutSecret(run.stdout + run.stderr)).toBe(true);
  const report = JSON.parse(run.stdout) as { ok: boolean; checks: Check[] };
  const check = (id: string) => report.checks.find((candidate) => candidate.id === id) as Check;
  return { run, report, check };
}

describe('ethora doctor', () => {
  it('passes every check against the emulator, with measured values', async () => {
    const { run, report, check } = await doctorJson(emulatorEnv(emulator, { ETHORA_CHAT_BOT_JID: BOT_JID }));
    expect(run.code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.checks.map((entry) => [entry.id, entry.status])).toEqual([
      ['config', 'pass'],
      ['api', 'pass'],
      ['token', 'pass'],
      ['clock', 'pass'],
      ['jid-domain', 'pass'],
      ['bot', 'pass'],
    ]);
    expect(check('api').data?.latencyMs).toEqual(expect.any(Number));
    expect(Math.abs(check('clock').data?.offsetSeconds as number)).toBeLessThan(2);
    expect(check('jid-domain').data).toMatchObject({
      xmppHost: 'localhost',
      jidDomain: 'conference.localhost',
    });
    expect(check('bot').data).toMatchObject({ member: `${APP_ID}_bot`, status: 'off' });
  });

  it('prints ✔ lines and the sources of the settings for people', async () => {
    dir.write('.env', `ETHORA_CHAT_APP_ID=${APP_ID}\n`);
    const { ETHORA_CHAT_APP_ID: _fromFile, ...env } = emulatorEnv(emulator);
    const run = await runEthora(['doctor'], { cwd: dir.path, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ Configuration/m);
    expect(run.stdout).toContain('ETHORA_CHAT_APP_ID in .env');
    expect(run.stdout).toContain('ETHORA_CHAT_API_URL in the environment');
    expect(run.stdout).toMatch(/^– Bot +not configured/m);
    expect(run.stdout).toMatch(/5 passed, 0 failed, 1 skipped/);
    // Not a terminal: no colour codes.
    expect(run.stdout).not.toContain('\u001b[');
    expect(withoutSecret(run.stdout + run.stderr)).toBe(true);
  });

  it('says the token check fails, and why, with a wrong secret', async () => {
    const { run, report, check } = await doctorJson(
      emulatorEnv(emulator, { ETHORA_CHAT_APP_SECRET: 'not-the-app-secret' }),
    );
    expect(run.code).toBe(1);
    expect(report.ok).toBe(false);
    expect(check('config').status).toBe('pass');
    expect(check('api').status).toBe('pass');
    expect(check('token')).toMatchObject({ status: 'fail', data: { status: 401, acceptedSigning: null } });
    expect(check('token').value).toContain('rejected');
    expect(check('token').fix).toContain('ETHORA_CHAT_APP_SECRET in the environment');
    expect(run.stdout).not.toContain('not-the-app-secret');
  });

  it('fails the configuration check naming every missing variable, and skips the rest', async () => {
    dir.write('.env', '');
    const { run, check, report } = await doctorJson({});
    expect(run.code).toBe(1);
    expect(check('config').status).toBe('fail');
    expect(check('config').value).toBe(
      'Missing configuration: ETHORA_CHAT_API_URL, ETHORA_CHAT_APP_ID, ETHORA_CHAT_APP_SECRET.',
    );
    expect(report.checks.slice(1).every((entry) => entry.status === 'skip')).toBe(true);
  });

  it('names the source of a malformed value', async () => {
    const { check } = await doctorJson(emulatorEnv(emulator, { ETHORA_CHAT_API_URL: `${emulator.url}/v2` }));
    expect(check('config').status).toBe('fail');
    expect(check('config').value).toMatch(/without a version path.*\(set in the environment\)\.$/);
    expect(check('config').fix).toBe('correct ETHORA_CHAT_API_URL in the environment');
  });

  it('reports an API that does not answer', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { run, check } = await doctorJson(
      emulatorEnv(emulator, { ETHORA_CHAT_API_URL: `http://127.0.0.1:${port}` }),
    );
    expect(run.code).toBe(1);
    expect(check('api').status).toBe('fail');
    expect(check('api').value).toContain('ECONNREFUSED');
    expect(check('api').fix).toContain('ETHORA_CHAT_API_URL in the environment');
    expect(check('token').status).toBe('skip');
  });

  it('fails the JID domain check with the default domain, giving the value to set', async () => {
    const { ETHORA_CHAT_JID_DOMAIN: _unset, ...env } = emulatorEnv(emulator);
    const { run, check } = await doctorJson(env);
    expect(run.code).toBe(1);
    expect(check('jid-domain')).toMatchObject({
      status: 'fail',
      fix: 'set ETHORA_CHAT_JID_DOMAIN=conference.localhost',
    });
  });

  it('fails the bot check when the bot is not a user of the app', async () => {
    const { check } = await doctorJson(emulatorEnv(emulator, { ETHORA_CHAT_BOT_JID: 'ghost' }));
    expect(check('bot').status).toBe('fail');
    expect(check('bot').value).toContain(`${APP_ID}_ghost`);
  });

  describe('against a server whose clock is off', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      // Forwards to the emulator and answers with a Date ten minutes ahead.
      server = createServer(async (request, response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const headers = Object.fromEntries(
          Object.entries(request.headers).filter(([name]) => name !== 'host' && name !== 'content-length'),
        ) as Record<string, string>;
        const answer = await fetch(`${emulator.url}${request.url}`, {
          method: request.method,
          headers,
          ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
        });
        response.writeHead(answer.status, {
          'content-type': answer.headers.get('content-type') ?? 'application/json',
          date: new Date(Date.now() + 600_000).toUTCString(),
        });
        response.end(Buffer.from(await answer.arrayBuffer()));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('fails the clock check with the measured offset', async () => {
      const { run, check } = await doctorJson(emulatorEnv(emulator, { ETHORA_CHAT_API_URL: url }));
      expect(run.code).toBe(1);
      expect(check('clock').status).toBe('fail');
      expect(check('clock').data?.offsetSeconds).toBeCloseTo(-600, -1);
      expect(check('clock').value).toContain('600 s behind');
      expect(check('token').status).toBe('pass');
    });
  });
});
