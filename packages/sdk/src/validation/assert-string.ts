import { fail } from './fail.js';

/** Limits for {@link assertString}. */
export interface StringRules {
  /** Minimum length after trimming surrounding whitespace (default 1). */
  minLength?: number;
  /** Maximum length (default unlimited). */
  maxLength?: number;
  /** Hide the value in error messages (passwords, tokens). */
  secret?: boolean;
}

/** Asserts a non-blank string within the given length limits (e.g. `lastName` with `minLength: 2`). */
export function assertString(
  argument: string,
  value: unknown,
  rules: StringRules = {},
): asserts value is string {
  const { minLength = 1, maxLength, secret = false } = rules;
  if (value === undefined || value === null)
    fail(argument, 'required', 'a string is required', value, secret);
  if (typeof value !== 'string') fail(argument, 'type', 'expected a string', value, secret);
  const length = value.trim().length;
  if (length === 0) fail(argument, 'non-empty', 'must not be empty or blank', value, secret);
  if (length < minLength) {
    fail(argument, 'min-length', `must be at least ${minLength} characters long`, value, secret);
  }
  if (maxLength !== undefined && value.length > maxLength) {
    fail(argument, 'max-length', `must be at most ${maxLength} characters long`, value, secret);
  }
}

// Pragmatic shape check (local@domain.tld, no spaces); the server has the final word.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Asserts a plausible e-mail address (`local@domain.tld`, at most 254 characters). */
export function assertEmail(argument: string, value: unknown): asserts value is string {
  assertString(argument, value, { maxLength: 254 });
  if (!EMAIL_PATTERN.test(value))
    fail(argument, 'email', 'must be an e-mail address like name@example.com', value);
}
