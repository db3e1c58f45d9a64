import { EthoraAbortError, EthoraError } from '@ethora/client';
import { assertInteger, MAX_PAGE_LIMIT } from '../validation/assert-number.js';
import { fail } from '../validation/fail.js';

/** Default number of items fetched per request by the `iterate...` methods. */
export const DEFAULT_PAGE_SIZE = 100;

/** Paging options of the `iterate...` methods. */
export interface PaginationOptions {
  /** Items per request, 1–500 (default 100). */
  pageSize?: number | undefined;
  /** Items to skip before the first one yielded (default 0). */
  offset?: number | undefined;
  /** Stops the iteration, and the request in flight, with `EthoraAbortError`. */
  signal?: AbortSignal | undefined;
}

/** One page request: what the fetcher sends. */
export interface PageRequest {
  /** Page size (`limit`). */
  readonly limit: number;
  /** Items to skip (`offset`). */
  readonly offset: number;
  /** The caller's signal, to pass to the request. */
  readonly signal: AbortSignal | undefined;
}

/** One fetched page: its items and, when the API gives it, the total count. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total?: number;
}

/** Validated paging settings. */
export interface PagingSettings {
  readonly pageSize: number;
  readonly offset: number;
  readonly signal: AbortSignal | undefined;
}

/** Validates {@link PaginationOptions} taken from `options` (an argument named `argument`). */
export function pagingSettings(argument: string, options: Record<string, unknown>): PagingSettings {
  const { pageSize = DEFAULT_PAGE_SIZE, offset = 0, signal } = options;
  assertInteger(`${argument}.pageSize`, pageSize, { min: 1, max: MAX_PAGE_LIMIT });
  assertInteger(`${argument}.offset`, offset, { min: 0 });
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    fail(`${argument}.signal`, 'type', 'expected an AbortSignal', signal);
  }
  return { pageSize, offset, signal };
}

/**
 * Yields every item of a limit/offset list, one request per page, until a page comes back empty, or short
 * (when the API gives no `total`), or the `total` is reached. `operation` names the route in errors.
 */
export async function* paginate<T>(
  operation: string,
  settings: PagingSettings,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  const { pageSize, signal } = settings;
  let offset = settings.offset;
  let previousFirst: string | undefined;
  const checkSignal = () => {
    if (signal?.aborted) throw new EthoraAbortError({ method: 'GET', path: operation }, signal.reason);
  };
  for (;;) {
    checkSignal();
    const page = await fetchPage({ limit: pageSize, offset, signal });
    const { items } = page;
    if (items.length === 0) return;
    // A server that ignores `offset` would return the same page forever; fail instead of looping.
    const first = JSON.stringify(items[0]);
    if (previousFirst !== undefined && first === previousFirst) {
      throw new EthoraError(
        `GET ${operation} returned the same page for offset ${offset}: the API ignored "offset".`,
      );
    }
    previousFirst = first;
    for (const item of items) {
      // Checked per item too, so an abort stops the loop at once rather than at the end of the page.
      checkSignal();
      yield item;
    }
    offset += items.length;
    // With a total, a short page may just be a server-side cap on the page size; without one it is the end.
    if (page.total !== undefined ? offset >= page.total : items.length < pageSize) return;
  }
}

/** Reads the list under `key` of a page body; a body without it is an error naming the route. */
export function pageItems<T>(operation: string, body: unknown, key: string): Page<T> {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const items = record[key];
  if (!Array.isArray(items)) {
    throw new EthoraError(`GET ${operation} answered without a "${key}" list, so its pages cannot be read.`);
  }
  const total =
    typeof record.total === 'number' && Number.isSafeInteger(record.total) ? record.total : undefined;
  return { items: items as T[], total };
}
