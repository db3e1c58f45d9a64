import { assertId } from './assert-id.js';
import { fail } from './fail.js';

/** An app id: the app's 24-character hexadecimal database id (a MongoDB ObjectId), in either case. */
export const APP_ID_PATTERN = /^[0-9a-f]{24}$/i;

/** Asserts an app id: the app's 24-character hexadecimal database id. */
export function assertAppId(argument: string, value: unknown): asserts value is string {
  assertId(argument, value);
  if (!APP_ID_PATTERN.test(value)) {
    fail(argument, 'app-id', "must be the app's 24-character hex id such as 65f1c2a9e4b0a1b2c3d4e5f6", value);
  }
}
