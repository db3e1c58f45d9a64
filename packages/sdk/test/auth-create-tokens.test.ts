import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createClientTokenSync } from '../src/auth/create-tokens.js';
import {
  createClientToken,
  createServerToken,
  createServerTokenProvider,
  deriveScopedSecret,
  EthoraConfigError,
  EthoraValidationError,
  MAX_CLIENT_TOKEN_TTL_SECONDS,
  MAX_SERVER_TOKEN_TTL_SECONDS,
  resolveConfig,
} from '../src/index.js';
import { APP_ID, decodeParts, SCOPED_CLIENT_KEY, SCOPED_SERVER_KEY, SECRET } from './fixtures.js';

const config = { appId: APP_ID, appSecret: SECRET };
const NOW_MS = 1_800_000_000_000;
const now = () => NOW_MS;

/** Recomputes an HS256 signature with node:crypto, independently of jose and of the SDK. */
function expectedSignature(token: string, key: string): string {
  const [header, payload] = token.split('.');
  return createHmac('sha256', Buffer.from(key, 'utf8')).update(`${header}.${payload}`).digest('base64url');
}

describe('deriveScopedSecret', () => {
  it('matches the published test vectors for both purposes', async () => {
    expect(await deriveScopedSecret(SECRET, 'server')).toBe(SCOPED_SERVER_KEY);
    expect(await deriveScopedSecret(SECRET, 'client')).toBe(SCOPED_CLIENT_KEY);
  });

  it('agrees with node:crypto HMAC for another secret', async () => {
    const secret = 'ünïcødé secret ✓';
    const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
      .update('ethora:client:v1')
      .digest('hex');
    expect(await deriveScopedSecret(secret, 'client')).toBe(expected);
  });
});

describe('createServerToken', () => {
  it('signs { data: { appId, type: server } } with HS256 over the UTF-8 bytes of the scoped hex key', async () => {
    const token = await createServerToken(config, { now });
    const { header, payload } = decodeParts(token);
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toEqual({
      data: { appId: APP_ID, type: 'server' },
      iat: NOW_MS / 1000,
      exp: NOW_MS / 1000 + 300,
    });
    expect(token.split('.')[2]).toBe(expectedSignature(token, SCOPED_SERVER_KEY));
  });

  it('adds tenantId only when given and honours expiresIn', async () => {
    const token = await createServerToken(config, { now, tenantId: 'tenant-7', expiresIn: '2m' });
    const { payload } = decodeParts(token);
    expect(payload.data).toEqual({ appId: APP_ID, type: 'server', tenantId: 'tenant-7' });
    expect(payload.exp).toBe(NOW_MS / 1000 + 120);
  });

  it('uses serverTokenTtl from the config', async () => {
    const token = await createServerToken({ ...config, serverTokenTtl: 60 }, { now });
    expect(decodeParts(token).payload.exp).toBe(NOW_MS / 1000 + 60);
  });

  it("signs with the raw app secret when tokenSigning is 'raw'", async () => {
    const token = await createServerToken({ ...config, tokenSigning: 'raw' }, { now });
    expect(token.split('.')[2]).toBe(expectedSignature(token, SECRET));
  });

  it('works with a resolved config, whose secret is non-enumerable', async () => {
    const resolved = resolveConfig({ apiUrl: 'https://api.chat.ethora.com', ...config });
    const token = await createServerToken(resolved, { now });
    expect(token.split('.')[2]).toBe(expectedSignature(token, SCOPED_SERVER_KEY));
  });
});

