/** A credential: the token itself, or a function returning it (called, and awaited, before every attempt). */
export type TokenSource = string | (() => string | Promise<string>);

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
