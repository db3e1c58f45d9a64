import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  type ApiResponse,
  createJwtToken,
  DEFAULT_JID_DOMAIN,
  DEFAULT_TIMEOUT,
  DEFAULT_TIMEOUT_MS,
  ETHORA_JID_DOMAIN,
  EthoraConfigError,
  type EthoraLogLevel,
  EthoraValidationError,
  getLogger,
  getSecrets,
  getSecretsSync,
  LogLevel,
  verifyJwtToken,
} from '../src/index.js';
import { APP_ID, APP_SECRET } from './repository-harness.js';

// The previous SDK's exports that have new names: same shapes, so old code compiles and runs after the import change.
const SECRETS = { chatApiUrl: 'https://api.chat.ethora.com', chatAppId: APP_ID, chatAppSecret: APP_SECRET };
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJkYXRhIjp7InR5cGUiOiJjbGllbnQifX0.c2lnbmF0dXJlLXZhbHVl';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('deprecated constants', () => {
  it('ETHORA_JID_DOMAIN keeps its leading @ and matches DEFAULT_JID_DOMAIN', () => {
    expect(ETHORA_JID_DOMAIN).toBe(`@${DEFAULT_JID_DOMAIN}`);
    expect(`${APP_ID}_ws-1${ETHORA_JID_DOMAIN}`).toBe(`${APP_ID}_ws-1@conference.xmpp.chat.ethora.com`);
  });

  it('DEFAULT_TIMEOUT has the previous shape and holds this SDK limit', () => {
    expect(DEFAULT_TIMEOUT).toEqual({ total: DEFAULT_TIMEOUT_MS, connect: DEFAULT_TIMEOUT_MS });
    expect(Object.isFrozen(DEFAULT_TIMEOUT)).toBe(true);
  });

  it('LogLevel members are the log levels the logLevel option takes', () => {
    const level: EthoraLogLevel = LogLevel.DEBUG;
    expect([level, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR]).toEqual(['debug', 'info', 'warn', 'error']);
    expectTypeOf<LogLevel>().toEqualTypeOf<'debug' | 'info' | 'warn' | 'error'>();
  });
});

describe('getSecretsSync', () => {
  it('is getSecrets: the environment in the previous shape, overrides winning', () => {
    vi.stubEnv('ETHORA_CHAT_API_URL', SECRETS.chatApiUrl);
    vi.stubEnv('ETHORA_CHAT_APP_ID', APP_ID);
    vi.stubEnv('ETHORA_CHAT_APP_SECRET', APP_SECRET);
    expect(getSecretsSync()).toEqual(getSecrets());
    expect(getSecretsSync({ chatAppId: '65f1c2a9e4b0a1b2c3d4e5f7' }).chatAppId).toBe(
      '65f1c2a9e4b0a1b2c3d4e5f7',
    );
  });

  it('throws EthoraConfigError naming the missing variables', () => {
    expect(() => getSecretsSync({}, {})).toThrow(EthoraConfigError);
    expect(() => getSecretsSync({}, {})).toThrow(
      /ETHORA_CHAT_API_URL, ETHORA_CHAT_APP_ID, ETHORA_CHAT_APP_SECRET/,
    );
  });
});

describe('getLogger', () => {
  it('writes to the console with the context, scrubbing tokens from the message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logger = getLogger('billing');
    logger.warn(`retrying with ${JWT}`, { attempt: 2 });
    const cause = new Error('boom');
    logger.error('failed', cause);
    expect(warn).toHaveBeenCalledWith('[ethora] [billing] retrying with [REDACTED]', { attempt: 2 });
    expect(error).toHaveBeenCalledWith('[ethora] [billing] failed', cause);
  });
});

describe('createJwtToken', () => {
  it('signs a client payload synchronously with the scoped key, adding iat and a 1-hour exp', async () => {
    const token = createJwtToken({ data: { type: 'client', userId: 'user-1', appId: APP_ID } }, SECRETS);
    expect(typeof token).toBe('string');
    const payload = await verifyJwtToken(token, { appId: APP_ID, appSecret: APP_SECRET });
    expect(payload.data).toEqual({ type: 'client', userId: 'user-1', appId: APP_ID });
    expect(payload.exp! - payload.iat).toBe(3_600);
  });

  it('keeps the claims it is given and reads the secrets from the environment without them', async () => {
    vi.stubEnv('ETHORA_CHAT_API_URL', SECRETS.chatApiUrl);
    vi.stubEnv('ETHORA_CHAT_APP_ID', APP_ID);
    vi.stubEnv('ETHORA_CHAT_APP_SECRET', APP_SECRET);
    const iat = Math.floor(Date.now() / 1000);
    const token = createJwtToken({ data: { type: 'server', appId: APP_ID }, iat, exp: iat + 60 });
    const payload = await verifyJwtToken(
      token,
      { appId: APP_ID, appSecret: APP_SECRET },
      { expectedType: 'server' },
    );
    expect([payload.iat, payload.exp]).toEqual([iat, iat + 60]);
  });

  it('refuses a payload without a known token type', () => {
    const payload = { data: { type: 'admin' } } as unknown as Parameters<typeof createJwtToken>[0];
    expect(() => createJwtToken(payload, SECRETS)).toThrow(EthoraValidationError);
  });
});

describe('deprecated types', () => {
  it('ApiResponse still annotates a result', () => {
    const annotated: ApiResponse = { ok: false, reason: 'Chat room not found' };
    expect(annotated.reason).toBe('Chat room not found');
  });
});
