import { assertOptionalBoolean } from '../validation/assert-choice.js';
import { assertLimit, assertOffset } from '../validation/assert-number.js';
import type { FieldCheck } from './pick-options.js';

/** Checks for the `limit`/`offset` fields every list endpoint takes (1–500 and 0 or more). */
export const pageChecks = { limit: assertLimit, offset: assertOffset } as const satisfies Record<
  string,
  FieldCheck
>;

/** Checks for list endpoints that can include each room's members. */
export const roomPageChecks = { ...pageChecks, includeMembers: assertOptionalBoolean } as const;
