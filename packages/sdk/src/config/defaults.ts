/** Conference domain of Ethora Cloud rooms; self-hosted installs pass their own `jidDomain`. */
export const DEFAULT_JID_DOMAIN = 'conference.xmpp.chat.ethora.com';

// The request defaults and limits are the client's own, so both packages always agree.
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, MAX_RETRIES, MAX_TIMEOUT_MS } from '@ethora/client';

/** Default lifetime of client (frontend) tokens, in seconds: one hour. */
export const DEFAULT_CLIENT_TOKEN_TTL_SECONDS = 3_600;

/** Default lifetime of server tokens, in seconds: five minutes, reused until shortly before expiry. */
export const DEFAULT_SERVER_TOKEN_TTL_SECONDS = 300;

/** How long before expiry a cached server token is replaced, in seconds. */
export const DEFAULT_SERVER_TOKEN_REFRESH_MARGIN_SECONDS = 30;

/**
 * Longest client token lifetime accepted, in seconds: 30 days. Frontends exchange a client token for a session,
 * so this covers long "remember me" sessions (72 hours is common); a longer life only widens the window in which a
 * leaked token works, and a lifetime of years is a token that never expires.
 */
export const MAX_CLIENT_TOKEN_TTL_SECONDS = 30 * 86_400;

/**
 * Longest server token lifetime accepted, in seconds: 24 hours. Server tokens are re-signed automatically before
 * they expire, so a long life saves nothing but a signature and widens the window of a leaked token.
 */
export const MAX_SERVER_TOKEN_TTL_SECONDS = 86_400;
