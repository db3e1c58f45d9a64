import type { SpecOperation } from '../spec/spec-document.js';
import type { FieldError } from '../spec/validators.js';

/** An error answer of the emulated API: status plus the spec's error body `{ success: false, error, code? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** One of the codes the API is known to send (`VALIDATION_ERROR`, `APP_NOT_FOUND`, `USER_NOT_FOUND`). */
    readonly code?: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 422 `VALIDATION_ERROR` naming the failed fields, like the platform's Joi messages. */
export function validationError(fields: readonly FieldError[]): ApiError {
  const message = fields.map((field) => field.message).join('; ') || 'Validation failed';
  return new ApiError(422, message, 'VALIDATION_ERROR', { fields: fields.map((field) => ({ ...field })) });
}

/** 422 `VALIDATION_ERROR` for one field. */
export function invalidField(path: string, text: string): ApiError {
  return validationError([{ path, message: `"${path}" ${text}` }]);
}

/**
 * A missing entity. The platform reports one as 422 with a "not found" message on the routes where it is known
 * (the previous SDK relies on that text); where the spec declares a 404 for the operation, that is used instead.
 */
export function notFound(operation: SpecOperation | undefined, message: string, code?: string): ApiError {
  const status = operation?.responses.has('404') ? 404 : 422;
  return new ApiError(status, message, code);
}

/** 401 with the given reason. */
export function unauthorized(message: string, code?: string): ApiError {
  return new ApiError(401, message, code);
}
