import { fail } from './fail.js';

/** Asserts an optional value that, when present, is one of `choices` (an enum of the spec). */
export function assertOptionalChoice<T extends string>(
  argument: string,
  value: unknown,
  choices: readonly T[],
): asserts value is T | undefined {
  if (value === undefined) return;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    fail(argument, 'one-of', `must be one of ${choices.map((choice) => `"${choice}"`).join(', ')}`, value);
  }
}

/** Asserts an optional boolean. */
export function assertOptionalBoolean(
  argument: string,
  value: unknown,
): asserts value is boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') fail(argument, 'type', 'expected a boolean', value);
}
