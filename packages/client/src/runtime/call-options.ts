/** Options one call may add next to openapi-fetch's own (`params`, `body`, `signal`, `headers`...). */
export interface EthoraCallOptions {
  /** Time limit of each attempt of this call, in milliseconds (overrides the client's `timeoutMs`). */
  timeoutMs?: number;
  /** Retries for this call (overrides the client's `maxRetries`; 0 disables). */
  maxRetries?: number;
  /** Time limit of the whole call, retries and waits included, in milliseconds. */
  deadlineMs?: number;
  /** Declares this call safe to repeat (say, a POST carrying an idempotency key), so that it may be retried. */
  idempotent?: boolean;
}
