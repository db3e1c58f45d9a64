import type { EthoraError } from '../errors/ethora-error.js';
import type { AttemptFailure } from './retry-policy.js';

const MAX_DEPTH = 4;

/**
 * Says in a few words why an attempt failed, for the `retrying` log line: `status 503`,
 * `network error ECONNREFUSED (not connected)`, `timeout`. Never includes a body, header or URL.
 */
export function failureReason(failure: AttemptFailure, error: EthoraError | undefined): string {
  switch (failure.kind) {
    case 'status':
      return `status ${failure.status}`;
    case 'timeout':
      return 'timeout';
    case 'network': {
      const code = errorCode(error?.cause);
      const base = code ? `network error ${code}` : 'network error';
      return failure.neverConnected ? `${base} (not connected)` : base;
    }
    default:
      return error?.name ?? 'failure';
  }
}

// The first `code` along the cause chain (`ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`...).
function errorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth >= MAX_DEPTH) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return typeof code === 'string' ? code : errorCode(cause, depth + 1);
}
