import { deriveScopedSecret, type EthoraConfig } from '@ethora/sdk';
import { compactVerify, decodeJwt, decodeProtectedHeader, errors, type JWTPayload } from 'jose';
import { CliError } from '../cli-error.js';
import { isoTime, relativeTime } from '../output/relative-time.js';

/** The kinds of Ethora tokens; `user` and `app` are recognised by their claims (they carry no `data.type`). */
export type InspectedType = 'server' | 'client' | 'user' | 'app' | 'unknown';

/** The key that verified a token: a purpose-scoped key of the app secret, the secret itself, or none of them. */
export type VerifiedWith = 'scoped-server' | 'scoped-client' | 'raw-secret' | 'none';

/** Why a token would be rejected (or, when not `fatal`, a risk worth knowing). */
export interface TokenProblem {
  readonly reason:
    | 'expired'
    | 'not-yet-valid'
    | 'other-app'
    | 'wrong-key-scheme'
    | 'signature'
    | 'algorithm'
    | 'claims';
  readonly message: string;
  /** The platform rejects such a token (otherwise some installs may accept it). */
  readonly fatal: boolean;
}

/** Everything `ethora token inspect` says about a token. */
export interface TokenInspection {
  readonly header: Record<string, unknown>;
  readonly claims: JWTPayload;
  readonly type: InspectedType;
  /** Whether `type` is the token's own `data.type` claim or inferred from its other claims. */
  readonly typeFrom: 'claim' | 'inferred';
  readonly appId: string | null;
  readonly userId: string | null;
  readonly issuedAt: string | null;
  readonly expiresAt: string | null;
  readonly notBefore: string | null;
  /** `iat`/`exp` in plain words: "3 minutes ago", "in 12 minutes", or "never" for a token without `exp`. */
  readonly issued: string | null;
  readonly expires: string;
  /** `null` when no app secret is configured to check with. */
  readonly verifiedWith: VerifiedWith | null;
  /** `null` when it could not be checked; else whether the configured app would accept it. */
  readonly accepted: boolean | null;
  readonly problems: readonly TokenProblem[];
  /** Why the signature was not checked, when it was not. */
  readonly unverifiedBecause?: string;
}

const NOT_A_JWT = new CliError(
  'The token is not a JWT: expected three base64url parts separated by dots (header.payload.signature).',
  {
    fix: 'pass the whole token, for example the output of `ethora token client <userId>`, or - to read it from stdin',
  },
);

/** Removes what usually surrounds a copied token: whitespace, quotes, and a `Bearer ` or `JWT ` scheme. */
export function cleanToken(input: string): string {
  return input
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/^(Bearer|JWT)\s+/i, '')
    .trim();
}

