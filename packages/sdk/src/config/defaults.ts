/** Conference domain of Ethora Cloud rooms; self-hosted installs pass their own `jidDomain`. */
export const DEFAULT_JID_DOMAIN = 'conference.xmpp.chat.ethora.com';

// The request defaults are the client's own, so both packages always agree.
export { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '@ethora/client';

/** Default lifetime of client (frontend) tokens, in seconds: one hour. */
export const DEFAULT_CLIENT_TOKEN_TTL_SECONDS = 3_600;

/** Default lifetime of server tokens, in seconds: five minutes, reused until shortly before expiry. */
export const DEFAULT_SERVER_TOKEN_TTL_SECONDS = 300;

/** How long before expiry a cached server token is replaced, in seconds. */
export const DEFAULT_SERVER_TOKEN_REFRESH_MARGIN_SECONDS = 30;
