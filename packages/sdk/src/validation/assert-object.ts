import { fail } from './fail.js';

/** Asserts a plain object (not null, not an array), e.g. optional `roomData` or a user entry. */
export function assertPlainObject(
  argument: string,
  value: unknown,
): asserts value is Record<string, unknown> {
  if (value === undefined || value === null) fail(argument, 'required', 'an object is required', value);
  if (typeof value !== 'object' || Array.isArray(value)) fail(argument, 'type', 'expected an object', value);
}
