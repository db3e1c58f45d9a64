import { describe, expect, it } from 'vitest';
import {
  appScoped,
  botMemberName,
  chatShortName,
  createChatName,
  EthoraValidationError,
  jidLocalPart,
  unscoped,
} from '../src/index.js';
import { APP_ID } from './fixtures.js';

describe('appScoped / unscoped', () => {
  it('prefixes a plain id once', () => {
    expect(appScoped(APP_ID, 'user-1')).toBe(`${APP_ID}_user-1`);
  });

  it('keeps an already prefixed id and collapses repeated prefixes', () => {
    expect(appScoped(APP_ID, `${APP_ID}_user-1`)).toBe(`${APP_ID}_user-1`);
    expect(appScoped(APP_ID, `${APP_ID}_${APP_ID}_user-1`)).toBe(`${APP_ID}_user-1`);
    expect(appScoped(APP_ID, `${APP_ID}_${APP_ID}_${APP_ID}_x`)).toBe(`${APP_ID}_x`);
  });

  it('treats the app id without the underscore as part of the id', () => {
    expect(appScoped(APP_ID, `${APP_ID}user`)).toBe(`${APP_ID}_${APP_ID}user`);
    expect(appScoped(APP_ID, APP_ID)).toBe(`${APP_ID}_${APP_ID}`);
  });

  it('strips every prefix in unscoped', () => {
    expect(unscoped(APP_ID, `${APP_ID}_${APP_ID}_u`)).toBe('u');
    expect(unscoped(APP_ID, 'u')).toBe('u');
  });

  it('rejects empty ids, a bare prefix and non-strings', () => {
    expect(() => appScoped(APP_ID, '')).toThrow(EthoraValidationError);
    expect(() => appScoped(APP_ID, `${APP_ID}_`)).toThrow(EthoraValidationError);
    expect(() => appScoped('', 'u')).toThrow(expect.objectContaining({ argument: 'appId' }));
    expect(() => appScoped(APP_ID, 7 as unknown as string)).toThrow(EthoraValidationError);
  });
});

describe('chat names', () => {
  it('builds the full room JID on the default domain', () => {
    expect(createChatName(APP_ID, 'ws-1')).toBe(`${APP_ID}_ws-1@conference.xmpp.chat.ethora.com`);
  });

  it('builds the short name when full is false, and on a custom domain', () => {
    expect(createChatName(APP_ID, 'ws-1', false)).toBe(`${APP_ID}_ws-1`);
    expect(createChatName(APP_ID, 'ws-1', true, 'conference.example.com')).toBe(
      `${APP_ID}_ws-1@conference.example.com`,
    );
    expect(createChatName(APP_ID, 'ws-1', true, '@conference.example.com')).toBe(
      `${APP_ID}_ws-1@conference.example.com`,
    );
  });

  it('never double-prefixes a chat id', () => {
    expect(createChatName(APP_ID, `${APP_ID}_ws-1`)).toBe(`${APP_ID}_ws-1@conference.xmpp.chat.ethora.com`);
    expect(chatShortName(APP_ID, `${APP_ID}_${APP_ID}_ws-1`)).toBe(`${APP_ID}_ws-1`);
  });

  it('passes a JID through unchanged', () => {
    const jid = `${APP_ID}_ws-1@conference.other.host`;
    expect(createChatName(APP_ID, jid)).toBe(jid);
    expect(createChatName(APP_ID, jid, false)).toBe(jid);
    expect(chatShortName(APP_ID, jid)).toBe(`${APP_ID}_ws-1`);
  });

  it('rejects an invalid chat id', () => {
    expect(() => createChatName(APP_ID, '')).toThrow(expect.objectContaining({ argument: 'chatId' }));
    expect(() => chatShortName(APP_ID, 'a b')).toThrow(expect.objectContaining({ rule: 'no-whitespace' }));
  });
});

describe('botMemberName / jidLocalPart', () => {
  it('uses the local part of the bot JID, app-scoped once', () => {
    expect(botMemberName(APP_ID, `${APP_ID}_bot@xmpp.chat.ethora.com`)).toBe(`${APP_ID}_bot`);
    expect(botMemberName(APP_ID, `${APP_ID}_bot@xmpp.chat.ethora.com/resource`)).toBe(`${APP_ID}_bot`);
    expect(botMemberName(APP_ID, 'bot')).toBe(`${APP_ID}_bot`);
  });

  it('extracts local parts', () => {
    expect(jidLocalPart('a@b/c')).toBe('a');
    expect(jidLocalPart('a/c')).toBe('a');
    expect(jidLocalPart('plain')).toBe('plain');
  });
});
