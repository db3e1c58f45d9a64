import { createHmac } from 'node:crypto';
import type { AppRecord } from '../store/model.js';

/** What a token is for; each purpose has its own signing key. */
export type TokenPurpose = 'server' | 'client';

const utf8 = new TextEncoder();

/**
 * The purpose-scoped signing secret of an app: lowercase hex of HMAC-SHA256(app secret, `ethora:<purpose>:v1`).
 * Its UTF-8 bytes (not the digest's raw bytes) are the HS256 key.
 */
export function scopedSecret(appSecret: string, purpose: TokenPurpose): string {
  return createHmac('sha256', appSecret).update(`ethora:${purpose}:v1`).digest('hex');
}

function importHmacKey(text: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', utf8.encode(text), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

/** The HS256 keys of each app, imported once (importing per token would cost more than verifying). */
export class AppKeys {
  private readonly keys = new WeakMap<AppRecord, Map<string, Promise<CryptoKey>>>();

  /** The key for `purpose`, or for the raw secret (`'raw'`, the platform's old scheme). */
  key(app: AppRecord, kind: TokenPurpose | 'raw'): Promise<CryptoKey> {
    let byKind = this.keys.get(app);
    if (!byKind) {
      byKind = new Map();
      this.keys.set(app, byKind);
    }
    let key = byKind.get(kind);
    if (!key) {
      key = importHmacKey(kind === 'raw' ? app.secret : scopedSecret(app.secret, kind));
      byKind.set(kind, key);
    }
    return key;
  }
}
