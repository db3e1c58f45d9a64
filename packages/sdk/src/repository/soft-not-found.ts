import { EthoraError } from '@ethora/client';

/** What a delete resolves to when the API says the thing to delete does not exist. */
export interface NotFoundOutcome {
  /** Always `false`: nothing was deleted. */
  ok: false;
  /** Why, e.g. `'Chat room not found'`. */
  reason: string;
}

const NOT_FOUND = /not found/i;

/** True for a 422 answer whose body (JSON `error`/`message`, or plain text) says "not found", in any case. */
export function isNotFoundAnswer(error: unknown): boolean {
  if (!(error instanceof EthoraError)) return false;
  const answer = error as EthoraError & { status?: unknown; apiMessage?: unknown; bodyExcerpt?: unknown };
  if (answer.status !== 422) return false;
  return [answer.apiMessage, answer.bodyExcerpt].some(
    (text) => typeof text === 'string' && NOT_FOUND.test(text),
  );
}

/**
 * Awaits a delete and turns the API's 422 "not found" answer into `{ ok: false, reason }`, as the previous SDK did,
 * so that deleting something already gone is not an error. Every other failure is rethrown unchanged.
 */
export async function softNotFound<T>(reason: string, pending: Promise<T>): Promise<T | NotFoundOutcome> {
  try {
    return await pending;
  } catch (error) {
    if (isNotFoundAnswer(error)) return { ok: false, reason };
    throw error;
  }
}
