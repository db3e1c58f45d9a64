import { EthoraError } from '@ethora/client';

/** Why a token could not be minted or verified. */
export type TokenErrorReason =
  /** Not a compact JWS, or its header or payload is not valid JSON. */
  | 'malformed'
  /** Signed with an algorithm other than HS256 (including `none`). */
  | 'algorithm'
  /** The signature does not match any accepted key. */
  | 'signature'
  /** The `exp` claim is in the past. */
  | 'expired'
  /** A claim is missing or wrong: `data.type`, `data.appId`, `data.userId`, `exp`, `iat`, `nbf`. */
  | 'claims'
  /** The runtime cannot derive or import the signing key (no WebCrypto). */
  | 'crypto';

/** Thrown by the JWT helpers; its message never contains the token, the app secret or a derived key. */
export class EthoraTokenError extends EthoraError {
  /** Always `'EthoraTokenError'`. */
  override name = 'EthoraTokenError';
  /** Machine-readable reason. */
  readonly reason: TokenErrorReason;

  /** Creates the error with a reason and a message free of secrets. */
  constructor(reason: TokenErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}
