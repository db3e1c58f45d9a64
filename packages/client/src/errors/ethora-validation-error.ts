import { EthoraError } from './ethora-error.js';

/** The rule an argument broke; stable strings that callers may switch on. */
export type ValidationRule =
  | 'required'
  | 'type'
  | 'non-empty'
  | 'no-whitespace'
  | 'plain-id'
  | 'min-length'
  | 'max-length'
  | 'min-items'
  | 'max-items'
  | 'duplicate'
  | 'email'
  | 'integer'
  | 'range'
  | 'app-id'
  | 'one-of'
  | 'exactly-one'
  | 'format';

/** Thrown before any request is sent when a method argument or a per-call option is invalid. */
export class EthoraValidationError extends EthoraError {
  /** Always `'EthoraValidationError'`. */
  override name = 'EthoraValidationError';
  /** The argument at fault, with a path for nested values (e.g. `userIds[2]`, `users[0].lastName`). */
  readonly argument: string;
  /** The rule it broke. */
  readonly rule: ValidationRule;

  /** Creates the error; `message` should name both the argument and the rule. */
  constructor(argument: string, rule: ValidationRule, message: string) {
    super(message);
    this.argument = argument;
    this.rule = rule;
  }
}
