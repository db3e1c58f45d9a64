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

  it('keeps validation assertions internal', () => {
    expect(Object.keys(sdk)).not.toContain('assertPlainId');
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
});
