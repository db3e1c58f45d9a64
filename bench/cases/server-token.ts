import { createHmac } from 'node:crypto';
import { APP_ID, APP_SECRET } from '../bench-config.js';
import { scopedKey } from '../stub/token-check.js';

/**
 * A server JWT signed once with node:crypto, for the cases that send a prebuilt header (raw fetch
 * and the bare client): they measure the transport alone, with no per-call signing.
 */
export function prebuiltServerToken(): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'HS256', typ: 'JWT' });
  const payload = encode({ data: { appId: APP_ID, type: 'server' }, iat: Math.floor(Date.now() / 1000) });
  const signature = createHmac('sha256', scopedKey(APP_SECRET, 'server'))
    .update(`${header}.${payload}`)
    .digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** The two headers the API accepts a server token in, as every SDK sends them. */
export function serverTokenHeaders(token: string): Record<string, string> {
  return { 'x-custom-token': token, authorization: `Bearer ${token}` };
}
