import type { EthoraApiError } from './errors/api-errors.js';
import { apiErrorInit, createApiError } from './errors/create-api-error.js';
import { errorInitOf } from './runtime/call-response.js';

/** The `{ data, error, response }` result of a client call. */
export interface EthoraResult<Data = unknown> {
  /** The parsed body of a 2xx answer; `undefined` when the call failed. */
  readonly data?: Data;
  /** The parsed body of a non-2xx answer; `undefined` when the call succeeded. */
  readonly error?: unknown;
  /** The HTTP response, body already read. */
  readonly response: Response;
}

/** The data type of a successful result (the `data` of the member without `error`). */
export type UnwrappedData<R> = R extends {
  /** Absent on the successful member. */
  error?: never;
  /** The body of the successful member. */
  data: infer Data;
}
  ? Data
  : never;

/**
 * Returns the data of a successful call, or throws the typed {@link EthoraApiError} subclass for
 * its status (`EthoraNotFoundError` for 404, `EthoraRateLimitError` for 429...). Accepts the
 * result or the promise of it: `const app = await unwrap(client.GET('/v2/apps/{appId}', ...))`.
 */
export function unwrap<R extends EthoraResult>(result: R): UnwrappedData<R>;
export function unwrap<R extends EthoraResult>(result: Promise<R>): Promise<UnwrappedData<R>>;
export function unwrap<R extends EthoraResult>(
  result: R | Promise<R>,
): UnwrappedData<R> | Promise<UnwrappedData<R>> {
  if (typeof (result as Promise<R>).then === 'function') return (result as Promise<R>).then(unwrapResult);
  return unwrapResult(result as R);
}

function unwrapResult<R extends EthoraResult>(result: R): UnwrappedData<R> {
  const { response } = result;
  if (response.ok) return result.data as UnwrappedData<R>;
  throw apiErrorOf(result);
}

/** The typed error of a failed result (for callers that branch on `error` rather than catch). */
export function apiErrorOf(result: EthoraResult): EthoraApiError {
  const { response } = result;
  const known = errorInitOf(response);
  if (known) return createApiError(known);
  // A response the client did not produce (a custom middleware replaced it): use what it shows.
  const path = response.url ? new URL(response.url).pathname : 'unknown path';
  return createApiError(
    apiErrorInit(
      {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: result.error,
      },
      { method: 'HTTP', path },
    ),
  );
}
