import type { JWTPayload } from 'jose';
import { EthoraTokenError } from '../errors/ethora-token-error.js';
import { describeValue } from '../validation/describe-value.js';
import { fail } from '../validation/fail.js';
import { type Jose, loadJose } from './load-jose.js';
import { type SigningKeyKind, signingKey } from './signing-keys.js';
import { checkTokenConfig } from './token-config-checks.js';
import type { TokenConfig, TokenPayloadFor, TokenType } from './token-types.js';

/** Options for {@link verifyJwtToken}. */
export interface VerifyTokenOptions<T extends TokenType = TokenType> {
  /** Accept only this token type; a token of the other type is rejected with reason `'claims'`. */
  expectedType?: T | undefined;
  /** Also accept tokens signed with the raw app secret (default: only when `tokenSigning` is `'raw'`). */
  acceptRawSecret?: boolean | undefined;
  /** Reject tokens without `exp` or `iat` (default `true`; legacy tokens of the previous SDK carry no `exp`). */
  requireExpiry?: boolean | undefined;
  /** Allowed clock skew in seconds for `exp`, `nbf` and a future `iat` (default 0; a finite number, 0 or more). */
  clockToleranceSeconds?: number | undefined;
  /** Clock in milliseconds since the epoch (default `Date.now`); for tests. */
  now?: (() => number) | undefined;
}

function reject(reason: EthoraTokenError['reason'], message: string): never {
  throw new EthoraTokenError(reason, message);
}

function readType(payload: JWTPayload): TokenType {
  const data = payload.data as { type?: unknown } | undefined;
  const type = typeof data === 'object' && data !== null ? data.type : undefined;
  if (type !== 'server' && type !== 'client') {
    reject('claims', `Token claim data.type must be 'server' or 'client'; got ${describeValue(type)}.`);
  }
  return type;
}

function checkData(payload: JWTPayload, type: TokenType, appId: string): void {
  const data = payload.data as Record<string, unknown>;
  // App ids are hex: `65F1…` and `65f1…` are the same app.
  if (typeof data.appId !== 'string' || data.appId.toLowerCase() !== appId.toLowerCase()) {
    reject('claims', 'Token claim data.appId does not match the configured app.');
  }
  if (type === 'client' && (typeof data.userId !== 'string' || data.userId === '')) {
    reject('claims', 'Client token claim data.userId must be a non-empty string.');
  }
  if (type === 'server' && data.tenantId !== undefined && typeof data.tenantId !== 'string') {
    reject('claims', 'Server token claim data.tenantId must be a string when present.');
  }
}

function clockTolerance(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail('clockToleranceSeconds', 'range', 'must be a finite number of seconds, 0 or more', value);
  }
  return value;
}

// jose compares `iat` with the clock only when given `maxTokenAge`; the tolerance is documented to cover `iat`,
// so a token issued later than now plus the tolerance is refused here, on jose's whole-second clock.
function checkIssuedAt(payload: JWTPayload, currentDate: Date, tolerance: number): void {
  const now = Math.floor(currentDate.getTime() / 1000);
  if (typeof payload.iat === 'number' && payload.iat > now + tolerance) {
    reject('claims', `Token claim "iat" lies in the future, beyond the clock tolerance of ${tolerance} s.`);
  }
}

// jose's messages hold no token material, but ours are written out to keep that a guarantee.
function translate(errors: Jose['errors'], error: unknown): never {
  if (error instanceof errors.JWTExpired) reject('expired', 'Token has expired (exp is in the past).');
  if (error instanceof errors.JWTClaimValidationFailed) {
    reject('claims', `Token claim "${error.claim}" failed validation (${error.reason.replace(/_/g, ' ')}).`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    reject('algorithm', 'Token algorithm is not accepted; only HS256 is.');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    reject('signature', 'Token signature does not match the app secret.');
  }
  if (error instanceof errors.JOSEError) reject('malformed', 'Token is not a well-formed JWT.');
  throw error;
}

/**
 * Verifies an Ethora JWT and returns its typed payload. HS256 only; the key is chosen from `data.type` (scoped
 * key first, the raw app secret only when `tokenSigning: 'raw'` or `acceptRawSecret`); `data.appId` must match.
 * A token issued later than now plus `clockToleranceSeconds` is refused like an expired one is. Every failure of the
 * token is an {@link EthoraTokenError} whose message never contains the token or a key; a bad option throws
 * `EthoraValidationError`.
 */
export async function verifyJwtToken<T extends TokenType = TokenType>(
  token: string,
  config: TokenConfig,
  options: VerifyTokenOptions<T> = {},
): Promise<TokenPayloadFor<T>> {
  checkTokenConfig(config);
  if (typeof token !== 'string' || token === '') reject('malformed', 'Token must be a non-empty string.');
  const { decodeJwt, decodeProtectedHeader, errors, jwtVerify } = await loadJose();
  let header: { alg?: unknown };
  let unverified: JWTPayload;
  try {
    header = decodeProtectedHeader(token);
    unverified = decodeJwt(token);
  } catch {
    reject('malformed', 'Token is not a well-formed JWT.');
  }
  // Checked before any key is touched, so `none` and asymmetric algorithms never reach verification.
  if (header.alg !== 'HS256') {
    reject('algorithm', `Token algorithm ${describeValue(header.alg)} is not accepted; only HS256 is.`);
  }
  const type = readType(unverified);
  if (options.expectedType !== undefined && type !== options.expectedType) {
    reject('claims', `Expected a ${options.expectedType} token but got a ${type} token.`);
  }
  const rawSigning = config.tokenSigning === 'raw';
  const kinds: SigningKeyKind[] = rawSigning ? ['raw', type] : [type];
  if (!rawSigning && options.acceptRawSecret) kinds.push('raw');
  if (rawSigning && options.acceptRawSecret === false) kinds.shift();
  const tolerance = clockTolerance(options.clockToleranceSeconds);
  const currentDate = new Date((options.now ?? Date.now)());
  for (const kind of kinds) {
    try {
      const { payload } = await jwtVerify(token, await signingKey(config, kind), {
        algorithms: ['HS256'],
        currentDate,
        clockTolerance: tolerance,
        requiredClaims: options.requireExpiry === false ? [] : ['iat', 'exp'],
      });
      checkIssuedAt(payload, currentDate, tolerance);
      checkData(payload, type, config.appId);
      return payload as unknown as TokenPayloadFor<T>;
    } catch (error) {
      if (error instanceof errors.JWSSignatureVerificationFailed) continue;
      if (error instanceof EthoraTokenError) throw error;
      translate(errors, error);
    }
  }
  return reject('signature', 'Token signature does not match the app secret.');
}
