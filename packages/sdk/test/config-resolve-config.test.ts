import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  type ChatRepositoryOptions,
  createChatRepository,
  EthoraConfigError,
  EthoraError,
  MAX_CLIENT_TOKEN_TTL_SECONDS,
  MAX_RETRIES,
  MAX_SERVER_TOKEN_TTL_SECONDS,
  MAX_TIMEOUT_MS,
  resolveConfig,
} from '../src/index.js';
import { APP_ID, SECRET } from './fixtures.js';

const base: ChatRepositoryOptions = {
  apiUrl: 'https://api.chat.ethora.com',
  appId: APP_ID,
  appSecret: SECRET,
};

function configError(options: unknown): EthoraConfigError {
  try {
    resolveConfig(options as ChatRepositoryOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(EthoraConfigError);
    expect(error).toBeInstanceOf(EthoraError);
    expect((error as Error).message).not.toContain(SECRET);
    return error as EthoraConfigError;
  }
  throw new Error('expected resolveConfig to throw');
}

describe('resolveConfig', () => {
  it('applies documented defaults and freezes the result', () => {
    const config = resolveConfig(base);
    expect(config).toMatchObject({
      apiUrl: 'https://api.chat.ethora.com',
      appId: APP_ID,
      appSecret: SECRET,
      botJid: undefined,
      jidDomain: 'conference.xmpp.chat.ethora.com',
      timeoutMs: 30_000,
      maxRetries: 2,
      tokenSigning: 'scoped',
      clientTokenTtl: 3600,
      serverTokenTtl: 300,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(resolveConfig(config)).toBe(config);
  });

  it('takes a log level for the logger, warn by default, and names a bad one', () => {
    expect(resolveConfig(base).logLevel).toBe('warn');
    expect(resolveConfig({ ...base, logLevel: 'debug' }).logLevel).toBe('debug');
    const error = configError({ ...base, logLevel: 'verbose' });
    expect(error.option).toBe('logLevel');
    expect(error.message).toContain("'debug', 'info', 'warn', 'error' or 'silent'");
  });

  it('keeps the secret out of JSON, spreads and inspect output', () => {
    const config = resolveConfig({ ...base, appSecret: 'very-private-value' });
    expect(config.appSecret).toBe('very-private-value');
    expect(JSON.stringify(config)).not.toContain('very-private-value');
    expect(inspect(config, { depth: 5 })).not.toContain('very-private-value');
    expect({ ...config }).not.toHaveProperty('appSecret');
  });

  it('normalises apiUrl: trims trailing slashes, keeps a proxy path prefix', () => {
    expect(resolveConfig({ ...base, apiUrl: 'https://api.chat.ethora.com///' }).apiUrl).toBe(
      'https://api.chat.ethora.com',
    );
    expect(resolveConfig({ ...base, apiUrl: 'http://localhost:4010/' }).apiUrl).toBe('http://localhost:4010');
    expect(resolveConfig({ ...base, apiUrl: 'https://example.com/ethora/' }).apiUrl).toBe(
      'https://example.com/ethora',
    );
  });

  it('rejects a versioned apiUrl with a message that shows the fix', () => {
    for (const apiUrl of [
      'https://api.chat.ethora.com/v1',
      'https://api.chat.ethora.com/v2/',
      'https://x.io/api/v1/chats',
    ]) {
      const error = configError({ ...base, apiUrl });
      expect(error.option).toBe('apiUrl');
      expect(error.message).toMatch(/without a version path/);
    }
    expect(configError({ ...base, apiUrl: 'https://api.chat.ethora.com/v2' }).message).toContain(
      'use https://api.chat.ethora.com,',
    );
  });

  it('rejects missing, relative, non-http, credentialed or query-carrying apiUrl values', () => {
    for (const apiUrl of [
      undefined,
      '',
      'api.chat.ethora.com',
      'ftp://x.io',
      'https://u:p@x.io',
      'https://x.io?a=1',
    ]) {
      expect(configError({ ...base, apiUrl }).option).toBe('apiUrl');
    }
    expect(configError({ ...base, apiUrl: 'https://user:hunter2@x.io' }).message).not.toContain('hunter2');
  });

  it('requires a 24-hex appId and says what it should look like', () => {
    for (const appId of [undefined, '', 'app-1', '65a1f0c2e4b0a1b2c3d4e5f', `${APP_ID}0`, 42]) {
      const error = configError({ ...base, appId });
      expect(error.option).toBe('appId');
      expect(error.message).toMatch(/24-character hex/);
    }
    // ObjectIds are lower case on the wire: an upper-case id is accepted and normalised.
    expect(resolveConfig({ ...base, appId: APP_ID.toUpperCase() }).appId).toBe(APP_ID);
  });

  it('requires a non-empty appSecret without whitespace around it, never echoing it', () => {
    for (const appSecret of [undefined, '', 42])
      expect(configError({ ...base, appSecret }).option).toBe('appSecret');
    const error = configError({ ...base, appSecret: `${SECRET}\n` });
    expect(error.message).toMatch(/whitespace/);
  });

  it('validates botJid and jidDomain', () => {
    expect(resolveConfig({ ...base, botJid: `${APP_ID}_bot@xmpp.chat.ethora.com` }).botJid).toBe(
      `${APP_ID}_bot@xmpp.chat.ethora.com`,
    );
    expect(resolveConfig({ ...base, botJid: `${APP_ID}_bot` }).botJid).toBe(`${APP_ID}_bot`);
    for (const botJid of ['', 'a b', '@xmpp.io', 'bot@'])
      expect(configError({ ...base, botJid }).option).toBe('botJid');
    expect(resolveConfig({ ...base, jidDomain: '@Conference.Example.COM' }).jidDomain).toBe(
      'conference.example.com',
    );
    for (const jidDomain of ['', 'has space.com', 'a/b', 'x..y']) {
      expect(configError({ ...base, jidDomain }).option).toBe('jidDomain');
    }
  });

  it('validates numbers, signing mode, fetch and logger', () => {
    expect(resolveConfig({ ...base, maxRetries: 0, timeoutMs: 1500 })).toMatchObject({
      maxRetries: 0,
      timeoutMs: 1500,
    });
    for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '1000']) {
      expect(configError({ ...base, timeoutMs }).option).toBe('timeoutMs');
    }
    for (const maxRetries of [-1, 1.5, Number.NaN])
      expect(configError({ ...base, maxRetries }).option).toBe('maxRetries');
    expect(configError({ ...base, tokenSigning: 'hs256' }).option).toBe('tokenSigning');
    expect(configError({ ...base, fetch: 'fetch' }).option).toBe('fetch');
    expect(configError({ ...base, logger: { info() {} } }).option).toBe('logger');
    expect(resolveConfig({ ...base, logger: console }).logger).toBe(console);
  });

  it('accepts token lifetimes as seconds or duration strings', () => {
    const config = resolveConfig({ ...base, clientTokenTtl: '15m', serverTokenTtl: 120 });
    expect(config).toMatchObject({ clientTokenTtl: 900, serverTokenTtl: 120 });
    for (const clientTokenTtl of [0, -60, '1 year', 'h', 0.5]) {
      expect(configError({ ...base, clientTokenTtl }).option).toBe('clientTokenTtl');
    }
  });

  it("bounds timeoutMs below 2^31 ms and maxRetries at 10, the client's limits, naming the range", () => {
    expect(MAX_TIMEOUT_MS).toBe(2 ** 31 - 1);
    expect(MAX_RETRIES).toBe(10);
    expect(resolveConfig({ ...base, timeoutMs: MAX_TIMEOUT_MS, maxRetries: MAX_RETRIES })).toMatchObject({
      timeoutMs: MAX_TIMEOUT_MS,
      maxRetries: MAX_RETRIES,
    });
    expect(resolveConfig({ ...base, timeoutMs: 1 }).timeoutMs).toBe(1);
    // What the repository accepts, its client accepts too.
    expect(() =>
      createChatRepository({ ...base, timeoutMs: MAX_TIMEOUT_MS, maxRetries: MAX_RETRIES }),
    ).not.toThrow();
    for (const timeoutMs of [MAX_TIMEOUT_MS + 1, 2 ** 31, 0, Number.POSITIVE_INFINITY, Number.NaN]) {
      const error = configError({ ...base, timeoutMs });
      expect(error.option).toBe('timeoutMs');
      expect(error.message).toContain('timeoutMs');
      expect(error.message).toContain(String(MAX_TIMEOUT_MS));
    }
    for (const maxRetries of [MAX_RETRIES + 1, -1, Number.POSITIVE_INFINITY, Number.NaN]) {
      const error = configError({ ...base, maxRetries });
      expect(error.option).toBe('maxRetries');
      expect(error.message).toContain('maxRetries');
      expect(error.message).toContain('0 to 10');
    }
  });

  it('bounds token lifetimes: client tokens up to 30 days, server tokens up to 24 hours', () => {
    expect(MAX_CLIENT_TOKEN_TTL_SECONDS).toBe(30 * 86_400);
    expect(MAX_SERVER_TOKEN_TTL_SECONDS).toBe(86_400);
    expect(
      resolveConfig({
        ...base,
        clientTokenTtl: MAX_CLIENT_TOKEN_TTL_SECONDS,
        serverTokenTtl: MAX_SERVER_TOKEN_TTL_SECONDS,
      }),
    ).toMatchObject({
      clientTokenTtl: MAX_CLIENT_TOKEN_TTL_SECONDS,
      serverTokenTtl: MAX_SERVER_TOKEN_TTL_SECONDS,
    });
    expect(resolveConfig({ ...base, clientTokenTtl: '30d', serverTokenTtl: '24h' })).toMatchObject({
      clientTokenTtl: MAX_CLIENT_TOKEN_TTL_SECONDS,
      serverTokenTtl: MAX_SERVER_TOKEN_TTL_SECONDS,
    });
    expect(resolveConfig({ ...base, clientTokenTtl: 1, serverTokenTtl: '1s' })).toMatchObject({
      clientTokenTtl: 1,
      serverTokenTtl: 1,
    });
    const tooLong: [keyof ChatRepositoryOptions, unknown[], string][] = [
      [
        'clientTokenTtl',
        [MAX_CLIENT_TOKEN_TTL_SECONDS + 1, '31d', '721h', Number.POSITIVE_INFINITY, Number.NaN, 0],
        '30 days',
      ],
      [
        'serverTokenTtl',
        [MAX_SERVER_TOKEN_TTL_SECONDS + 1, '25h', '2d', Number.POSITIVE_INFINITY, Number.NaN, 0],
        '24 hours',
      ],
    ];
    for (const [option, values, range] of tooLong) {
      for (const value of values) {
        const error = configError({ ...base, [option]: value });
        expect(error.option, `${option}: ${String(value)}`).toBe(option);
        expect(error.message).toContain(range);
      }
    }
  });

  it('rejects a non-object', () => {
    expect(configError(undefined).option).toBe('options');
  });
});
