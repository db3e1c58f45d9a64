import { EthoraConfigError } from '@ethora/client';
import { DEFAULT_CLIENT_TOKEN_TTL_SECONDS, DEFAULT_SERVER_TOKEN_TTL_SECONDS } from '../config/defaults.js';
import { type Duration, TOKEN_TTL_LIMITS, ttlSecondsWithin } from '../config/duration.js';
import { fail } from '../validation/fail.js';
import type { SigningKeyKind } from './signing-keys.js';
import type { TokenConfig, TokenType } from './token-types.js';

/** Checks the fields the JWT helpers rely on, so a plain options object gets the same clear errors. */
export function checkTokenConfig(config: TokenConfig): void {
  if (typeof config !== 'object' || config === null) {
    // The previous SDK's helpers took the user id first; say where the config goes (never echo the value).
    const got = config === null ? 'null' : typeof config;
    throw new EthoraConfigError(
      'config',
      `A config with appId and appSecret is required to sign or verify tokens; got ${got}. ` +
        'It is the first argument of createClientToken(config, userId) and createServerToken(config), ' +
        'the second of verifyJwtToken(token, config); configFromEnv() and repo.config provide one.',
    );
  }
  if (typeof config.appId !== 'string' || config.appId === '') {
    throw new EthoraConfigError(
      'appId',
      `appId is required to sign or verify tokens.${previousShapeHint(config)}`,
    );
  }
  if (typeof config.appSecret !== 'string' || config.appSecret === '') {
    throw new EthoraConfigError(
      'appSecret',
      `appSecret is required to sign or verify tokens.${previousShapeHint(config)}`,
    );
  }
  const signing = config.tokenSigning;
  if (signing !== undefined && signing !== 'scoped' && signing !== 'raw') {
    throw new EthoraConfigError('tokenSigning', "tokenSigning must be 'scoped' or 'raw'.");
  }
}

/** A hint for an object shaped like the previous SDK's `getSecrets()` result (`chatAppId`, `chatAppSecret`). */
function previousShapeHint(config: object): string {
  if (!('chatAppId' in config) && !('chatAppSecret' in config)) return '';
  return (
    " This object has the previous SDK's secrets fields (chatAppId, chatAppSecret): " +
    'pass configFromEnv() or { appId, appSecret } instead.'
  );
}

/** The key a new token of `type` is signed with under the config's signing mode. */
export function mintingKeyKind(config: TokenConfig, type: TokenType): SigningKeyKind {
  return config.tokenSigning === 'raw' ? 'raw' : type;
}

/** Resolves a token lifetime in seconds: the per-call value, else the config's, else the default; each within limits. */
export function tokenTtlSeconds(
  config: TokenConfig,
  type: TokenType,
  expiresIn: Duration | undefined,
): number {
  const { range } = TOKEN_TTL_LIMITS[type];
  if (expiresIn !== undefined) {
    const seconds = ttlSecondsWithin(expiresIn, type);
    if (seconds === undefined) {
      fail('expiresIn', 'range', `must be ${range} (seconds, or a duration like '15m')`, expiresIn);
    }
    return seconds;
  }
  const option = type === 'client' ? 'clientTokenTtl' : 'serverTokenTtl';
  const configured = config[option];
  if (configured === undefined) {
    return type === 'client' ? DEFAULT_CLIENT_TOKEN_TTL_SECONDS : DEFAULT_SERVER_TOKEN_TTL_SECONDS;
  }
  const seconds = ttlSecondsWithin(configured, type);
  if (seconds === undefined) {
    throw new EthoraConfigError(option, `${option} must be ${range} (seconds, or a duration like '1h').`);
  }
  return seconds;
}
