import { EthoraValidationError, type ValidationRule } from '@ethora/client';
import { describeValue } from './describe-value.js';

/** Throws an {@link EthoraValidationError} whose message names the argument, the rule and (unless secret) the value. */
export function fail(
  argument: string,
  rule: ValidationRule,
  expectation: string,
  value: unknown,
  secret = false,
): never {
  throw new EthoraValidationError(
    argument,
    rule,
    `Invalid argument "${argument}" (${rule}): ${expectation}; got ${describeValue(value, secret)}.`,
  );
}
