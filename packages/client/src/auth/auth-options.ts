/**
 * A function returning a credential, called (and awaited) before every attempt. A caching provider may carry
 * `invalidate()`: the client calls it when the API answers 401, so the next attempt gets a fresh token.
 */
export type TokenProvider = (() => string | Promise<string>) & {
  /** Drops a cached token; called after a 401 answer to a request that carried this provider's token. */
  readonly invalidate?: () => void;
};

/** A credential: the token itself, or a {@link TokenProvider}. */
export type TokenSource = string | TokenProvider;

/** Which credential a security scheme of the spec asks for. */
export type AuthKind = 'server' | 'user' | 'app' | 'refresh' | 'client';

/** Credentials per kind; each operation gets the one its security requirement names. */
export interface AuthCredentials {
  /** Server (B2B) JWT: sent as `x-custom-token: <jwt>` and `Authorization: Bearer <jwt>`. */
  server?: TokenSource;
  /** User JWT from login: sent verbatim in `Authorization` (it already starts with `JWT `). */
  user?: TokenSource;
  /** Legacy app token: sent verbatim in `Authorization`. */
  app?: TokenSource;
  /** Refresh JWT for `/v1/users/login/refresh`: sent verbatim in `Authorization`. */
  refresh?: TokenSource;
  /** Client JWT for `/v1/users/client`: sent as `x-custom-token`. */
  client?: TokenSource;
}

/** The `auth` option: a server JWT (or provider of one), or credentials per kind. */
export type EthoraAuth = TokenSource | AuthCredentials;
