import { createChatRepository, deriveScopedSecret, type EthoraLogger } from '@ethora/sdk';
import { errorRenderings, findLeaks, logArgumentRenderings } from '@ethora/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessenger, type Messenger, messengerFor } from '../src/index.js';
import { type EthoraStub, startEthoraStub } from './ethora-stub.js';
import { admin, c2sPort, createRoom, eventually, messengerAs, register, server, unique } from './support.js';
import { startTcpProxy } from './tcp-proxy.js';

// No password, token or app secret may reach a log line or an error, whatever happens: refused logins,
// failing credential providers, reconnections, careless API servers. Every line is logged at debug level.
const APP = { appId: '65f1c2a9e4b0a1b2c3d4e5f6', appSecret: 'hygiene-messaging-secret-77' };
const lines: unknown[][] = [];
const errors: unknown[] = [];
const secrets: string[] = [APP.appSecret];
const logger: EthoraLogger = {
  debug: (...args) => void lines.push(args),
  info: (...args) => void lines.push(args),
  warn: (...args) => void lines.push(args),
  error: (...args) => void lines.push(args),
};
const logging = { logger, logLevel: 'debug' as const };

async function caught(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    errors.push(error);
    return error;
  }
  return undefined;
}

describe('secret hygiene of the messenger', () => {
  let api: EthoraStub;

  beforeAll(async () => {
    secrets.push(
      await deriveScopedSecret(APP.appSecret, 'client'),
      await deriveScopedSecret(APP.appSecret, 'server'),
    );
    api = await startEthoraStub(APP, server.host);
  });

  afterAll(async () => {
    await api.close();
    const found = [
      ...lines.flatMap((args, i) => findLeaks(logArgumentRenderings(args), secrets, `log line ${i}`)),
      ...errors.flatMap((error, i) => findLeaks(errorRenderings(error), secrets, `error ${i}`)),
    ];
    console.info(`messaging secret hygiene: ${lines.length} log lines, ${errors.length} errors scanned`);
    expect(found).toEqual([]);
    // Not vacuous: real output of every kind was scanned.
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(errors.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps a refused password out', async () => {
    const [account] = await register(unique('hygiene'));
    const wrong = `wrong-password-${unique('x')}`;
    secrets.push(account!.password, wrong);
    await caught(() => messengerAs({ username: account!.username, password: wrong }, logging).connect());
  });

  it('keeps out what a failing credentials() function says, token included', async () => {
    const token = `chat-token-${unique('t')}`;
    secrets.push(token);
    const messenger = createMessenger({
      service: server.c2sUrl,
      domain: server.host,
      username: 'nobody',
      credentials: async () => {
        throw new Error(`token ${token} expired`);
      },
      ...logging,
    });
    const error = await caught(() => messenger.connect());
    expect(error).toMatchObject({ name: 'EthoraMessagingAuthenticationError' });
    await messenger.close();
  });

  it('keeps passwords out through reconnections and a login refused while reconnecting', async () => {
    const chatId = unique('hyg');
    const [account] = await register(unique('rotating'));
    await createRoom(chatId, [account!.username]);
    secrets.push(account!.password);
    const link = await startTcpProxy(c2sPort);
    let password = account!.password;
    const messenger = messengerAs(account!, {
      ...logging,
      service: link.url(),
      password: undefined,
      credentials: () => password,
    });
    try {
      await messenger.join(chatId);
      password = `stale-${unique('p')}`;
      secrets.push(password);
      await admin.kickUser(account!.username);
      await eventually(() =>
        lines.some(([message]) => message === 'login refused while reconnecting; will try again'),
      );
      password = account!.password;
      await eventually(() => messenger.status === 'online', 15_000);
      link.cut();
      await caught(() => messenger.send(chatId, 'after the cut', { id: unique('m') }));
    } finally {
      await link.close();
    }
  });

  it('keeps the client token, the session and the app secret out of messengerFor', async () => {
    const userId = unique('huser');
    const xmppPassword = `xmpp-${unique('secret')}`;
    secrets.push(xmppPassword);
    api.users.set(userId, { firstName: 'Hy', lastName: 'Giene', xmppPassword });
    await admin.register(`${APP.appId}_${userId}`, xmppPassword);
    const repo = createChatRepository({
      apiUrl: api.url,
      ...APP,
      jidDomain: server.conferenceHost,
      ...logging,
    });
    let messenger: Messenger | undefined;
    await caught(async () => {
      messenger = await messengerFor(repo, { userId, service: server.c2sUrl, ...logging });
      await messenger.join(unique('missing-room'));
    });
    await messenger?.close();
    api.echoTokens = true;
    try {
      await caught(() => messengerFor(repo, { userId, service: server.c2sUrl, ...logging }));
    } finally {
      api.echoTokens = false;
    }
  });

  it('keeps everything out when the service refuses plain logins', async () => {
    const [account] = await register(unique('plain'));
    secrets.push(account!.password);
    const link = await startTcpProxy(c2sPort, '0.0.0.0');
    try {
      await caught(() => messengerAs(account!, { ...logging, service: link.url() }).connect());
    } finally {
      await link.close();
    }
  });
});
