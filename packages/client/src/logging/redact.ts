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
  /\b([\w-]*(?:password|secret|token|apikey|api_key|authorization|jwt))(["']?\s*[:=]\s*["']?)((?:Bearer|JWT|Basic)\s+)?([^\s"'&,;]+)/gi;
// A pair's value that reads as words (`unknown`, `Expired`, `invalid_signature`, `TOKEN_EXPIRED`) is a
// message, not a credential; one this long is a credential whatever its letters.
const WORDS = /^(?:[A-Za-z][a-z]*|[A-Z]+)(?:[_-](?:[A-Za-z][a-z]*|[A-Z]+))*$/;
const MIN_PAIR_VALUE = 8;
const ALWAYS_CREDENTIAL = 24;
// A scheme before a credential (`Bearer eyJ...`), which the value-based scrub looks behind.
const SCHEME_PREFIX = /^(?:Bearer|JWT|Basic)\s+/i;
// Shorter known secrets would mask ordinary words; shorter parts of a token carry too little to matter.
const MIN_SECRET = 8;
const MIN_PART = 16;

const MAX_DEPTH = 6;

/** True when a property or header named `key` holds a credential (`authorization`, `appSecret`, `refreshToken`...). */
export function isSecretKey(key: string): boolean {
  let secret = secretKeys.get(key);
  if (secret === undefined) {
    const normalised = key.toLowerCase().replace(/[-_\s]/g, '');
    secret = SECRET_KEYS.has(normalised) || SECRET_KEY_ENDINGS.some((ending) => normalised.endsWith(ending));
    // Every request asks about the same few header names: the verdicts are kept, up to a bound.
    if (secretKeys.size < 1024) secretKeys.set(key, secret);
  }
  return secret;
}
const secretKeys = new Map<string, boolean>();

/**
 * What to look for in a text for each known secret: the secret, the credential behind its scheme
 * (`Bearer …`), and each dot-separated part of a token long enough to matter (a JWT's payload or
 * signature echoed alone, or without its header), longest first.
 */
function secretTexts(secrets: readonly string[]): string[] {
  const texts = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < MIN_SECRET) continue;
    texts.add(secret);
    const bare = secret.replace(SCHEME_PREFIX, '').trim();
    if (bare.length >= MIN_SECRET) texts.add(bare);
    for (const part of bare.split('.')) if (part.length >= MIN_PART) texts.add(part);
  }
  return [...texts].sort((a, b) => b.length - a.length);
}

function looksLikeCredential(value: string): boolean {
  return value.length >= ALWAYS_CREDENTIAL || (value.length >= MIN_PAIR_VALUE && !WORDS.test(value));
}

/**
 * Replaces the given secrets (each whole, behind a scheme, and each long part of a token), then anything
 * shaped like a credential: JWTs, `Bearer`/`JWT` credentials, `password=...`-style pairs whose value is
 * not a plain word.
 */
export function redactString(text: string, secrets: readonly string[] = []): string {
  return scrub(text, secrets.length ? secretTexts(secrets) : []);
}

function scrub(text: string, texts: readonly string[]): string {
  let out = text;
  for (const secret of texts) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out
    .replace(JWT_PATTERN, REDACTED)
    .replace(PAIR_PATTERN, (match, key: string, sep: string, scheme: string | undefined, value: string) =>
      scheme || looksLikeCredential(value) ? `${key}${sep}${REDACTED}` : match,
    )
    .replace(SCHEME_PATTERN, (_match, scheme: string) => `${scheme} ${REDACTED}`);
}

/**
 * Returns a copy of `value` safe to log or to keep in an error: credential-named properties are
 * replaced, strings and property names are scrubbed with {@link redactString}, and nesting is cut at a
 * fixed depth. Class instances other than plain objects, arrays and errors become a short tag, so a
 * `Request`, `Headers` or socket can never leak through.
 */
export function redact(value: unknown, secrets: readonly string[] = []): unknown {
  return redactValue(value, secrets.length ? secretTexts(secrets) : [], 0, new WeakSet());
}

function redactValue(
  value: unknown,
  texts: readonly string[],
  depth: number,
  seen: WeakSet<object>,
): unknown {
  if (typeof value === 'string') return scrub(value, texts);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? `[${typeof value}]` : value;
  }
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, texts, depth + 1, seen));
  if (value instanceof Error) {
    return { name: value.name, message: scrub(value.message, texts) };
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `[${proto?.constructor?.name ?? 'object'}]`;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // A server may echo a credential as a property name, too; defined, so that `__proto__` stays a key.
    Object.defineProperty(out, scrub(key, texts), {
      value: isSecretKey(key) ? REDACTED : redactValue(item, texts, depth + 1, seen),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
