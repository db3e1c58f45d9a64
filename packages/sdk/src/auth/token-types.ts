import type { TokenSigning } from '../config/chat-repository-options.js';
import type { Duration } from '../config/duration.js';

/** What a token is for; also the purpose its signing key is derived for. */
export type TokenType = 'server' | 'client';

/** The `data` claim of a server (B2B) token. */
export interface ServerTokenData {
  /** The app the token acts for. */
  appId: string;
  /** Marks a server token. */
  type: 'server';
  /** Optional tenant id, sent only when given. */
  tenantId?: string;
}

/** The `data` claim of a client (frontend) token. */
export interface ClientTokenData {
  /** Marks a client token. */
  type: 'client';
  /** The user's own id, exactly the `uuid` used when the user was created (not app-prefixed). */
  userId: string;
  /** The app the user belongs to. */
  appId: string;
}

/** A verified token's payload: the `data` claim plus the registered time claims (seconds since the epoch). */
export interface EthoraTokenPayload<
  D extends ServerTokenData | ClientTokenData = ServerTokenData | ClientTokenData,
> {
  /** The Ethora claims. */
  data: D;
  /** Issued-at time. */
  iat: number;
  /** Expiry time; always present on tokens this SDK mints, absent only on legacy tokens. */
  exp?: number;
}

/** Maps a {@link TokenType} to its payload type. */
export type TokenPayloadFor<T extends TokenType> = EthoraTokenPayload<
  T extends 'server' ? ServerTokenData : T extends 'client' ? ClientTokenData : never
>;

/** The part of the configuration the JWT helpers need; a resolved `EthoraConfig` or plain options both fit. */
export interface TokenConfig {
  /** The app id placed in `data.appId` (in lower case, as app ids are on the wire). */
  appId: string;
  /** The app secret the signing keys come from. */
  appSecret: string;
  /** Signing mode (default `'scoped'`). */
  tokenSigning?: TokenSigning | undefined;
  /** Default client token lifetime (default 1 hour; 1 second to 30 days). */
  clientTokenTtl?: Duration | undefined;
  /** Default server token lifetime (default 5 minutes; 1 second to 24 hours). */
  serverTokenTtl?: Duration | undefined;
}
