import type { Duration } from '../config/duration.js';
import { assertId } from '../validation/assert-id.js';
import { loadJose } from './load-jose.js';
import { signingKey } from './signing-keys.js';
import { requireSyncSigning, signTokenSync } from './sync-signing.js';
import { checkTokenConfig, mintingKeyKind, tokenTtlSeconds } from './token-config-checks.js';
import type { ClientTokenData, ServerTokenData, TokenConfig } from './token-types.js';

/** Per-call options for {@link createServerToken}. */
export interface ServerTokenOptions {
  /** Lifetime in seconds or as `'5m'`-style string (default `config.serverTokenTtl`, else 5 minutes; at most 24 hours). */
  expiresIn?: Duration | undefined;
  /** Adds `data.tenantId`. */
  tenantId?: string | undefined;
  /** Clock in milliseconds since the epoch (default `Date.now`); for tests. */
  now?: (() => number) | undefined;
}

/** Per-call options for {@link createClientToken}. */
export interface ClientTokenOptions {
  /** Lifetime in seconds or as `'1h'`-style string (default `config.clientTokenTtl`, else 1 hour; at most 30 days). */
  expiresIn?: Duration | undefined;
  /** Clock in milliseconds since the epoch (default `Date.now`); for tests. */
  now?: (() => number) | undefined;
}

/** A freshly signed token with its expiry (seconds since the epoch). */
export interface MintedToken {
  /** The compact JWT. */
  token: string;
  /** Its `exp` claim. */
  exp: number;
}

async function mint(
  config: TokenConfig,
  data: ServerTokenData | ClientTokenData,
  ttlSeconds: number,
  now: () => number,
): Promise<MintedToken> {
  const [{ SignJWT }, key] = await Promise.all([
    loadJose(),
    signingKey(config, mintingKeyKind(config, data.type)),
  ]);
  const iat = Math.floor(now() / 1000);
  const exp = iat + ttlSeconds;
  const token = await new SignJWT({ data })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(key);
  return { token, exp };
}

/** Signs a server token and also returns its expiry; the server token provider builds on it. */
export async function mintServerToken(
  config: TokenConfig,
  options: ServerTokenOptions = {},
): Promise<MintedToken> {
  checkTokenConfig(config);
  const data: ServerTokenData = { appId: config.appId.toLowerCase(), type: 'server' };
  if (options.tenantId !== undefined) {
    assertId('tenantId', options.tenantId);
    data.tenantId = options.tenantId;
  }
  return mint(config, data, tokenTtlSeconds(config, 'server', options.expiresIn), options.now ?? Date.now);
}

/**
 * Signs a server (B2B) JWT `{ data: { appId, type: 'server', tenantId? }, iat, exp }` with HS256.
 * Prefer {@link createServerTokenProvider}, which reuses a token until shortly before it expires.
 */
export async function createServerToken(
  config: TokenConfig,
  options: ServerTokenOptions = {},
): Promise<string> {
  return (await mintServerToken(config, options)).token;
}

/**
 * Signs a client JWT `{ data: { type: 'client', userId, appId }, iat, exp }` for a frontend, which exchanges it at
 * `POST /v1/users/client`. `userId` must be the exact `uuid` the user was created with (not app-prefixed).
 */
export async function createClientToken(
  config: TokenConfig,
  userId: string,
  options: ClientTokenOptions = {},
): Promise<string> {
  checkTokenConfig(config);
  assertId('userId', userId);
  const data: ClientTokenData = { type: 'client', userId, appId: config.appId.toLowerCase() };
  const minted = await mint(
    config,
    data,
    tokenTtlSeconds(config, 'client', options.expiresIn),
    options.now ?? Date.now,
  );
  return minted.token;
}

/**
 * Signs the same client JWT as {@link createClientToken}, synchronously, with `node:crypto` (Node, Bun, Deno). Where
 * the runtime has no synchronous HMAC (browsers, edge workers) it throws `EthoraConfigError` naming the asynchronous
 * call to use instead. Behind `repo.createChatUserJwtToken(userId)`, which the previous SDK made synchronous.
 */
export function createClientTokenSync(
  config: TokenConfig,
  userId: string,
  options: ClientTokenOptions = {},
): string {
  checkTokenConfig(config);
  assertId('userId', userId);
  const node = requireSyncSigning(
    'createChatUserJwtToken(userId)',
    'await createClientToken(repo.config, userId)',
  );
  const iat = Math.floor((options.now ?? Date.now)() / 1000);
  const exp = iat + tokenTtlSeconds(config, 'client', options.expiresIn);
  const data: ClientTokenData = { type: 'client', userId, appId: config.appId.toLowerCase() };
  return signTokenSync(node, config, { data, iat, exp }, mintingKeyKind(config, 'client'));
}
