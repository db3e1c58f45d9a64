/** What {@link redact} puts in place of a secret. */
export const REDACTED = '[REDACTED]';

// Normalised (lowercase, no `-`/`_`) keys whose values are credentials wherever they appear.
const SECRET_KEYS = new Set(['authorization', 'proxyauthorization', 'cookie', 'setcookie', 'xcustomtoken']);
// Key endings that name a credential; `tokenId` or `totalTokens` do not match.
const SECRET_KEY_ENDINGS = ['password', 'secret', 'token', 'jwt', 'apikey', 'privatekey', 'credentials'];

// A compact JWS (three base64url parts, the first starting with `{"` encoded), a scheme and its
// credential, or `key=value` pairs that carry a credential in a query string or a message.
const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;
const SCHEME_PATTERN = /\b(Bearer|JWT|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
const PAIR_PATTERN =
  /\b([\w-]*(?:password|secret|token|apikey|api_key|authorization|jwt))(["']?\s*[:=]\s*["']?)(?:(?:Bearer|JWT|Basic)\s+)?[^\s"'&,;]+/gi;

const MAX_DEPTH = 6;

/** True when a property or header named `key` holds a credential (`authorization`, `appSecret`, `refreshToken`...). */
export function isSecretKey(key: string): boolean {
  const normalised = key.toLowerCase().replace(/[-_\s]/g, '');
  if (SECRET_KEYS.has(normalised)) return true;
  return SECRET_KEY_ENDINGS.some((ending) => normalised.endsWith(ending));
}

/** Replaces JWTs, `Bearer`/`JWT` credentials, `password=...`-style pairs and the given secrets in a string. */
export function redactString(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Short strings would mask ordinary words; real secrets and tokens are long.
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  return out
    .replace(JWT_PATTERN, REDACTED)
    .replace(PAIR_PATTERN, (_match, key: string, sep: string) => `${key}${sep}${REDACTED}`)
    .replace(SCHEME_PATTERN, (_match, scheme: string) => `${scheme} ${REDACTED}`);
}

/**
 * Returns a copy of `value` safe to log or to keep in an error: credential-named properties are
 * replaced, strings are scrubbed with {@link redactString}, and nesting is cut at a fixed depth.
 * Class instances other than plain objects, arrays and errors become a short tag, so a `Request`,
 * `Headers` or socket can never leak through.
 */
export function redact(value: unknown, secrets: readonly string[] = []): unknown {
  return redactValue(value, secrets, 0, new WeakSet());
}

function redactValue(
  value: unknown,
  secrets: readonly string[],
  depth: number,
  seen: WeakSet<object>,
): unknown {
  if (typeof value === 'string') return redactString(value, secrets);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? `[${typeof value}]` : value;
  }
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1, seen));
  if (value instanceof Error) {
    return { name: value.name, message: redactString(value.message, secrets) };
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `[${proto?.constructor?.name ?? 'object'}]`;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? REDACTED : redactValue(item, secrets, depth + 1, seen);
  }
  return out;
}
