import type { IncomingHttpHeaders } from 'node:http';
import { decodeJwt, errors, type JWTPayload, jwtVerify } from 'jose';
import { ApiError, unauthorized } from '../http/api-error.js';
import type { AppRecord } from '../store/model.js';
import type { EmulatorStore } from '../store/store.js';
import type { AppKeys, TokenPurpose } from './keys.js';

/** Who a verified server credential speaks for. */
export interface ServerCredential {
  /** The app named by the token (`data.appId`). */
  readonly app: AppRecord;
  /** Set when the credential is a server API token made with `POST /v2/apps/{appId}/tokens`. */
  readonly tokenId: string | undefined;
}

/** A verified client token: the app and the user id (`data.userId`, the user's uuid). */
export interface ClientCredential {
  readonly app: AppRecord;
  readonly userId: string;
}

interface Verified {
  readonly app: AppRecord;
  readonly exp: number | undefined;
  readonly tokenId: string | undefined;
  readonly jti: string | undefined;
  readonly userId: string | undefined;
}

const MAX_CACHED = 10_000;

/** The server token of a request: `x-custom-token` (a stray `Bearer ` prefix tolerated), else `Authorization: Bearer`. */
export function serverTokenOf(headers: IncomingHttpHeaders): string | undefined {
  const custom = headers['x-custom-token'];
  if (typeof custom === 'string' && custom.trim() !== '') return custom.trim().replace(/^Bearer\s+/i, '');
  const authorization = headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Verifies credentials like the platform: HS256 JWTs signed with the app's purpose-scoped key (or, for an app
 * configured so, its raw secret), `data.type` matching the route, `exp` enforced when present. A token verified
 * once is remembered, so a client that reuses its token pays for one verification only.
 */
export class CredentialVerifier {
  private readonly verified = new Map<string, Verified>();

  constructor(
    private readonly store: EmulatorStore,
    private readonly keys: AppKeys,
  ) {}

  /** The server credential of a request, or a 401 (400 `APP_NOT_FOUND` when its app was deleted). */
  async server(headers: IncomingHttpHeaders): Promise<ServerCredential> {
    const token = serverTokenOf(headers);
    if (token === undefined) throw unauthorized('Missing token');
    let entry = this.verified.get(token);
    if (entry === undefined || !this.known(entry.app)) {
      entry = await this.verify(token, 'server');
      if (this.verified.size >= MAX_CACHED) this.verified.clear();
      this.verified.set(token, entry);
    }
    this.checkExpiry(entry);
    const { app, tokenId } = entry;
    if (this.store.app(app._id) !== app) throw new ApiError(400, 'App not found', { code: 'APP_NOT_FOUND' });
    if (tokenId !== undefined) {
      const record = app.tokens.get(tokenId);
      if (record?.status !== 'active' || record.jti !== entry.jti) throw unauthorized('Token revoked');
    }
    return { app, tokenId };
  }

  /** The client credential in `x-custom-token` (for `POST /v1/users/client`), or a 401. */
  async client(headers: IncomingHttpHeaders): Promise<ClientCredential> {
    const token = serverTokenOf({ 'x-custom-token': headers['x-custom-token'] });
    if (token === undefined) throw unauthorized('Missing token');
    const entry = await this.verify(token, 'client');
    this.checkExpiry(entry);
    if (this.store.app(entry.app._id) !== entry.app)
      throw new ApiError(400, 'App not found', { code: 'APP_NOT_FOUND' });
    if (entry.userId === undefined) throw unauthorized('Invalid token: data.userId is missing');
    return { app: entry.app, userId: entry.userId };
  }

  private known(app: AppRecord): boolean {
    return this.store.app(app._id) === app || this.store.deletedApp(app._id) === app;
  }

  private checkExpiry(entry: Verified): void {
    if (entry.exp !== undefined && entry.exp * 1000 <= Date.now()) throw unauthorized('Token expired');
  }

  private async verify(token: string, purpose: TokenPurpose): Promise<Verified> {
    let claims: JWTPayload;
    try {
      claims = decodeJwt(token);
    } catch {
      throw unauthorized('Malformed token');
    }
    const data = (claims.data ?? {}) as Record<string, unknown>;
    const appId = typeof data.appId === 'string' ? data.appId : undefined;
    const app = appId === undefined ? undefined : (this.store.app(appId) ?? this.store.deletedApp(appId));
    if (app === undefined) throw unauthorized('Invalid token: unknown app');
    const payload = await this.checkSignature(token, app, purpose);
    if (data.type !== purpose) {
      throw unauthorized(`Invalid token type: this route takes a ${purpose} token`);
    }
    return {
      app,
      exp: typeof payload.exp === 'number' ? payload.exp : undefined,
      tokenId: typeof data.tokenId === 'string' ? data.tokenId : undefined,
      jti: payload.jti,
      userId: typeof data.userId === 'string' ? data.userId : undefined,
    };
  }

  private async checkSignature(token: string, app: AppRecord, purpose: TokenPurpose): Promise<JWTPayload> {
    const kinds: (TokenPurpose | 'raw')[] = app.acceptRawSecret ? [purpose, 'raw'] : [purpose];
    let failure: unknown;
    for (const kind of kinds) {
      try {
        const { payload } = await jwtVerify(token, await this.keys.key(app, kind), { algorithms: ['HS256'] });
        return payload;
      } catch (error) {
        failure = error;
        if (error instanceof errors.JWTExpired) throw unauthorized('Token expired');
        if (!(error instanceof errors.JWSSignatureVerificationFailed)) break;
      }
    }
    if (failure instanceof errors.JWSSignatureVerificationFailed)
      throw unauthorized('Invalid token signature');
    throw unauthorized('Invalid token');
  }
}
