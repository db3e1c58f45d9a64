import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EthoraConfigError,
  EthoraSDKService,
  getChatRepositoryImpl,
  getEthoraSDKService,
  resetChatRepositoryImpl,
} from '../src/index.js';
import { APP_ID, APP_SECRET } from './repository-harness.js';

const OTHER_APP_ID = '65f1c2a9e4b0a1b2c3d4e5f7';

beforeEach(() => {
  resetChatRepositoryImpl();
  vi.stubEnv('ETHORA_CHAT_API_URL', 'https://api.chat.ethora.com');
  vi.stubEnv('ETHORA_CHAT_APP_ID', APP_ID);
  vi.stubEnv('ETHORA_CHAT_APP_SECRET', APP_SECRET);
  vi.stubEnv('ETHORA_CHAT_BOT_JID', '');
});

afterEach(() => {
  vi.unstubAllEnvs();
  resetChatRepositoryImpl();
});

describe('getChatRepositoryImpl', () => {
  it('builds one repository from the environment and returns it on every call', () => {
    const repo = getChatRepositoryImpl();
    expect(repo.config.appId).toBe(APP_ID);
    expect(repo.config.apiUrl).toBe('https://api.chat.ethora.com');
    expect(getChatRepositoryImpl()).toBe(repo);
    expect(getEthoraSDKService()).toBe(repo);
  });

  it('reads the environment on the first call, not before', () => {
    vi.stubEnv('ETHORA_CHAT_APP_ID', OTHER_APP_ID);
    expect(getChatRepositoryImpl().config.appId).toBe(OTHER_APP_ID);
  });

  it('reads the environment again after a reset', () => {
    const first = getChatRepositoryImpl();
    resetChatRepositoryImpl();
    vi.stubEnv('ETHORA_CHAT_BOT_JID', `${APP_ID}_bot@xmpp.chat.ethora.com`);
    const second = getChatRepositoryImpl();
    expect(second).not.toBe(first);
    expect(second.config.botJid).toBe(`${APP_ID}_bot@xmpp.chat.ethora.com`);
  });

  it('names a missing variable and never prints the secret, then succeeds once it is set', () => {
    vi.stubEnv('ETHORA_CHAT_APP_SECRET', '');
    expect(() => getChatRepositoryImpl()).toThrow(EthoraConfigError);
    expect(() => getChatRepositoryImpl()).toThrow(/ETHORA_CHAT_APP_SECRET/);
    vi.stubEnv('ETHORA_CHAT_APP_SECRET', APP_SECRET);
    expect(getChatRepositoryImpl().config.appId).toBe(APP_ID);
  });

  it('reports every missing variable in one EthoraConfigError', () => {
    vi.stubEnv('ETHORA_CHAT_API_URL', '');
    vi.stubEnv('ETHORA_CHAT_APP_ID', '  ');
    vi.stubEnv('ETHORA_CHAT_APP_SECRET', '');
    let caught: unknown;
    try {
      getChatRepositoryImpl();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EthoraConfigError);
    expect(caught).toMatchObject({
      option: 'ETHORA_CHAT_API_URL, ETHORA_CHAT_APP_ID, ETHORA_CHAT_APP_SECRET',
      message:
        'Environment variables ETHORA_CHAT_API_URL, ETHORA_CHAT_APP_ID, ETHORA_CHAT_APP_SECRET are not set ' +
        '(needed for apiUrl, appId, appSecret).',
    });
  });

  it('names a malformed variable without echoing the secret', () => {
    vi.stubEnv('ETHORA_CHAT_APP_ID', 'not-an-object-id');
    let caught: unknown;
    try {
      getChatRepositoryImpl();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EthoraConfigError);
    expect((caught as EthoraConfigError).option).toBe('ETHORA_CHAT_APP_ID');
    expect((caught as Error).message).not.toContain(APP_SECRET);
  });
});

describe('previous SDK aliases', () => {
  it('getEthoraSDKService with overrides builds a separate repository', () => {
    const shared = getEthoraSDKService();
    const other = getEthoraSDKService({ chatAppId: OTHER_APP_ID, chatAppSecret: 'another-secret' });
    expect(other).not.toBe(shared);
    expect(other.config.appId).toBe(OTHER_APP_ID);
    expect(getEthoraSDKService()).toBe(shared);
  });

  it('new EthoraSDKService() gives a working repository that is an instance of the class', () => {
    const service = new EthoraSDKService({ chatBotJid: 'bot' });
    expect(service).toBeInstanceOf(EthoraSDKService);
    expect(service.config.botJid).toBe('bot');
    expect(service.createChatName('ws-42', false)).toBe(`${APP_ID}_ws-42`);
    expect(typeof service.grantUserAccessToChatRoom).toBe('function');
  });
});
