import { redact, redactString } from '../logging/redact.js';
import { parseRetryAfter } from '../runtime/retry-policy.js';
import {
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
}

/** The first characters of a body with whitespace collapsed and credentials scrubbed. */
export function bodyExcerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > length ? `${flat.slice(0, length)}…` : flat;
  return redactString(cut);
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
 * from a JSON body (`{ error, code, requestId }`), an excerpt of any other body, the request id and
 * `Retry-After`. Never fails, whatever the body.
 */
export function apiErrorInit(parts: ErrorResponseParts, context: EthoraRequestContext): EthoraApiErrorInit {
  let body: unknown;
  let excerpt: string | undefined;
  if (typeof parts.body === 'string') {
    const parsed = parts.body.trim() === '' ? undefined : tryParseJson(parts.body);
    if (parsed && typeof parsed.value === 'object' && parsed.value !== null) body = parsed.value;
    else excerpt = bodyExcerpt(parts.body);
  } else if (parts.body === undefined || parts.body === null) {
    excerpt = '';
  } else {
    body = parts.body;
  }
  const fields = readErrorFields(body);
  // A short plain-text body (`Room not found`) is the API's message; an HTML page is not.
  if (fields.message === undefined && excerpt && !excerpt.startsWith('<')) fields.message = excerpt;
  const headerId = parts.requestIdHeader ? parts.headers.get(parts.requestIdHeader) : null;
  return {
    method: context.method,
    path: context.path,
    attempts: context.attempts,
    requestId: headerId ?? fields.requestId ?? context.requestId,
    status: parts.status,
    statusText: parts.statusText || undefined,
    body: body === undefined ? undefined : redact(body),
    apiMessage: fields.message === undefined ? undefined : redactString(fields.message),
    code: fields.code,
    bodyExcerpt: excerpt,
    retryAfterMs: parseRetryAfter(parts.headers.get('retry-after')),
  };
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