/** Decodes and checks a token against the configured app (when a secret is configured). */
export async function inspectToken(
  input: string,
  config: EthoraConfig | undefined,
  unverifiedBecause: string | undefined,
  nowMs = Date.now(),
): Promise<TokenInspection> {
  const token = cleanToken(input);
  let header: Record<string, unknown>;
  let claims: JWTPayload;
  try {
    header = decodeProtectedHeader(token) as Record<string, unknown>;
    claims = decodeJwt(token);
  } catch {
    throw NOT_A_JWT;
  }
  const now = nowMs / 1000;
  const data = (typeof claims.data === 'object' && claims.data !== null ? claims.data : {}) as Record<
    string,
    unknown
  >;
  const { type, typeFrom } = typeOf(data);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const appId = text(data.appId);
  const userId = text(data.userId) ?? text(data._id) ?? text(data.xmppUsername);
  const problems: TokenProblem[] = [];
  if (typeof claims.exp === 'number' && claims.exp <= now) {
    problems.push({ reason: 'expired', message: `expired ${relativeTime(claims.exp, now)}`, fatal: true });
  }
  if (typeof claims.nbf === 'number' && claims.nbf > now) {
    problems.push({
      reason: 'not-yet-valid',
      message: `not valid before ${isoTime(claims.nbf)} (${relativeTime(claims.nbf, now)})`,
      fatal: true,
    });
  }
  if (typeof claims.iat === 'number' && claims.iat > now + 60) {
    problems.push({
      reason: 'not-yet-valid',
      message: `issued ${relativeTime(claims.iat, now)}, in the future: the signer's clock is ahead`,
      fatal: false,
    });
  }
  if (type === 'client' && userId === null) {
    problems.push({ reason: 'claims', message: 'a client token needs data.userId', fatal: true });
  }
  if (header.alg !== 'HS256') {
    problems.push({
      reason: 'algorithm',
      message: `signed with ${String(header.alg)}; Ethora tokens are HS256`,
      fatal: true,
    });
  }
  let verifiedWith: VerifiedWith | null = null;
  if (config !== undefined) {
    if (appId !== null && appId.toLowerCase() !== config.appId.toLowerCase()) {
      problems.push({
        reason: 'other-app',
        message: `issued for app ${appId}, but the configured app is ${config.appId}`,
        fatal: true,
      });
    }
    verifiedWith = header.alg === 'HS256' ? await keyThatVerifies(token, config.appSecret) : 'none';
    problems.push(...keyProblems(type, verifiedWith, config));
  }
  const fatal = problems.some((problem) => problem.fatal);
  return {
    header,
    claims,
    type,
    typeFrom,
    appId,
    userId: type === 'client' || type === 'user' ? userId : null,
    issuedAt: typeof claims.iat === 'number' ? isoTime(claims.iat) : null,
    expiresAt: typeof claims.exp === 'number' ? isoTime(claims.exp) : null,
    notBefore: typeof claims.nbf === 'number' ? isoTime(claims.nbf) : null,
    issued: typeof claims.iat === 'number' ? relativeTime(claims.iat, now) : null,
    expires: typeof claims.exp === 'number' ? relativeTime(claims.exp, now) : 'never',
    verifiedWith,
    accepted: config === undefined ? (fatal ? false : null) : !fatal,
    problems,
    ...(config === undefined && unverifiedBecause !== undefined ? { unverifiedBecause } : {}),
  };
}

function typeOf(data: Record<string, unknown>): { type: InspectedType; typeFrom: 'claim' | 'inferred' } {
  if (data.type === 'server' || data.type === 'client') return { type: data.type, typeFrom: 'claim' };
  // Login (user) tokens name a user; app tokens name only the app. Neither carries data.type.
  if (['_id', 'userId', 'xmppUsername', 'email'].some((key) => typeof data[key] === 'string')) {
    return { type: 'user', typeFrom: 'inferred' };
  }
  if (typeof data.appId === 'string') return { type: 'app', typeFrom: 'inferred' };
  return { type: 'unknown', typeFrom: 'inferred' };
}

const encoder = new TextEncoder();

async function keyThatVerifies(token: string, secret: string): Promise<VerifiedWith> {
  const candidates: [VerifiedWith, () => Promise<string>][] = [
    ['scoped-server', () => deriveScopedSecret(secret, 'server')],
    ['scoped-client', () => deriveScopedSecret(secret, 'client')],
    ['raw-secret', async () => secret],
  ];
  for (const [kind, key] of candidates) {
    try {
      await compactVerify(token, encoder.encode(await key()), { algorithms: ['HS256'] });
      return kind;
    } catch (error) {
      if (!(error instanceof errors.JWSSignatureVerificationFailed)) return 'none';
    }
  }
  return 'none';
}

function keyProblems(type: InspectedType, verifiedWith: VerifiedWith, config: EthoraConfig): TokenProblem[] {
  if (verifiedWith === 'none') {
    return [
      {
        reason: 'signature',
        message: `no key of app ${config.appId} verifies it: it was signed with another secret (another app's, or an old one)`,
        fatal: true,
      },
    ];
  }
  if (type !== 'server' && type !== 'client') return [];
  const expected = `scoped-${type}`;
  if (verifiedWith === 'raw-secret') {
    return config.tokenSigning === 'raw'
      ? []
      : [
          {
            reason: 'wrong-key-scheme',
            message: `signed with the raw app secret (the old scheme); current servers expect the ${expected} key, only installs that still take raw-secret tokens accept it`,
            fatal: false,
          },
        ];
  }
  if (verifiedWith !== expected) {
    return [
      {
        reason: 'wrong-key-scheme',
        message: `a ${type} token signed with the ${verifiedWith} key; ${type} tokens must be signed with the ${expected} key`,
        fatal: true,
      },
    ];
  }
  return [];
}
