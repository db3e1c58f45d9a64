import { EthoraError } from './ethora-error.js';
import { callSuffix, describeCall, type EthoraRequestContext } from './request-context.js';

/**
 * What an error answer means for the thing the call was about, whatever status and wording the API used:
 * `'already-exists'` (409, or 422 saying "already exists": creating something that is there) or
 * `'not-found'` (404, or 422 saying "not found": acting on something that is not there).
 */
export type ApiErrorReason = 'already-exists' | 'not-found';

/** Everything {@link EthoraApiError} carries; built by `createApiError` from a response. */
export interface EthoraApiErrorInit extends EthoraRequestContext {
  /** HTTP status of the answer. */
  readonly status: number;
  /** HTTP reason phrase, when the server sent one. */
  readonly statusText?: string;
  /** The parsed JSON body with credential fields redacted, or `undefined` when it was not JSON. */
  readonly body?: unknown;
  /** The API's own error text (`error` or `message` of its error body). */
  readonly apiMessage?: string;
  /** The API's machine-readable code, such as `VALIDATION_ERROR`. */
  readonly code?: string;
  /** The first characters of a body that was empty, HTML or otherwise not JSON. */
  readonly bodyExcerpt?: string;
  /** How long the server asked the client to wait (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number;
  /** The server's own request id (from its error body or response header), when it differs from ours. */
  readonly serverRequestId?: string;
  /** What the answer means for the thing the call was about, when the API said so. */
  readonly reason?: ApiErrorReason;
}

/** The API answered with a non-2xx status; subclasses name the status family. */
export class EthoraApiError extends EthoraError {
  /** The class name: `'EthoraApiError'` here, each subclass sets its own (`'EthoraNotFoundError'`...). */
  override name = 'EthoraApiError';
  /** HTTP status of the answer. */
  readonly status: number;
  /** The parsed JSON error body (credential fields redacted), or `undefined` when it was not JSON. */
  readonly body: unknown;
  /** The API's own error text, when its body had one. */
  readonly apiMessage: string | undefined;
  /** The API's machine-readable code, such as `VALIDATION_ERROR`, when its body had one. */
  readonly code: string | undefined;
  /** The first characters of a body that was not JSON (an HTML error page, say). */
  readonly bodyExcerpt: string | undefined;
  /** HTTP method of the call. */
  readonly method: string;
  /** Path template of the operation, such as `/v2/apps/{appId}`. */
  readonly path: string;
  /** The request id this client sent (`x-request-id`), the same in every retry log line and in this error. */
  readonly requestId: string | undefined;
  /** The server's own id for the request (its error body's `requestId` or a different id in its header). */
  readonly serverRequestId: string | undefined;
  /**
   * `'already-exists'` or `'not-found'` when the answer says so (by status, or by the API's message where it
   * answers 422 for both), else `undefined`: the one check for "it is there already" or "it is gone".
   */
  readonly reason: ApiErrorReason | undefined;
  /** Attempts made, retries included. */
  readonly attempts: number;

  /** Creates the error; prefer letting the client build it (`unwrap`), which picks the right subclass. */
  constructor(init: EthoraApiErrorInit) {
    super(formatApiErrorMessage(init));
    this.status = init.status;
    this.body = init.body;
    this.apiMessage = init.apiMessage;
    this.code = init.code;
    this.bodyExcerpt = init.bodyExcerpt;
    this.method = init.method;
    this.path = init.path;
    this.requestId = init.requestId;
    this.serverRequestId = init.serverRequestId;
    this.reason = init.reason;
    this.attempts = init.attempts ?? 1;
  }

  /** A plain object for structured logs: status, code, messages, request ids; never headers or tokens. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      reason: this.reason,
      apiMessage: this.apiMessage,
      method: this.method,
      path: this.path,
      requestId: this.requestId,
      serverRequestId: this.serverRequestId,
      attempts: this.attempts,
      body: this.body,
      bodyExcerpt: this.bodyExcerpt,
    };
  }
}

/** 400: the API rejected the request as malformed. */
export class EthoraBadRequestError extends EthoraApiError {
  /** Always `'EthoraBadRequestError'`. */
  override name = 'EthoraBadRequestError';
}

/** 401: the credential is missing, malformed, expired or signed with the wrong key. */
export class EthoraAuthenticationError extends EthoraApiError {
  /** Always `'EthoraAuthenticationError'`. */
  override name = 'EthoraAuthenticationError';
}

/** 403: the credential is valid but may not do this. */
export class EthoraPermissionDeniedError extends EthoraApiError {
  /** Always `'EthoraPermissionDeniedError'`. */
  override name = 'EthoraPermissionDeniedError';
}

/** 404: the app, user, room, job or token does not exist. */
export class EthoraNotFoundError extends EthoraApiError {
  /** Always `'EthoraNotFoundError'`. */
  override name = 'EthoraNotFoundError';
}

/** 409: the resource already exists or changed meanwhile. */
export class EthoraConflictError extends EthoraApiError {
  /** Always `'EthoraConflictError'`. */
  override name = 'EthoraConflictError';
}

/** 422: the API's validation refused the input (its `code` is often `VALIDATION_ERROR`). */
export class EthoraUnprocessableEntityError extends EthoraApiError {
  /** Always `'EthoraUnprocessableEntityError'`. */
  override name = 'EthoraUnprocessableEntityError';
}

/** 429: too many requests; wait `retryAfterMs` (when the server said) before trying again. */
export class EthoraRateLimitError extends EthoraApiError {
  /** Always `'EthoraRateLimitError'`. */
  override name = 'EthoraRateLimitError';
  /** How long the server asked to wait, in milliseconds, from its `Retry-After` header. */
  readonly retryAfterMs: number | undefined;

  /** Creates the error with the wait the server asked for. */
  constructor(init: EthoraApiErrorInit) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Adds `retryAfterMs` to the base fields. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}

/** 5xx: the API or a proxy in front of it failed. */
export class EthoraServerError extends EthoraApiError {
  /** Always `'EthoraServerError'`. */
  override name = 'EthoraServerError';
}

function formatApiErrorMessage(init: EthoraApiErrorInit): string {
  const status = init.statusText ? `${init.status} ${init.statusText}` : String(init.status);
  let detail = '';
  if (init.apiMessage) detail = `: ${init.apiMessage}`;
  else if (init.bodyExcerpt !== undefined) {
    detail = init.bodyExcerpt
      ? ` with a non-JSON body: ${JSON.stringify(init.bodyExcerpt)}`
      : ' with an empty body';
  }
  const code = init.code ? ` [${init.code}]` : '';
  return `${describeCall(init)} failed with ${status}${detail}${code}${callSuffix(init, init.serverRequestId)}`;
}
