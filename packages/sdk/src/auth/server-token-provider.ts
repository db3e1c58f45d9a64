import { DEFAULT_SERVER_TOKEN_REFRESH_MARGIN_SECONDS } from '../config/defaults.js';
import type { Duration } from '../config/duration.js';
import { durationToSeconds } from '../config/duration.js';
import { fail } from '../validation/fail.js';
import { type MintedToken, mintServerToken } from './create-tokens.js';
import { checkTokenConfig, tokenTtlSeconds } from './token-config-checks.js';
import type { TokenConfig } from './token-types.js';

/** Options for {@link createServerTokenProvider}. */
export interface ServerTokenProviderOptions {
  /** Token lifetime (default `config.serverTokenTtl`, else 5 minutes; at most 24 hours). */
  expiresIn?: Duration | undefined;
  /** Replace the cached token this long before it expires (default 30 s, at most half the lifetime). */
  refreshMargin?: Duration | undefined;
  /** Adds `data.tenantId` to every token. */
  tenantId?: string | undefined;
  /** Clock in milliseconds since the epoch (default `Date.now`); for tests. */
  now?: (() => number) | undefined;
}

/** Counters of a {@link ServerTokenProvider}. */
export interface ServerTokenStats {
  /** Times the provider was called. */
  calls: number;
  /** Tokens actually signed; `calls - signatures` were served from the cache or a shared in-flight signature. */
  signatures: number;
}

/** Returns a valid server token, signing a new one only when the cached one is about to expire. */
export interface ServerTokenProvider {
  /** Resolves to a server token valid for at least the refresh margin. */
  (): Promise<string>;
  /** Number of tokens signed so far. */
  readonly signatureCount: number;
  /** A snapshot of the counters. */
  stats(): ServerTokenStats;
  /** Drops the cached token so the next call signs a new one (e.g. after the server answered 401). */
  invalidate(): void;
}

/**
 * Creates a cached server token source: tokens live `expiresIn` (5 min by default) and are reused until
 * `refreshMargin` (30 s) before expiry; concurrent callers during a refresh share one signature.
 */
export function createServerTokenProvider(
  config: TokenConfig,
  options: ServerTokenProviderOptions = {},
): ServerTokenProvider {
  checkTokenConfig(config);
  const ttl = tokenTtlSeconds(config, 'server', options.expiresIn);
  const margin = options.refreshMargin ?? DEFAULT_SERVER_TOKEN_REFRESH_MARGIN_SECONDS;
  const marginSeconds = durationToSeconds(margin);
  if (marginSeconds === undefined) fail('refreshMargin', 'range', 'must be a positive duration', margin);
  // A margin as long as the lifetime would re-sign on every call; cap it so a token is always reused a while.
  const refreshMs = Math.min(marginSeconds, ttl / 2) * 1000;
  const now = options.now ?? Date.now;
  const mintOptions = {
    expiresIn: ttl,
    now,
    ...(options.tenantId !== undefined ? { tenantId: options.tenantId } : {}),
  };

  let cached: MintedToken | undefined;
  let inFlight: Promise<string> | undefined;
  let calls = 0;
  let signatures = 0;

  const refresh = async (): Promise<string> => {
    try {
      signatures += 1;
      const minted = await mintServerToken(config, mintOptions);
      cached = minted;
      return minted.token;
    } finally {
      inFlight = undefined;
    }
  };

  const provider = (): Promise<string> => {
    calls += 1;
    if (cached !== undefined && now() < cached.exp * 1000 - refreshMs) return Promise.resolve(cached.token);
    inFlight ??= refresh();
    return inFlight;
  };

  return Object.defineProperties(provider, {
    signatureCount: { get: () => signatures, enumerable: true },
    stats: { value: (): ServerTokenStats => ({ calls, signatures }) },
    invalidate: {
      value: (): void => {
        cached = undefined;
      },
    },
  }) as ServerTokenProvider;
}
