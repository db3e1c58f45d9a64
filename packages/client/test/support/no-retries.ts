/**
 * Client options for contract tests: a contract violation thrown by `contractFetch` reaches the client
 * as a failure of its injected `fetch`, which it would retry like a network error. One attempt keeps
 * those tests fast and their output free of `retrying` warnings.
 */
export const NO_RETRIES = { maxRetries: 0 } as const;
