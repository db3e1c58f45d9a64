import { EthoraError } from './ethora-error.js';

/**
 * A rule an argument broke, among those every Ethora package may check; stable strings that callers may
 * switch on. A package adds rules of its own (`@ethora/sdk`'s `RepositoryValidationRule`, say).
 */
export type ValidationRule =
  | 'required'
  | 'type'
  | 'non-empty'
  | 'no-whitespace'
  | 'min-length'
  | 'max-length'
  | 'min-items'
  | 'max-items'
  | 'duplicate'
  | 'integer'
  | 'range'
  | 'one-of'
  | 'exactly-one'
  /** An id that is `.` or `..` (percent-encoded or not): a path segment that would change the request path. */
  | 'dot-segment';

/** Thrown before any request is sent when a method argument or a per-call option is invalid. */
export class EthoraValidationError extends EthoraError {
  /** Always `'EthoraValidationError'`. */
  override name = 'EthoraValidationError';
  /** The argument at fault, with a path for nested values (e.g. `userIds[2]`, `users[0].lastName`). */
  readonly argument: string;
  /** The rule it broke: a {@link ValidationRule}, or one of the package that threw (such as `'plain-id'`). */
  readonly rule: ValidationRule | (string & {});

  /** Creates the error; `message` should name both the argument and the rule. */
  constructor(argument: string, rule: ValidationRule | (string & {}), message: string) {
    super(message);
    this.argument = argument;
    this.rule = rule;
  }
}
