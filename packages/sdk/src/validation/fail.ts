import { type ValidationRule as ClientValidationRule, EthoraValidationError } from '@ethora/client';
import { describeValue } from './describe-value.js';

/**
 * The rule an argument of a repository method broke: the client's rules, and the repository's own for
 * Ethora's ids and users (`plain-id`, `app-id`, `email`). Stable strings that callers may switch on.
 */
export type ValidationRule = ClientValidationRule | 'plain-id' | 'app-id' | 'email';

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
