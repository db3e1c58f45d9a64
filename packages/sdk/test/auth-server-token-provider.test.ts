import { describe, expect, it } from 'vitest';
import { createServerTokenProvider, EthoraConfigError, verifyJwtToken } from '../src/index.js';
import { APP_ID, decodeParts, SECRET } from './fixtures.js';

const config = { appId: APP_ID, appSecret: SECRET };

function fakeClock(startMs = 1_800_000_000_000) {
  let ms = startMs;
  return {
    now: () => ms,
    advance: (seconds: number) => {
      ms += seconds * 1000;
    },
  };
}

describe('createServerTokenProvider', () => {
  it('reuses one verifiable token across calls within its lifetime', async () => {
    const provider = createServerTokenProvider(config);
    const tokens = new Set<string>();
    for (let i = 0; i < 1000; i++) tokens.add(await provider());
    expect(tokens.size).toBe(1);
    expect(provider.signatureCount).toBe(1);
    expect(provider.stats()).toEqual({ calls: 1000, signatures: 1 });
    const [token] = tokens;
    await expect(verifyJwtToken(token!, config, { expectedType: 'server' })).resolves.toBeTruthy();
  });

  it('re-signs once the token is within the refresh margin of its expiry', async () => {
    const clock = fakeClock();
    const provider = createServerTokenProvider(config, { now: clock.now });
    const first = await provider();
    expect(decodeParts(first).payload.exp).toBe(clock.now() / 1000 + 300);
    clock.advance(269);
    expect(await provider()).toBe(first);
    clock.advance(1); // 30 s before exp
    const second = await provider();
    expect(second).not.toBe(first);
    expect(provider.signatureCount).toBe(2);
  });

  it('shares a single signature among concurrent callers', async () => {
    const provider = createServerTokenProvider(config);
    const tokens = await Promise.all(Array.from({ length: 64 }, () => provider()));
    expect(new Set(tokens).size).toBe(1);
    expect(provider.signatureCount).toBe(1);
  });

  it('signs afresh after invalidate()', async () => {
    const clock = fakeClock();
    const provider = createServerTokenProvider(config, { now: clock.now });
    await provider();
    provider.invalidate();
    clock.advance(1);
    await provider();
    expect(provider.signatureCount).toBe(2);
  });

  it('honours expiresIn, tenantId and a margin capped at half the lifetime', async () => {
    const clock = fakeClock();
    const provider = createServerTokenProvider(config, { now: clock.now, expiresIn: 40, tenantId: 'acme' });
    const token = await provider();
    expect(decodeParts(token).payload).toMatchObject({
      data: { tenantId: 'acme' },
      exp: clock.now() / 1000 + 40,
    });
    clock.advance(19);
    expect(await provider()).toBe(token);
    clock.advance(1);
    expect(await provider()).not.toBe(token);
  });

  it('fails fast on a bad config and does not cache a failure', async () => {
    expect(() => createServerTokenProvider({ appId: APP_ID, appSecret: '' })).toThrow(EthoraConfigError);
    const broken = { appId: APP_ID, appSecret: SECRET };
    const provider = createServerTokenProvider(broken);
    broken.appSecret = '';
    await expect(provider()).rejects.toBeInstanceOf(EthoraConfigError);
    broken.appSecret = SECRET;
    await expect(provider()).resolves.toMatch(/^ey/);
  });
});
