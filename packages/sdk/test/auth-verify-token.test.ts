import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  createClientToken,
  createServerToken,
  EthoraError,
  EthoraTokenError,
  type TokenErrorReason,
  verifyJwtToken,
} from '../src/index.js';
import { APP_ID, SCOPED_CLIENT_KEY, SCOPED_SERVER_KEY, SECRET } from './fixtures.js';

const config = { appId: APP_ID, appSecret: SECRET };
const utf8 = (text: string) => new TextEncoder().encode(text);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Expects verification to fail with `reason`, and checks that the message leaks neither token nor keys. */
async function expectRejected(token: string, reason: TokenErrorReason, options = {}, cfg: object = config) {
  const error = await verifyJwtToken(token, cfg as typeof config, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EthoraTokenError);
  expect(error).toBeInstanceOf(EthoraError);
  expect((error as EthoraTokenError).reason).toBe(reason);
  const message = (error as Error).message;
  const tokenParts = typeof token === 'string' ? [token, ...token.split('.')] : [];
  // Short fragments (like the "c" of "a.b.c") could match by chance; real token parts are long.
  const secrets = [...tokenParts, SECRET, SCOPED_SERVER_KEY, SCOPED_CLIENT_KEY].filter(
    (part) => part.length >= 8,
  );
  for (const secret of secrets) {
    expect(message).not.toContain(secret);
  }
}

