import { fail } from './fail.js';

/** Largest page size the list endpoints accept. */
export const MAX_PAGE_LIMIT = 500;

/** Bounds for {@link assertInteger}. */
export interface IntegerRules {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
}

/** Asserts a safe integer within `min`..`max`. */
export function assertInteger(
  argument: string,
  value: unknown,
  rules: IntegerRules = {},
): asserts value is number {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = rules;
  if (value === undefined || value === null) fail(argument, 'required', 'a number is required', value);
  if (typeof value !== 'number') fail(argument, 'type', 'expected a number', value);
  if (!Number.isSafeInteger(value)) fail(argument, 'integer', 'must be a whole number', value);
  if (value < min || value > max) {
    const bounds = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
    fail(argument, 'range', `must be ${bounds}`, value);
  }
}

/** Asserts an optional page size: `undefined`, or an integer from 1 to 500. */
export function assertLimit(argument: string, value: unknown): asserts value is number | undefined {
  if (value !== undefined) assertInteger(argument, value, { min: 1, max: MAX_PAGE_LIMIT });
}

/** Asserts an optional page offset: `undefined`, or an integer of 0 or more. */
export function assertOffset(argument: string, value: unknown): asserts value is number | undefined {
  if (value !== undefined) assertInteger(argument, value, { min: 0 });
}
