import { networkInterfaces } from 'node:os';
import { EthoraConfigError } from '@ethora/client';
import { describe, expect, it } from 'vitest';
import { createMessenger, EthoraMessagingConnectionError, type MessengerOptions } from '../src/index.js';
import { c2sPort, messengerAs, register, server, unique } from './support.js';
import { startTcpProxy } from './tcp-proxy.js';

const valid: MessengerOptions = {
  service: 'wss://xmpp.example.com:5443/ws',
  domain: 'xmpp.example.com',
  username: 'app_user',
  password: 'secret-password-1',
};

function configError(
  options: Partial<MessengerOptions> & Record<string, unknown>,
  option: string,
): EthoraConfigError {
  let caught: unknown;
  try {
    createMessenger({ ...valid, ...options } as MessengerOptions);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(EthoraConfigError);
  expect(caught).toMatchObject({ option });
  return caught as EthoraConfigError;
}

describe('options', () => {
  it('accepts TLS services anywhere and plain ones on loopback', () => {
    expect(createMessenger(valid).status).toBe('idle');
    expect(createMessenger({ ...valid, service: 'xmpps://xmpp.example.com' }).jid).toBe(
      'app_user@xmpp.example.com',
    );
    expect(() => createMessenger({ ...valid, service: 'ws://127.0.0.1:5280/ws' })).not.toThrow();
    expect(() => createMessenger({ ...valid, service: 'ws://localhost:5280/ws' })).not.toThrow();
    expect(() =>
      createMessenger({ ...valid, service: 'ws://chat.internal/ws', allowInsecure: true }),
    ).not.toThrow();
  });

  it('refuses plain WebSocket to other hosts, unknown schemes and credentials in the URL', () => {
    expect(configError({ service: 'ws://xmpp.example.com/ws' }, 'service').message).toContain('wss://');
    configError({ service: 'https://xmpp.example.com' }, 'service');
    configError({ service: 'not a url' }, 'service');
    const leak = configError({ service: 'wss://bob:hunter2hunter2@xmpp.example.com/ws' }, 'service');
    expect(leak.message).not.toContain('hunter2');
  });

  it('asks for exactly one of password and credentials', () => {
    configError({ password: undefined }, 'password');
    configError({ credentials: async () => 'x' }, 'password');
    configError({ password: '' }, 'password');
    configError({ password: undefined, credentials: 'nope' as unknown as () => string }, 'credentials');
  });

  it('checks names, ids, the logger and the limits', () => {
    configError({ domain: 'not a domain' }, 'domain');
    configError({ username: 'has space' }, 'username');
    configError({ username: 'a@b' }, 'username');
    configError({ conferenceDomain: 'bad domain' }, 'conferenceDomain');
    configError({ appId: 'short' }, 'appId');
    configError({ nick: '' }, 'nick');
    configError({ logger: { info: () => {} } as never }, 'logger');
    configError({ logLevel: 'loud' as never }, 'logLevel');
    configError({ timeoutMs: 0 }, 'timeoutMs');
    configError({ sendTimeoutMs: -1 }, 'sendTimeoutMs');
    configError({ reconnect: { initialDelayMs: Number.NaN } }, 'reconnect.initialDelayMs');
    configError({ senderMetadata: { 'not a name': 'x' } }, 'senderMetadata');
  });

  it('needs a global WebSocket for ws and wss, and says how to get one', () => {
    const saved = globalThis.WebSocket;
    try {
      Reflect.deleteProperty(globalThis, 'WebSocket');
      expect(configError({}, 'service').message).toContain('Node.js 22');
      expect(() => createMessenger({ ...valid, service: 'xmpp://xmpp.example.com:5222' })).not.toThrow();
    } finally {
      globalThis.WebSocket = saved;
    }
  });
});

describe('TLS before login', () => {
  // A non-loopback address of this machine (or 0.0.0.0, which also reaches it), relayed to the plain test server.
  const address =
    Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address ?? '0.0.0.0';

  it('refuses to log in over an unencrypted connection to a non-loopback host, sending no credentials', async () => {
    const [account] = await register(unique('tls'));
    const link = await startTcpProxy(c2sPort, '0.0.0.0');
    try {
      const service = link.url().replace('0.0.0.0', address);
      const messenger = messengerAs(account!, { service, domain: server.host });
      const error = await messenger.connect().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EthoraMessagingConnectionError);
      expect(error).toMatchObject({ condition: 'tls-required' });
      expect(link.connections).toBeGreaterThan(0);
      expect(link.clientTraffic).toContain('<stream:stream');
      expect(link.clientTraffic).not.toContain('<auth');
      expect(link.clientTraffic).not.toContain(account!.password);
    } finally {
      await link.close();
    }
  });

  it('logs in over the same relay when told the network is trusted', async () => {
    const [account] = await register(unique('trusted'));
    const link = await startTcpProxy(c2sPort, '0.0.0.0');
    try {
      const messenger = messengerAs(account!, {
        service: link.url().replace('0.0.0.0', address),
        allowInsecure: true,
      });
      await messenger.connect();
      expect(messenger.status).toBe('online');
      // SCRAM on an unencrypted connection: the password itself never crosses it.
      expect(link.clientTraffic).toContain('mechanism="SCRAM-SHA-1"');
      expect(link.clientTraffic).not.toContain(account!.password);
    } finally {
      await link.close();
    }
  });
});
