import { afterEach, describe, expect, it } from 'vitest';
import { setupEmulatorEnv, teardownEmulatorEnv } from '../src/index.js';
import { apiClient } from './support/harness.js';

const NAMES = ['ETHORA_CHAT_API_URL', 'ETHORA_CHAT_APP_ID', 'ETHORA_CHAT_APP_SECRET'] as const;

afterEach(async () => {
  await teardownEmulatorEnv();
});

describe('setupEmulatorEnv', () => {
  it('starts an emulator, exports its credentials, and restores the environment on teardown', async () => {
    const before = NAMES.map((name) => process.env[name]);
    const teardown = await setupEmulatorEnv();
    const url = process.env.ETHORA_CHAT_API_URL!;
    const acme = await apiClient(
      { url } as never,
      process.env.ETHORA_CHAT_APP_ID,
      process.env.ETHORA_CHAT_APP_SECRET,
    );
    expect((await acme.call('GET', '/v2/chats/users')).status).toBe(200);
    await expect(setupEmulatorEnv()).rejects.toThrow('running already');
    await teardown();
    expect(NAMES.map((name) => process.env[name])).toEqual(before);
    await expect(fetch(`${url}/_emulator/health`)).rejects.toThrow();
  });

  it('is stopped by teardownEmulatorEnv (Jest globalTeardown)', async () => {
    const before = NAMES.map((name) => process.env[name]);
    await setupEmulatorEnv();
    const url = process.env.ETHORA_CHAT_API_URL!;
    await teardownEmulatorEnv();
    await expect(fetch(`${url}/_emulator/health`)).rejects.toThrow();
    expect(NAMES.map((name) => process.env[name])).toEqual(before);
  });
});
