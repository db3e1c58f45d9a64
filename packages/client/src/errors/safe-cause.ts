import { redactString } from '../logging/redact.js';

const MAX_CAUSE_DEPTH = 4;
// Fields of Node system errors that help diagnose a failure and never hold a credential.
const SAFE_FIELDS = ['code', 'errno', 'syscall'] as const;

/**
 * Copies an error into a plain `Error` with only its name, a scrubbed message, `code`/`errno`/
 * `syscall` and a likewise copied cause. Errors from `fetch` or `node:http` can reference a request,
 * its headers or a socket; the copy cannot, so a cause chain never leaks a token.
 */
export function safeCause(error: unknown, depth = 0): Error | undefined {
  if (error === undefined || error === null || depth >= MAX_CAUSE_DEPTH) return undefined;
  if (!(error instanceof Error)) {
    const text = typeof error === 'string' ? error : typeof error;
    return new Error(redactString(text));
  }
  const inner = safeCause((error as { cause?: unknown }).cause, depth + 1);
  const copy = new Error(redactString(error.message), inner ? { cause: inner } : undefined);
  copy.name = error.name;
  copy.stack = `${copy.name}: ${copy.message}`;
  for (const field of SAFE_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') {
      Object.defineProperty(copy, field, { value, enumerable: true });
    }
  }
  return copy;
}