describe('createClientToken', () => {
  it('signs { data: { type: client, userId, appId } } with the client-scoped key and a 1 hour default lifetime', async () => {
    const token = await createClientToken(config, 'user-42', { now });
    const { header, payload } = decodeParts(token);
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toEqual({
      data: { type: 'client', userId: 'user-42', appId: APP_ID },
      iat: NOW_MS / 1000,
      exp: NOW_MS / 1000 + 3600,
    });
    expect(token.split('.')[2]).toBe(expectedSignature(token, SCOPED_CLIENT_KEY));
    expect(token.split('.')[2]).not.toBe(expectedSignature(token, SCOPED_SERVER_KEY));
  });

  it('takes its lifetime from clientTokenTtl (seconds or duration string) or expiresIn', async () => {
    const fromNumber = await createClientToken({ ...config, clientTokenTtl: 900 }, 'u', { now });
    const fromString = await createClientToken({ ...config, clientTokenTtl: '12h' }, 'u', { now });
    const perCall = await createClientToken({ ...config, clientTokenTtl: '12h' }, 'u', {
      now,
      expiresIn: 30,
    });
    expect(decodeParts(fromNumber).payload.exp).toBe(NOW_MS / 1000 + 900);
    expect(decodeParts(fromString).payload.exp).toBe(NOW_MS / 1000 + 12 * 3600);
    expect(decodeParts(perCall).payload.exp).toBe(NOW_MS / 1000 + 30);
  });

  it('rejects a missing, blank or non-string userId before signing', async () => {
    for (const bad of ['', 'a b', undefined, null, 42]) {
      await expect(createClientToken(config, bad as string)).rejects.toBeInstanceOf(EthoraValidationError);
    }
  });

  it('rejects a config without a secret, a bad signing mode or a bad lifetime, without echoing the secret', async () => {
    await expect(createClientToken({ appId: APP_ID, appSecret: '' }, 'u')).rejects.toMatchObject({
      name: 'EthoraConfigError',
      option: 'appSecret',
    });
    await expect(
      createClientToken({ ...config, tokenSigning: 'plain' as 'raw' }, 'u'),
    ).rejects.toBeInstanceOf(EthoraConfigError);
    await expect(createClientToken({ ...config, clientTokenTtl: -5 }, 'u')).rejects.toMatchObject({
      option: 'clientTokenTtl',
    });
    await expect(createClientToken(config, 'u', { expiresIn: '5 weeks' })).rejects.toMatchObject({
      argument: 'expiresIn',
    });
    const error = await createClientToken({ ...config, clientTokenTtl: 0 }, 'u').catch((e: Error) => e);
    expect(String(error)).not.toContain(SECRET);
  });

  it('says where the config goes for the previous SDK argument order or secrets shape', async () => {
    const userFirst = await createClientToken('user-1' as unknown as typeof config, 'u').catch(
      (e: Error) => e,
    );
    expect(userFirst).toMatchObject({ name: 'EthoraConfigError', option: 'config' });
    expect(String(userFirst)).toMatch(
      /got string\. It is the first argument of createClientToken\(config, userId\)/,
    );
    await expect(createServerToken(undefined as unknown as typeof config)).rejects.toThrow(/got undefined/);
    const previousShape = {
      chatApiUrl: 'https://api.chat.ethora.com',
      chatAppId: APP_ID,
      chatAppSecret: SECRET,
    };
    const error = await createClientToken(previousShape as unknown as typeof config, 'u').catch(
      (e: Error) => e,
    );
    expect(error).toMatchObject({ name: 'EthoraConfigError', option: 'appId' });
    expect(String(error)).toMatch(/previous SDK's secrets fields \(chatAppId, chatAppSecret\)/);
    expect(String(error)).toContain('configFromEnv()');
    expect(String(error)).not.toContain(SECRET);
    const plainMissing = await createClientToken({ appSecret: SECRET } as typeof config, 'u').catch(
      (e: Error) => e,
    );
    expect(String(plainMissing)).not.toContain('previous SDK');
  });

  it('keeps signing correctly when the same config object changes its secret', async () => {
    const mutable = { appId: APP_ID, appSecret: SECRET };
    await createClientToken(mutable, 'u', { now });
    mutable.appSecret = 'another-secret';
    const token = await createClientToken(mutable, 'u', { now });
    const key = createHmac('sha256', 'another-secret').update('ethora:client:v1').digest('hex');
    expect(token.split('.')[2]).toBe(expectedSignature(token, key));
  });
});

describe('token lifetimes are bounded wherever they enter', () => {
  const outOfRangeClient = [MAX_CLIENT_TOKEN_TTL_SECONDS + 1, '31d', Number.POSITIVE_INFINITY, Number.NaN, 0];
  const outOfRangeServer = [MAX_SERVER_TOKEN_TTL_SECONDS + 1, '25h', Number.POSITIVE_INFINITY, Number.NaN, 0];

  it('signs at the longest lifetimes: 30 days for client tokens, 24 hours for server tokens', async () => {
    const client = await createClientToken(config, 'u', { now, expiresIn: MAX_CLIENT_TOKEN_TTL_SECONDS });
    const server = await createServerToken({ ...config, serverTokenTtl: '24h' }, { now });
    expect(decodeParts(client).payload.exp).toBe(NOW_MS / 1000 + MAX_CLIENT_TOKEN_TTL_SECONDS);
    expect(decodeParts(server).payload.exp).toBe(NOW_MS / 1000 + MAX_SERVER_TOKEN_TTL_SECONDS);
  });

  it('refuses a longer per-call expiresIn with EthoraValidationError naming the range', async () => {
    const calls: (readonly [() => unknown, string])[] = [
      ...outOfRangeClient.map(
        (expiresIn) => [() => createClientToken(config, 'u', { expiresIn }), '30 days'] as const,
      ),
      ...outOfRangeClient.map(
        (expiresIn) => [() => createClientTokenSync(config, 'u', { expiresIn }), '30 days'] as const,
      ),
      ...outOfRangeServer.map(
        (expiresIn) => [() => createServerToken(config, { expiresIn }), '24 hours'] as const,
      ),
      ...outOfRangeServer.map(
        (expiresIn) => [() => createServerTokenProvider(config, { expiresIn }), '24 hours'] as const,
      ),
    ];
    for (const [call, range] of calls) {
      const error = await (async () => call())().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(EthoraValidationError);
      expect(error).toMatchObject({ argument: 'expiresIn', rule: 'range' });
      expect((error as Error).message).toContain(range);
    }
  });

  it('refuses a longer lifetime in a plain config with EthoraConfigError naming the option and range', async () => {
    for (const clientTokenTtl of outOfRangeClient) {
      const error = await createClientToken({ ...config, clientTokenTtl }, 'u').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EthoraConfigError);
      expect(error).toMatchObject({ option: 'clientTokenTtl' });
      expect((error as Error).message).toContain('30 days');
      expect(String(error)).not.toContain(SECRET);
    }
    for (const serverTokenTtl of outOfRangeServer) {
      const error = await createServerToken({ ...config, serverTokenTtl }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EthoraConfigError);
      expect(error).toMatchObject({ option: 'serverTokenTtl' });
      expect((error as Error).message).toContain('24 hours');
      expect(() => createServerTokenProvider({ ...config, serverTokenTtl })).toThrow(EthoraConfigError);
    }
  });
});
