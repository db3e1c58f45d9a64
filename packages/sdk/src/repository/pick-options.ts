import { assertPlainObject } from '../validation/assert-object.js';

/** Checks one field of an options object; throws `EthoraValidationError` when the value is bad. */
export type FieldCheck = (argument: string, value: unknown) => void;

/**
 * Validates an optional options object (a query or a patch) field by field and returns a copy holding
 * only the known, defined fields, so nothing the API does not document reaches the wire.
 * Returns `undefined` when `value` is `undefined` or has no defined known field.
 */
export function pickOptions<T extends object>(
  argument: string,
  value: unknown,
  checks: { readonly [K in keyof T]-?: FieldCheck },
): T | undefined {
  if (value === undefined) return undefined;
  assertPlainObject(argument, value);
  const picked: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(checks) as [string, FieldCheck][]) {
    const field = value[key];
    if (field === undefined) continue;
    check(`${argument}.${key}`, field);
    picked[key] = field;
  }
  return Object.keys(picked).length > 0 ? (picked as T) : undefined;
}
