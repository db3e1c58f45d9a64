import { EthoraConfigError } from '../errors/ethora-config-error.js';
import type { OperationInfo } from '../generated/operations.js';
import type { AuthCredentials, AuthKind, EthoraAuth, TokenSource } from './auth-options.js';

/** Headers that carry credentials; a call that sets one of them itself gets no automatic auth. */
export const CREDENTIAL_HEADERS = ['authorization', 'x-custom-token'] as const;

const KNOWN_SCHEMES: Readonly<Record<string, AuthKind>> = {
  serverToken: 'server',
  serverBearer: 'server',
  userJwt: 'user',
  appJwt: 'app',
  refreshJwt: 'refresh',
  clientToken: 'client',
};
const KIND_PREFIXES: readonly AuthKind[] = ['server', 'user', 'app', 'refresh', 'client'];

/** The credential kind a security scheme stands for, from its name (`serverBearer` is `server`). */
export function schemeKind(scheme: string): AuthKind | undefined {
  const known = KNOWN_SCHEMES[scheme];
  if (known) return known;
  const lower = scheme.toLowerCase();
  return KIND_PREFIXES.find((kind) => lower.startsWith(kind));
}

/** Sets the credential headers of one call; returns `undefined` when none apply. */
export interface AuthResolver {
  /** The credential headers for one attempt of `operation`. */
  (operation: OperationInfo | undefined): Promise<Record<string, string> | undefined>;
  /** Tells the providers whose tokens `operation` carried that the API rejected them (a 401). */
  rejected(operation: OperationInfo | undefined): void;
}

/**
 * Builds the resolver for the client's `auth` option. For each operation it picks the first
 * security alternative whose every scheme has a credential, then calls the token providers, so
 * a provider that re-mints expiring tokens is consulted before every attempt. Operations without
 * security get nothing; operations unknown to the spec get the server credential, if any.
 */
export function createAuthResolver(auth: EthoraAuth | undefined): AuthResolver | undefined {
  if (auth === undefined) return undefined;
  const credentials: AuthCredentials = typeof auth === 'object' ? auth : { server: auth };
  const plans = new WeakMap<OperationInfo, readonly AuthKind[] | null>();
  const fallback: readonly AuthKind[] | null = credentials.server !== undefined ? ['server'] : null;

  const planFor = (operation: OperationInfo | undefined): readonly AuthKind[] | null => {
    if (!operation) return fallback;
    let plan = plans.get(operation);
    if (plan === undefined) {
      plan = choosePlan(operation, credentials);
      plans.set(operation, plan);
    }
    return plan;
  };

  const resolve = async (operation: OperationInfo | undefined) => {
    const plan = planFor(operation);
    if (!plan || plan.length === 0) return undefined;
    const headers: Record<string, string> = {};
    for (const kind of plan) {
      const token = await readToken(credentials[kind] as TokenSource, kind);
      applyCredential(headers, kind, token);
    }
    return headers;
  };
  const rejected = (operation: OperationInfo | undefined): void => {
    for (const kind of planFor(operation) ?? []) {
      const source = credentials[kind];
      if (typeof source === 'function') source.invalidate?.();
    }
  };
  return Object.assign(resolve, { rejected });
}

function choosePlan(operation: OperationInfo, credentials: AuthCredentials): readonly AuthKind[] | null {
  for (const alternative of operation.security) {
    const kinds = new Set<AuthKind>();
    let usable = true;
    for (const scheme of alternative) {
      const kind = schemeKind(scheme);
      if (!kind || credentials[kind] === undefined) {
        usable = false;
        break;
      }
      kinds.add(kind);
    }
    // An empty alternative (`{}`) means the credential is optional: send none.
    if (usable) return [...kinds];
  }
  return null;
}

function applyCredential(headers: Record<string, string>, kind: AuthKind, token: string): void {
  switch (kind) {
    case 'server': {
      const jwt = token.replace(/^Bearer\s+/i, '');
      headers['x-custom-token'] = jwt;
      headers.authorization = `Bearer ${jwt}`;
      return;
    }
    case 'client':
      headers['x-custom-token'] = token;
      return;
    default:
      headers.authorization = token;
  }
}

async function readToken(source: TokenSource, kind: AuthKind): Promise<string> {
  const token = typeof source === 'function' ? await source() : source;
  // Checked here so that a header API never echoes the bad value in its own error message.
  if (typeof token !== 'string' || token.trim() === '' || /[\r\n\0]/.test(token)) {
    throw new EthoraConfigError(
      `auth.${kind}`,
      `The ${kind} credential of the \`auth\` option is ${typeof token === 'string' ? 'empty or contains a line break' : `a ${typeof token}, not a string`}.`,
    );
  }
  return token.trim();
}
