import type { components } from '@ethora/client';
import { assertArray } from '../validation/assert-list.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { fail } from '../validation/fail.js';
import { memberName } from './wire-names.js';

type UpdateUserInput = components['schemas']['UpdateUserInput'];

/** New values for one user in `updateUsers`; fields other than these are dropped, as are empty strings. */
export interface UserUpdate {
  /** The user's XMPP username `<appId>_<userId>`; a plain userId is accepted and prefixed. */
  xmppUsername?: UpdateUserInput['xmppUsername'] | undefined;
  /** The plain userId, used when `xmppUsername` is absent (the previous SDK's field). */
  userId?: string | undefined;
  /** New first name. */
  firstName?: UpdateUserInput['firstName'] | undefined;
  /** New last name. */
  lastName?: UpdateUserInput['lastName'] | undefined;
  /** New username. */
  username?: UpdateUserInput['username'] | undefined;
  /** New avatar URL. */
  profileImage?: UpdateUserInput['profileImage'] | undefined;
  /** Any other field (such as `email`, which the API refuses) is dropped before sending. */
  [field: string]: unknown;
}

/** Most users one `updateUsers` call accepts. */
export const MAX_USER_UPDATES = 100;
const UPDATABLE = ['firstName', 'lastName', 'username', 'profileImage'] as const;

/** Validates `updateUsers` input (1–100 entries, each naming a user once) and returns the wire entries. */
export function userUpdateInputs(appId: string, users: unknown): UpdateUserInput[] {
  assertArray('users', users, { min: 1, max: MAX_USER_UPDATES });
  const seen = new Set<string>();
  return users.map((entry, index) => {
    const at = `users[${index}]`;
    assertPlainObject(at, entry);
    const hasName = entry.xmppUsername !== undefined && entry.xmppUsername !== '';
    const xmppUsername = hasName
      ? memberName(appId, `${at}.xmppUsername`, entry.xmppUsername)
      : memberName(appId, `${at}.userId`, entry.userId);
    if (seen.has(xmppUsername))
      fail(`${at}.xmppUsername`, 'duplicate', 'each user may appear once', xmppUsername);
    seen.add(xmppUsername);
    const input: UpdateUserInput = { xmppUsername };
    for (const field of UPDATABLE) {
      const value = entry[field];
      if (value === undefined || value === '') continue;
      if (typeof value !== 'string') fail(`${at}.${field}`, 'type', 'expected a string', value);
      if (value.trim() === '') fail(`${at}.${field}`, 'non-empty', 'must not be blank', value);
      input[field] = value;
    }
    return input;
  });
}
