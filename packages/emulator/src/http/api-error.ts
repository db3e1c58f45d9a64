import type { SpecOperation } from '../spec/spec-document.js';
import type { FieldError } from '../spec/validators.js';

/** Details of an {@link ApiError} beyond its status and message. */
export interface ApiErrorOptions {
  /** One of the codes the API is known to send (`VALIDATION_ERROR`, `APP_NOT_FOUND`, `USER_NOT_FOUND`). */
  readonly code?: string | undefined;
  readonly details?: Record<string, unknown> | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /**
   * Statuses to use instead, in order, when the operation's spec does not declare `status`: the emulator
   * answers only with statuses the spec documents for the operation.
   */
  readonly orElse?: readonly number[] | undefined;
}

/** An error answer of the emulated API: status plus the spec's error body `{ success: false, error, code? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly options: ApiErrorOptions = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The status to answer with for `operation`: `status`, or the first alternative the operation declares. */
  statusFor(operation: SpecOperation | undefined): number {
    if (operation === undefined || operation.responses.has(String(this.status))) return this.status;
    return this.options.orElse?.find((status) => operation.responses.has(String(status))) ?? this.status;
  }
}

/** 422 `VALIDATION_ERROR` (400 where the spec declares no 422) naming the failed fields, like Joi's messages. */
export function validationError(fields: readonly FieldError[]): ApiError {
  const message = fields.map((field) => field.message).join('; ') || 'Validation failed';
  const details = { fields: fields.map((field) => ({ ...field })) };
  return new ApiError(422, message, { code: 'VALIDATION_ERROR', details, orElse: [400] });
}

/** 422 `VALIDATION_ERROR` for one field. */
export function invalidField(path: string, text: string): ApiError {
  return validationError([{ path, message: `"${path}" ${text}` }]);
}

/** A request the API refuses as it stands ("already exists", "not enabled"): 422, or 400 where 422 is not declared. */
export function refused(message: string, code?: string): ApiError {
  return new ApiError(422, message, { code, orElse: [400] });
}

/**
 * A missing entity: the operation's 404 where the spec declares one, else 422 with a "not found" message (how the
 * platform reports missing entities where it is known; the previous SDK relies on the text), else 400.
 */
export function notFound(message: string, code?: string): ApiError {
  return new ApiError(404, message, { code, orElse: [422, 400] });
}

/** The app named in the path does not exist: 404 where declared, else 400 `APP_NOT_FOUND` as attested. */
export function appNotFound(): ApiError {
  return new ApiError(404, 'App not found', { code: 'APP_NOT_FOUND', orElse: [400] });
}

/** 401 with the given reason. */
export function unauthorized(message: string, code?: string): ApiError {
  return new ApiError(401, message, { code });
}
