// Failures that happen before a connection exists: the request cannot have reached the server.
// `fetch` (undici) wraps them in a `TypeError('fetch failed')` whose `cause` carries the code;
// `node:http` rejects with the system error itself.
const NEVER_CONNECTED_CODES = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT']);
const NEVER_CONNECTED_SYSCALLS = new Set(['connect', 'getaddrinfo']);
const MAX_DEPTH = 4;

/**
 * True when a transport error shows that no connection was established (refused, connect timeout,
 * DNS failure), so nothing of the request was sent and repeating it is safe for any method.
 */
export function neverConnected(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth >= MAX_DEPTH) return false;
  const { code, syscall, cause } = error as { code?: unknown; syscall?: unknown; cause?: unknown };
  if (typeof code === 'string' && NEVER_CONNECTED_CODES.has(code)) return true;
  if (typeof syscall === 'string' && NEVER_CONNECTED_SYSCALLS.has(syscall)) return true;
  return neverConnected(cause, depth + 1);
}
