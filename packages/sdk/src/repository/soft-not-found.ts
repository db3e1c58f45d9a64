import { EthoraApiError } from '@ethora/client';

/** What a delete resolves to when the API says the thing to delete does not exist. */
export interface NotFoundOutcome {
  /** Always `false`: nothing was deleted. */
  ok: false;
  /** Why, e.g. `'Chat room not found'`. */
  reason: string;
}

/**
 * True for the API's 422 "not found" answer (the client reads it into `reason`, text or JSON body alike). A 404 is
 * not softened: on these routes it more likely means a wrong `apiUrl` than a missing room.
 */
function isNotFoundAnswer(error: unknown): boolean {
  return error instanceof EthoraApiError && error.status === 422 && error.reason === 'not-found';
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
