import { deriveScopedSecret, importHs256Key, sha256Hex } from './scoped-key.js';
import type { TokenType } from './token-types.js';

/** Which key: a purpose-scoped derived key, or the raw app secret. */
export type SigningKeyKind = TokenType | 'raw';

interface ConfigEntry {
  secret: string;
  keys: Map<SigningKeyKind, Promise<CryptoKey>>;
}

// Fast path: one entry per config object, re-checked against its current secret.
const byConfig = new WeakMap<object, ConfigEntry>();
// Shared path for fresh config objects carrying a known secret; keyed by a digest, bounded in size.
const byDigest = new Map<string, Promise<CryptoKey>>();
const MAX_SHARED_KEYS = 64;

/** Returns the imported HS256 `CryptoKey` of `kind` for the config's secret, importing it once and caching it. */
export function signingKey(config: { appSecret: string }, kind: SigningKeyKind): Promise<CryptoKey> {
  let entry = byConfig.get(config);
  if (entry === undefined || entry.secret !== config.appSecret) {
    entry = { secret: config.appSecret, keys: new Map() };
    byConfig.set(config, entry);
  }
  let key = entry.keys.get(kind);
  if (key === undefined) {
    const keys = entry.keys;
    key = sharedKey(config.appSecret, kind);
    keys.set(kind, key);
    key.catch(() => keys.delete(kind));
  }
  return key;
}

async function sharedKey(appSecret: string, kind: SigningKeyKind): Promise<CryptoKey> {
  const id = `${kind}:${await sha256Hex(appSecret)}`;
  let key = byDigest.get(id);
  if (key === undefined) {
    key = importKey(appSecret, kind);
    if (byDigest.size >= MAX_SHARED_KEYS) byDigest.delete(byDigest.keys().next().value!);
    byDigest.set(id, key);
    key.catch(() => byDigest.delete(id));
  }
  return key;
}

async function importKey(appSecret: string, kind: SigningKeyKind): Promise<CryptoKey> {
  return importHs256Key(kind === 'raw' ? appSecret : await deriveScopedSecret(appSecret, kind));
}