describe('verifyJwtToken', () => {
  it('returns the typed payload of a server token', async () => {
    const token = await createServerToken(config, { tenantId: 't1' });
    const payload = await verifyJwtToken(token, config, { expectedType: 'server' });
    expect(payload.data).toEqual({ appId: APP_ID, type: 'server', tenantId: 't1' });
    expect(payload.exp! - payload.iat).toBe(300);
  });

  it('returns the typed payload of a client token', async () => {
    const token = await createClientToken(config, 'user-1');
    const payload = await verifyJwtToken(token, config, { expectedType: 'client' });
    expect(payload.data.userId).toBe('user-1');
  });

  it('rejects a token signed with another secret', async () => {
    const token = await createClientToken({ ...config, appSecret: 'not-the-secret' }, 'u');
    await expectRejected(token, 'signature');
  });

  it('rejects a token of the right type signed with the other purpose key', async () => {
    const forged = await new SignJWT({ data: { type: 'client', userId: 'u', appId: APP_ID } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(utf8(SCOPED_SERVER_KEY));
    await expectRejected(forged, 'signature');
  });

  it('rejects HS512 even when signed with the correct scoped key', async () => {
    const token = await new SignJWT({ data: { type: 'client', userId: 'u', appId: APP_ID } })
      .setProtectedHeader({ alg: 'HS512', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(utf8(SCOPED_CLIENT_KEY));
    await expectRejected(token, 'algorithm');
  });

  it('rejects RS256', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ data: { type: 'server', appId: APP_ID } })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    await expectRejected(token, 'algorithm');
  });

  it('rejects alg none', async () => {
    const payload = { data: { type: 'server', appId: APP_ID }, iat: nowSeconds(), exp: nowSeconds() + 60 };
    await expectRejected(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`, 'algorithm');
  });

  it('rejects a tampered payload', async () => {
    const token = await createClientToken(config, 'user-1');
    const [header, , signature] = token.split('.');
    const tampered = b64({
      data: { type: 'client', userId: 'admin', appId: APP_ID },
      iat: nowSeconds(),
      exp: nowSeconds() + 3600,
    });
    await expectRejected(`${header}.${tampered}.${signature}`, 'signature');
  });

  it('rejects an expired token, and accepts it within the clock tolerance', async () => {
    const issuedMs = Date.now() - 3_700_000;
    const token = await createClientToken(config, 'u', { now: () => issuedMs });
    await expectRejected(token, 'expired');
    await expect(verifyJwtToken(token, config, { clockToleranceSeconds: 300 })).resolves.toBeTruthy();
  });

  it('rejects a token issued an hour in the future, and accepts an iat within the clock tolerance', async () => {
    const now = Date.UTC(2030, 0, 1);
    const nowS = now / 1000;
    const clock = { now: () => now };
    const future = await createClientToken(config, 'u', { now: () => now + 3_600_000 });
    await expectRejected(future, 'claims', clock);
    await expectRejected(future, 'claims', { ...clock, clockToleranceSeconds: 3_599 });
    const error = await verifyJwtToken(future, config, clock).catch((e: Error) => e);
    expect((error as Error).message).toContain('"iat"');
    expect((error as Error).message).toContain('future');
    await expect(
      verifyJwtToken(future, config, { ...clock, clockToleranceSeconds: 3_600 }),
    ).resolves.toMatchObject({ iat: nowS + 3_600 });
    // A few seconds ahead of this clock: refused without tolerance, accepted within it, and so is one
    // exactly at the edge of it.
    const ahead = await createClientToken(config, 'u', { now: () => now + 5_000 });
    await expectRejected(ahead, 'claims', clock);
    await expect(
      verifyJwtToken(ahead, config, { ...clock, clockToleranceSeconds: 5 }),
    ).resolves.toMatchObject({
      iat: nowS + 5,
    });
    await expectRejected(ahead, 'claims', { ...clock, clockToleranceSeconds: 4 });
    // Same for a server token, and for a legacy token without exp.
    const server = await createServerToken(config, { now: () => now + 3_600_000 });
    await expectRejected(server, 'claims', clock);
    const legacy = await new SignJWT({ data: { type: 'server', appId: APP_ID } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(nowS + 3_600)
      .sign(utf8(SCOPED_SERVER_KEY));
    await expectRejected(legacy, 'claims', { ...clock, requireExpiry: false });
    // A token issued now still passes.
    const current = await createClientToken(config, 'u', clock);
    await expect(verifyJwtToken(current, config, clock)).resolves.toMatchObject({ iat: nowS });
  });

  it('refuses a clock tolerance that is not a finite number of seconds, 0 or more', async () => {
    const token = await createClientToken(config, 'u');
    for (const clockToleranceSeconds of [-1, Number.NaN, Number.POSITIVE_INFINITY, '60']) {
      await expect(
        verifyJwtToken(token, config, { clockToleranceSeconds: clockToleranceSeconds as number }),
      ).rejects.toMatchObject({
        name: 'EthoraValidationError',
        argument: 'clockToleranceSeconds',
        rule: 'range',
      });
    }
  });

  it('rejects a token without exp unless requireExpiry is false', async () => {
    const token = await new SignJWT({ data: { type: 'server', appId: APP_ID } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .sign(utf8(SCOPED_SERVER_KEY));
    await expectRejected(token, 'claims');
    await expect(verifyJwtToken(token, config, { requireExpiry: false })).resolves.toMatchObject({
      data: { type: 'server' },
    });
  });

  it('rejects garbage and non-strings as malformed', async () => {
    await expectRejected('not-a-jwt', 'malformed');
    await expectRejected('a.b.c', 'malformed');
    await expectRejected(undefined as unknown as string, 'malformed');
  });

  it('rejects an unknown data.type, a type other than expected, and a token for another app', async () => {
    const odd = await new SignJWT({ data: { type: 'admin', appId: APP_ID } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(utf8(SCOPED_SERVER_KEY));
    await expectRejected(odd, 'claims');
    await expectRejected(await createServerToken(config), 'claims', { expectedType: 'client' });
    const otherApp = await createServerToken({ ...config, appId: 'ffffffffffffffffffffffff' });
    await expectRejected(otherApp, 'claims');
  });

  it('accepts raw-secret tokens only when tokenSigning is raw or acceptRawSecret is set', async () => {
    const rawToken = await createServerToken({ ...config, tokenSigning: 'raw' });
    await expectRejected(rawToken, 'signature');
    await expect(verifyJwtToken(rawToken, config, { acceptRawSecret: true })).resolves.toBeTruthy();
    await expect(verifyJwtToken(rawToken, { ...config, tokenSigning: 'raw' })).resolves.toBeTruthy();
    // A raw-mode verifier still accepts scoped tokens, the canonical form.
    const scoped = await createServerToken(config);
    await expect(verifyJwtToken(scoped, { ...config, tokenSigning: 'raw' })).resolves.toBeTruthy();
    await expectRejected(
      rawToken,
      'signature',
      { acceptRawSecret: false },
      { ...config, tokenSigning: 'raw' },
    );
  });
});
