import { assertId, assertPlainId } from './assert-id.js';
import { fail } from './fail.js';

/** The API's batch limit for users, members and update lists. */
export const MAX_BATCH_SIZE = 100;

/** Size limits for {@link assertArray}. */
export interface ArrayRules {
  /** Minimum number of items (default 1: empty lists are rejected). */
  min?: number;
  /** Maximum number of items (default {@link MAX_BATCH_SIZE}). */
  max?: number;
}

/** Asserts an array without holes whose length lies within `min`..`max` (default 1..100). */
export function assertArray(
  argument: string,
  value: unknown,
  rules: ArrayRules = {},
): asserts value is unknown[] {
  const { min = 1, max = MAX_BATCH_SIZE } = rules;
  if (value === undefined || value === null) fail(argument, 'required', 'an array is required', value);
  if (!Array.isArray(value)) fail(argument, 'type', 'expected an array', value);
  if (value.length < min) {
    fail(argument, 'min-items', min === 1 ? 'must not be empty' : `must have at least ${min} items`, value);
  }
  if (value.length > max) fail(argument, 'max-items', `must have at most ${max} items`, value);
  // By index: `.forEach`, `.map` and `.some` skip the holes of a sparse array (`[, 'u1']`), which would drop an
  // item silently; a hole is refused like the `undefined` it reads as.
  for (let index = 0; index < value.length; index++) {
    if (!(index in value))
      fail(`${argument}[${index}]`, 'required', 'the list has a hole here (a sparse array)', undefined);
  }
}

/** Rules for {@link assertIdList}. */
export interface IdListRules extends ArrayRules {
  /** `'reject'` (default) throws on a repeated id; `'dedupe'` drops repeats, keeping first occurrences. */
  duplicates?: 'reject' | 'dedupe';
  /** Require plain ids (no `@` or `/`, default `true`); `false` also admits JIDs and chat names. */
  plain?: boolean;
}

/**
 * Checks a list of ids and returns it (deduplicated when asked). Duplicates are rejected by default:
 * a repeated id usually means a caller bug, and the server's handling of repeats is not documented.
 */
export function assertIdList(argument: string, value: unknown, rules: IdListRules = {}): string[] {
  const { duplicates = 'reject', plain = true } = rules;
  // Size limits apply to the list as given, so a list of 101 ids with repeats is still rejected.
  assertArray(argument, value, rules);
  const check: (argument: string, value: unknown) => void = plain ? assertPlainId : assertId;
  const seen = new Set<string>();
  const result: string[] = [];
  value.forEach((item, index) => {
    check(`${argument}[${index}]`, item);
    const id = item as string;
    if (seen.has(id)) {
      if (duplicates === 'reject') fail(`${argument}[${index}]`, 'duplicate', 'ids must be unique', id);
      return;
    }
    seen.add(id);
    result.push(id);
  });
  return result;
}
