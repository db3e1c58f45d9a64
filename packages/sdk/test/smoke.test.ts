import * as client from '@ethora/client';
import { describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';

describe('@ethora/sdk entry point', () => {
  it('re-exports the client factory', () => {
    expect(typeof sdk.createEthoraClient).toBe('function');
  });

  it('exports the token, config, identifier and error helpers', () => {
    const exported = new Map<string, unknown>(Object.entries(sdk));
    for (const name of [
      'createServerToken',
      'createClientToken',
      'verifyJwtToken',
      'createServerTokenProvider',
      'deriveScopedSecret',
      'resolveConfig',
      'configFromEnv',
      'getSecrets',
      'appScoped',
      'unscoped',
      'chatShortName',
      'createChatName',
      'botMemberName',
      'jidLocalPart',
      'EthoraConfigError',
      'EthoraTokenError',
      'EthoraValidationError',
    ] as const) {
      expect(typeof exported.get(name), name).toBe('function');
    }
  });

  it('keeps validation assertions and repository internals out of the public surface', () => {
    const internal = Object.keys(sdk).filter((name) =>
      /^(assert|create\w+Methods$|plainId|memberName)/.test(name),
    );
    expect(internal).toEqual([]);
  });

  it('roots every sdk error in EthoraError', () => {
    for (const error of [
      new sdk.EthoraConfigError('appId', 'm'),
      new sdk.EthoraTokenError('expired', 'm'),
      new sdk.EthoraValidationError('chatId', 'type', 'm'),
    ]) {
      expect(error).toBeInstanceOf(sdk.EthoraError);
      expect(error.name).toMatch(/^Ethora\w+Error$/);
    }
  });

  it('throws the very classes of @ethora/client, so one instanceof check serves both packages', () => {
    const pairs = [
      [sdk.EthoraError, client.EthoraError],
      [sdk.EthoraConfigError, client.EthoraConfigError],
      [sdk.EthoraValidationError, client.EthoraValidationError],
      [sdk.EthoraApiError, client.EthoraApiError],
      [sdk.EthoraNotFoundError, client.EthoraNotFoundError],
      [sdk.EthoraNetworkError, client.EthoraNetworkError],
      [sdk.EthoraTimeoutError, client.EthoraTimeoutError],
    ] as const;
    for (const [fromSdk, fromClient] of pairs) expect(fromSdk, fromClient.name).toBe(fromClient);
    expect(() => sdk.createEthoraClient({ baseUrl: 'not a url' })).toThrow(sdk.EthoraConfigError);
    expect(() => sdk.createChatRepository({ apiUrl: 'not a url', appId: 'x', appSecret: 'y' })).toThrow(
      client.EthoraConfigError,
    );
  });
});
