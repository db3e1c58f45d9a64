import { describe, expect, inject, it } from 'vitest';
import {
  createChatRepository,
  createEthoraClient,
  createServerToken,
  EthoraAuthenticationError,
  EthoraBadRequestError,
  unwrap,
} from '../../src/index.js';
import { freshApp, rootRepo } from './harness.js';

describe('credentials against the emulator', () => {
  it('rejects calls signed with the wrong secret with EthoraAuthenticationError, and never leaks it', async () => {
    const { appId } = await freshApp();
    const wrong = createChatRepository({
      apiUrl: inject('emulator').url,
      appId,
      appSecret: 'not-the-secret',
      maxRetries: 0,
    });
    const error = await wrong.getUsers().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EthoraAuthenticationError);
    expect(error).toMatchObject({ status: 401, apiMessage: 'Invalid token signature' });
    expect(JSON.stringify(error)).not.toContain('not-the-secret');
    expect(String((error as Error).message)).not.toMatch(/eyJ/);
  });

  it("keeps every app's data to itself: another app's token gets 401", async () => {
    const first = await freshApp();
    const second = await freshApp();
    await first.repo.createChatRoom('private');
    await expect(second.repo.listChatsInApp(first.appId)).rejects.toBeInstanceOf(EthoraAuthenticationError);
    await expect(second.repo.deleteChatRoomInApp(first.appId, 'private')).rejects.toMatchObject({
      status: 401,
    });
    expect(await second.repo.deleteChatRoom('private')).toEqual({ ok: false, reason: 'Chat room not found' });
    expect((await first.repo.listChatsInApp(first.appId)).total).toBe(1);
  });

  it('rejects expired tokens and tokens of a deleted app', async () => {
    const { appId, appSecret, root } = await freshApp();
    const expired = await createServerToken(
      { appId, appSecret },
      { now: () => Date.now() - 3_600_000, expiresIn: 60 },
    );
    const client = createEthoraClient({
      baseUrl: inject('emulator').url,
      auth: { server: expired },
      maxRetries: 0,
    });
    await expect(unwrap(client.GET('/v2/chats/users'))).rejects.toMatchObject({
      status: 401,
      apiMessage: 'Token expired',
    });

    const live = await createServerToken({ appId, appSecret });
    await root.deleteApp(appId);
    const orphan = createEthoraClient({
      baseUrl: inject('emulator').url,
      auth: { server: live },
      maxRetries: 0,
    });
    const gone = await unwrap(orphan.GET('/v2/chats/users')).catch((caught: unknown) => caught);
    expect(gone).toBeInstanceOf(EthoraBadRequestError);
    expect(gone).toMatchObject({ status: 400, apiMessage: 'App not found' });
  });

  it("lends its cached server token to the caller's own requests", async () => {
    const { repo } = await freshApp();
    const token = await repo.serverToken();
    const answer = await fetch(`${repo.config.apiUrl}/v2/chats/users`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(200);
    expect(await repo.serverToken()).toBe(token);
  });

  it('accepts raw-secret signing only where the app is configured for it', async () => {
    const { url, legacyAppId, legacySecret } = inject('emulator');
    const legacy = createChatRepository({
      apiUrl: url,
      appId: legacyAppId,
      appSecret: legacySecret,
      tokenSigning: 'raw',
    });
    await expect(legacy.getUsers()).resolves.toMatchObject({ total: 0 });
    const rootRaw = rootRepo({ tokenSigning: 'raw', maxRetries: 0 });
    await expect(rootRaw.getUsers()).rejects.toBeInstanceOf(EthoraAuthenticationError);
  });
});
