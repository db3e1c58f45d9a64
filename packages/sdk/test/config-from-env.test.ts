import { describe, expect, it } from 'vitest';
import { configFromEnv, EthoraConfigError, getSecrets } from '../src/index.js';
import { APP_ID, SECRET } from './fixtures.js';

const env = {
  ETHORA_CHAT_API_URL: 'https://api.chat.ethora.com/',
  ETHORA_CHAT_APP_ID: APP_ID,
  ETHORA_CHAT_APP_SECRET: SECRET,
};

function envError(source: Record<string, string | undefined>): EthoraConfigError {
  try {
    configFromEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EthoraConfigError);
    expect((error as Error).message).not.toContain(SECRET);
    return error as EthoraConfigError;
  }
  throw new Error('expected configFromEnv to throw');
}

describe('configFromEnv', () => {
  it('builds a resolved config from the ETHORA_CHAT_* variables', () => {
    const config = configFromEnv({
      ...env,
      ETHORA_CHAT_BOT_JID: `${APP_ID}_bot@xmpp.chat.ethora.com`,
      ETHORA_CHAT_JID_DOMAIN: 'conference.xmpp.example.com',
    });
    expect(config).toMatchObject({
      apiUrl: 'https://api.chat.ethora.com',
      appId: APP_ID,
      appSecret: SECRET,
      botJid: `${APP_ID}_bot@xmpp.chat.ethora.com`,
      jidDomain: 'conference.xmpp.example.com',
    });
  });

  it('names the missing variable, treating an empty one as missing', () => {
    for (const name of Object.keys(env)) {
      expect(envError({ ...env, [name]: undefined }).option).toBe(name);
      expect(envError({ ...env, [name]: '' }).message).toContain(name);
    }
  });

  it('names the variable holding a malformed value', () => {
    const error = envError({ ...env, ETHORA_CHAT_API_URL: 'https://api.chat.ethora.com/v1' });
    expect(error.option).toBe('ETHORA_CHAT_API_URL');
    expect(error.message).toContain('ETHORA_CHAT_API_URL');
    expect(envError({ ...env, ETHORA_CHAT_APP_ID: 'nope' }).option).toBe('ETHORA_CHAT_APP_ID');
    expect(envError({ ...env, ETHORA_CHAT_APP_SECRET: `${SECRET} ` }).option).toBe('ETHORA_CHAT_APP_SECRET');
    expect(envError({ ...env, ETHORA_CHAT_BOT_JID: 'a b' }).option).toBe('ETHORA_CHAT_BOT_JID');
  });

  it('lets overrides win over the environment and fill in missing variables', () => {
    const config = configFromEnv(
      { ETHORA_CHAT_APP_ID: APP_ID },
      {
        apiUrl: 'http://localhost:4010',
        appSecret: 'from-vault',
        timeoutMs: 5000,
      },
    );
    expect(config).toMatchObject({
      apiUrl: 'http://localhost:4010',
      appSecret: 'from-vault',
      timeoutMs: 5000,
    });
    expect(() => configFromEnv({}, { appId: 'bad', apiUrl: 'http://x', appSecret: 's' })).toThrow(
      expect.objectContaining({ option: 'appId' }),
    );
  });

  it('reads process.env only when called', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, env);
      expect(configFromEnv().appId).toBe(APP_ID);
      delete process.env.ETHORA_CHAT_APP_SECRET;
      expect(() => configFromEnv()).toThrow(expect.objectContaining({ option: 'ETHORA_CHAT_APP_SECRET' }));
    } finally {
      for (const key of Object.keys(env)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

describe('getSecrets', () => {
  it("returns the previous SDK's shape, validated, with overrides", () => {
    expect(getSecrets({}, env)).toEqual({
      chatApiUrl: 'https://api.chat.ethora.com',
      chatAppId: APP_ID,
      chatAppSecret: SECRET,
    });
    expect(getSecrets({ chatAppSecret: 'other', chatBotJid: 'bot' }, env)).toMatchObject({
      chatAppSecret: 'other',
      chatBotJid: 'bot',
    });
    expect(() => getSecrets({}, {})).toThrow(EthoraConfigError);
  });
});
