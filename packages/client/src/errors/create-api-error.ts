import { redact, redactString } from '../logging/redact.js';
import { parseRetryAfter } from '../runtime/retry-policy.js';
import {
  type ApiErrorReason,
  EthoraApiError,
  type EthoraApiErrorInit,
  EthoraAuthenticationError,
  EthoraBadRequestError,
  EthoraConflictError,
  EthoraNotFoundError,
  EthoraPermissionDeniedError,
  EthoraRateLimitError,
  EthoraServerError,
  EthoraUnprocessableEntityError,
} from './api-errors.js';
import type { EthoraRequestContext } from './request-context.js';

const EXCERPT_LENGTH = 200;
const ALREADY_EXISTS = /already exist/i;
const NOT_FOUND = /not found/i;

/** What `apiErrorInit` needs from a non-2xx answer. */
export interface ErrorResponseParts {
  readonly status: number;
  readonly statusText?: string;
  /** Only `Retry-After` and the request id header are read. */
  readonly headers: Headers;
  /** The raw body text, or an already parsed body (openapi-fetch's `error`). */
  readonly body: string | unknown;
  /** Header the server may echo its request id in. */
  readonly requestIdHeader?: string;
  /** The credentials the call sent and the client knows, scrubbed from every string the error copies. */
  readonly secrets?: readonly string[];
}

/** The first characters of a body with whitespace collapsed and `secrets` and other credentials scrubbed. */
export function bodyExcerpt(text: string, secrets: readonly string[] = [], length = EXCERPT_LENGTH): string {
  // Scrubbed before the cut, so that a credential cut in two never leaves its first half behind.
  const flat = redactString(text.replace(/\s+/g, ' ').trim(), secrets);
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/** Parses `text` as JSON, or returns `undefined` when it is not JSON. */
function tryParseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * Turns a non-2xx answer into the fields of an {@link EthoraApiError}: the API's message and code
 * from a JSON body (`{ error, code, requestId }`), an excerpt of any other body, our request id and
 * the server's, the {@link ApiErrorReason} and `Retry-After`. Every string taken from the answer
 * (reason phrase, header, body values and keys) is scrubbed of `parts.secrets` and anything shaped
 * like a credential, since a server may echo the request's token anywhere. Never fails, whatever the body.
 */
export function apiErrorInit(parts: ErrorResponseParts, context: EthoraRequestContext): EthoraApiErrorInit {
  const secrets = parts.secrets ?? [];
  const scrub = (text: string | undefined) => (text ? redactString(text, secrets) : undefined);
  let body: unknown;
  let excerpt: string | undefined;
  if (typeof parts.body === 'string') {
    const parsed = parts.body.trim() === '' ? undefined : tryParseJson(parts.body);
    if (parsed && typeof parsed.value === 'object' && parsed.value !== null) body = parsed.value;
    else excerpt = bodyExcerpt(parts.body, secrets);
  } else if (parts.body === undefined || parts.body === null) {
    excerpt = '';
  } else {
    body = parts.body;
  }
  const fields = readErrorFields(body);
  // A short plain-text body (`Room not found`) is the API's message; an HTML page is not.
  if (fields.message === undefined && excerpt && !excerpt.startsWith('<')) fields.message = excerpt;
  // Our id stays the call's id (it is what the retry log lines show); the server's own id is kept beside it.
  const headerId = parts.requestIdHeader ? parts.headers.get(parts.requestIdHeader) : null;
  const serverId = scrub(
    fields.requestId ?? (headerId && headerId !== context.requestId ? headerId : undefined),
  );
  const reason = reasonOf(parts.status, fields.message);
  return {
    method: context.method,
    path: context.path,
    attempts: context.attempts,
    requestId: context.requestId,
    ...(serverId !== undefined && serverId !== context.requestId ? { serverRequestId: serverId } : {}),
    ...(reason !== undefined ? { reason } : {}),
    status: parts.status,
    statusText: scrub(parts.statusText),
    body: body === undefined ? undefined : redact(body, secrets),
    apiMessage: scrub(fields.message),
    code: scrub(fields.code),
    bodyExcerpt: excerpt,
    retryAfterMs: parseRetryAfter(parts.headers.get('retry-after')),
  };
}

/**
 * The one place that reads "already exists" and "not found" out of an answer. The API answers a duplicate room
 * and a missing room or user with 422 and no code, so for 422 only its message tells; 409 and 404 say it by status.
 */
function reasonOf(status: number, message: string | undefined): ApiErrorReason | undefined {
  if (status === 409) return 'already-exists';
  if (status === 404) return 'not-found';
  if (status !== 422 || message === undefined) return undefined;
  if (ALREADY_EXISTS.test(message)) return 'already-exists';
  if (NOT_FOUND.test(message)) return 'not-found';
  return undefined;
}

/** Builds the error for an answer: the subclass of {@link EthoraApiError} that matches its status. */
export function createApiError(init: EthoraApiErrorInit): EthoraApiError {
  const ErrorClass = errorClassFor(init.status);
  return new ErrorClass(init);
}

function errorClassFor(status: number): new (init: EthoraApiErrorInit) => EthoraApiError {
  switch (status) {
    case 400:
      return EthoraBadRequestError;
    case 401:
      return EthoraAuthenticationError;
    case 403:
      return EthoraPermissionDeniedError;
    case 404:
      return EthoraNotFoundError;
    case 409:
      return EthoraConflictError;
    case 422:
      return EthoraUnprocessableEntityError;
    case 429:
      return EthoraRateLimitError;
    default:
      return status >= 500 ? EthoraServerError : EthoraApiError;
  }
}

function readErrorFields(body: unknown): { message?: string; code?: string; requestId?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const nested =
    typeof record.error === 'object' && record.error !== null
      ? (record.error as Record<string, unknown>)
      : {};
  const message = firstString(record.error, record.message, nested.message, record.detail, record.title);
  const code = firstString(record.code, nested.code);
  const requestId = firstString(record.requestId, record.request_id);
  return { message, code, requestId };
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) if (typeof value === 'string' && value !== '') return value;
  return undefined;
}
