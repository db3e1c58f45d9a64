const JWT_PATTERN = /eyJ[\w-]*\.[\w-]+\.[\w-]+/g;

/** Shows a token as its first characters and length only: `eyJhbGciOi…(redacted, 312 chars)`. */
export function redactToken(token: string): string {
  return `${token.slice(0, 10)}…(redacted, ${token.length} chars)`;
}

/** Replaces every JWT-looking substring of `text` by its {@link redactToken} form. */
export function redactTokensIn(text: string): string {
  return text.replace(JWT_PATTERN, (token) => redactToken(token));
}

/**
 * Decodes a JWT's payload WITHOUT verifying it, for display only (the claims are not secret;
 * the signature is). Returns `undefined` when the token is not a decodable JWT.
 */
export function tokenClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
