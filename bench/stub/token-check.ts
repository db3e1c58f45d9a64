import { createHmac, timingSafeEqual } from 'node:crypto';

/** What the stub learned from one request's credential. */
export type TokenVerdict = { ok: true; token: string } | { ok: false; reason: string };

/** The purpose-scoped signing key the API derives from an app secret (see the API fact sheet, JWTs). */
export function scopedKey(secret: string, purpose: 'server' | 'client'): string {
  return createHmac('sha256', secret).update(`ethora:${purpose}:v1`).digest('hex');
}

/**
 * Checks server JWTs the way the API does (HS256 with the purpose-scoped key, `data.type: 'server'`,
 * the right app). Each distinct token is verified once and remembered, so a client that reuses its
 * token costs the stub nothing after the first request while one that re-signs pays each time.
 */
export function createTokenChecker(appId: string, secret: string) {
  const key = Buffer.from(scopedKey(secret, 'server'), 'utf8');
  const seen = new Map<string, boolean>();

  function verify(token: string): boolean {
    const parts = token.split('.');
    if (parts.length !== 3) return false;
    const [header, payload, signature] = parts as [string, string, string];
    const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        data?: { type?: unknown; appId?: unknown };
      };
      return claims.data?.type === 'server' && claims.data.appId === appId;
    } catch {
      return false;
    }
  }

  return {
    /** Reads `x-custom-token` or `Authorization: Bearer` and verifies the token. */
    check(headers: Record<string, string | string[] | undefined>): TokenVerdict {
      const custom = headers['x-custom-token'];
      const authorization = headers.authorization;
      const token =
        typeof custom === 'string' && custom !== ''
          ? custom
          : typeof authorization === 'string' && authorization.startsWith('Bearer ')
            ? authorization.slice(7)
            : undefined;
      if (!token) return { ok: false, reason: 'Missing token' };
      let valid = seen.get(token);
      if (valid === undefined) {
        valid = verify(token);
        seen.set(token, valid);
      }
      return valid ? { ok: true, token } : { ok: false, reason: 'Invalid token' };
    },
    /** Distinct valid tokens seen since the last reset. */
    distinctTokens(): number {
      let count = 0;
      for (const valid of seen.values()) if (valid) count++;
      return count;
    },
    /** Forgets the tokens seen so far. */
    reset(): void {
      seen.clear();
    },
  };
}
