import { declaredResponse, type SpecOperation } from '../spec/spec-document.js';
import type { SpecValidators } from '../spec/validators.js';

/** An answer of the emulator that the spec does not allow. */
export interface ContractViolation {
  /** `METHOD /template` of the operation. */
  readonly operation: string;
  /** The path that was requested. */
  readonly path: string;
  /** The status the emulator answered with. */
  readonly status: number;
  /** What is wrong: an undeclared status, or the fields that break the response schema. */
  readonly problems: readonly string[];
}

/** Checks one answer against its operation: the status must be declared, a JSON body must match its schema. */
export function answerProblems(
  validators: SpecValidators,
  operation: SpecOperation,
  status: number,
  body: unknown,
): string[] {
  const declared = declaredResponse(operation, status);
  if (declared === undefined) {
    const known = [...operation.responses.keys()].join(', ');
    return [`status ${status} is not declared (declared: ${known})`];
  }
  const pointer = operation.responses.get(declared);
  if (pointer === undefined || body === undefined) return [];
  return validators.check(pointer, body, 'body').map((field) => field.message);
}
