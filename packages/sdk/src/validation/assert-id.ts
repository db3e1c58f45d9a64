import { isDotSegment } from '@ethora/client';
import { fail } from './fail.js';

/** Longest identifier accepted; keeps wire names and XMPP local parts within sane bounds. */
const MAX_ID_LENGTH = 256;

const WHITESPACE = /\s/;

/**
 * Asserts a non-empty identifier string without whitespace that is not `.` or `..` (percent-encoded or not);
 * `@` and `/` are allowed (JIDs, chat names).
 */
export function assertId(argument: string, value: unknown): asserts value is string {
  if (value === undefined || value === null) fail(argument, 'required', 'an id string is required', value);
  if (typeof value !== 'string') fail(argument, 'type', 'expected an id string', value);
  if (value.length === 0) fail(argument, 'non-empty', 'must not be empty', value);
  if (WHITESPACE.test(value)) fail(argument, 'no-whitespace', 'must not contain whitespace', value);
  if (isDotSegment(value)) {
    fail(argument, 'dot-segment', 'must not be "." or ".." (percent-encoded or not)', value);
  }
  if (value.length > MAX_ID_LENGTH) {
    fail(argument, 'max-length', `must be at most ${MAX_ID_LENGTH} characters long`, value);
  }
}

/** Asserts a plain id (a user or chat uuid): like {@link assertId} and also free of `@` and `/`. */
export function assertPlainId(argument: string, value: unknown): asserts value is string {
  assertId(argument, value);
  if (value.includes('@') || value.includes('/')) {
    fail(argument, 'plain-id', 'must be a plain id without "@" or "/" (not a JID)', value);
  }
}
