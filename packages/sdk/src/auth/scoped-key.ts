import { EthoraTokenError } from '../errors/ethora-token-error.js';
import type { TokenType } from './token-types.js';

const utf8 = new TextEncoder();

/** Returns WebCrypto's `SubtleCrypto` (Node 20+, Bun, Deno, browsers and edge runtimes all have it). */
function subtleCrypto(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!subtle)
    throw new EthoraTokenError('crypto', 'WebCrypto (globalThis.crypto.subtle) is not available here.');
  return subtle;
}

/** Lowercase hex of a byte buffer. */
function toHex(bytes: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(bytes)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Derives the purpose-scoped signing secret the Ethora backend expects:
 * lowercase hex of HMAC-SHA256(key = UTF-8 app secret, data = `ethora:<purpose>:v1`), a 64-character string
 * whose UTF-8 bytes are the HS256 key.
 */
export async function deriveScopedSecret(appSecret: string, purpose: TokenType): Promise<string> {
  const subtle = subtleCrypto();
  const hmacKey = await subtle.importKey(
    'raw',
    utf8.encode(appSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return toHex(await subtle.sign('HMAC', hmacKey, utf8.encode(`ethora:${purpose}:v1`)));
}

/** SHA-256 of a string as lowercase hex; used to key caches without keeping secrets as map keys. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await subtleCrypto().digest('SHA-256', utf8.encode(text)));
}

/** Imports UTF-8 text as a non-extractable HMAC-SHA-256 key for HS256 signing and verification. */
export async function importHs256Key(secretText: string): Promise<CryptoKey> {
  return subtleCrypto().importKey('raw', utf8.encode(secretText), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}
