import { EthoraApiError, EthoraNotFoundError } from '@ethora/client';
import { isNotFoundAnswer } from '../repository/soft-not-found.js';

const ALREADY_EXISTS = /already exist/i;

/** True for a 409, or a 422 whose message says "already exists": creating something that is there. */
export function isAlreadyExistsAnswer(error: unknown): boolean {
  if (!(error instanceof EthoraApiError)) return false;
  if (error.status === 409) return true;
  return (
    error.status === 422 &&
    [error.apiMessage, error.bodyExcerpt].some((text) => text && ALREADY_EXISTS.test(text))
  );
}

/** True for a 404, or a 422 saying "not found": deleting something that is already gone. */
export function isGoneAnswer(error: unknown): boolean {
  return error instanceof EthoraNotFoundError || isNotFoundAnswer(error);
}
