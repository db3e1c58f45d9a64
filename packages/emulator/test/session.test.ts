import { describe, expect, it } from 'vitest';
import {
  APP_ID,
  APP_SECRET,
  apiClient,
  send,
  serverToken,
  signToken,
  useEmulator,
} from './support/harness.js';

const emulator = useEmulator();
const clientToken = (userId: string, secret = APP_SECRET) =>
  signToken(secret, { type: 'client', userId, appId: APP_ID }, { purpose: 'client' });

describe('POST /v1/users/client', () => {
  it("exchanges a client JWT for the user's session, with the XMPP password", async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice']);
    const answer = await send(emulator.current, 'POST', '/v1/users/client', {
      token: await clientToken('alice'),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.token).toMatch(/^JWT ey/);
    expect(answer.body.refreshToken).toMatch(/^JWT ey/);
    expect(answer.body.user).toMatchObject({
      xmppUsername: `${APP_ID}_alice`,
      username: `${APP_ID}_alice`,
      firstName: 'Test',
      appId: APP_ID,
      xmppPassword: expect.stringMatching(/^\S{16,}$/),
    });
    const snapshot = emulator.current.state().apps[0]!.users!.find((user) => user.uuid === 'alice');
    expect(answer.body.user.xmppPassword).toBe(snapshot?.xmppPassword);
  });

  it('never creates users: an unknown user is 401 USER_NOT_FOUND', async () => {
    const answer = await send(emulator.current, 'POST', '/v1/users/client', {
      token: await clientToken('nobody'),
    });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: 'USER_NOT_FOUND' });
    const users = await (await apiClient(emulator.current)).call('GET', '/v2/chats/users');
    expect(users.body.total).toBe(0);
  });

  it('refuses a server token, a wrongly signed client token and no token with 401', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice']);
    for (const token of [await serverToken(), await clientToken('alice', 'wrong'), undefined]) {
      const answer = await send(
        emulator.current,
        'POST',
        '/v1/users/client',
        token === undefined ? {} : { token },
      );
      expect(answer.status).toBe(401);
    }
  });
});
