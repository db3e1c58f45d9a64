import type { UserInput } from '@ethora/client';
import { sha256Hex } from '../auth/scoped-key.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { assertEmail, assertString } from '../validation/assert-string.js';
import { plainId } from './wire-names.js';

/** Optional profile of a user created by `createUser`; any further field is passed through to the profile. */
export interface CreateUserData {
  /** E-mail address (default: `<userId>@<appId>.example.com`, a placeholder that never receives mail). */
  email?: UserInput['email'] | undefined;
  /** First name, at least 2 characters (default: the first word of `displayName`, else `User`). */
  firstName?: UserInput['firstName'] | undefined;
  /** Last name; a blank one or one shorter than 2 characters is replaced by `User`, as the previous SDK did. */
  lastName?: UserInput['lastName'] | undefined;
  /** Login password; none is sent when absent (the user signs in through your backend's client tokens). */
  password?: UserInput['password'] | undefined;
  /** Avatar URL. */
  profileImage?: UserInput['profileImage'] | undefined;
  /** Split into `firstName` (first word) and `lastName` (the rest) when those are not given; never sent. */
  displayName?: string | undefined;
  /** Accepted for compatibility with the previous SDK and never sent: roles are not set at creation. */
  role?: unknown | undefined;
  /**
   * Accepted for compatibility with the previous SDK, which ignored it: the uuid is always the `userId` argument.
   * A different value is not sent, and a warning says so.
   */
  uuid?: string | undefined;
  /** Further profile fields, passed through as given. */
  [field: string]: unknown;
}

/** Stands in for a name that is missing or too short, as the previous SDK did. */
const DEFAULT_NAME = 'User';
const MIN_NAME_LENGTH = 2;
const NEVER_SENT = new Set(['uuid', 'displayName', 'role']);
// Ids made only of these characters make a readable, valid e-mail local part; others are hashed.
const EMAIL_SAFE_ID = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

function optionalString(argument: string, value: unknown, secret = false): string | undefined {
  if (value === undefined) return undefined;
  assertString(argument, value, { secret });
  return value;
}

/** A placeholder address unique per app and user, the same on every call so retries do not change it. */
async function placeholderEmail(appId: string, userId: string): Promise<string> {
  const local =
    EMAIL_SAFE_ID.test(userId) && !userId.includes('..')
      ? userId
      : `user-${(await sha256Hex(userId)).slice(0, 32)}`;
  return `${local}@${appId.toLowerCase()}.example.com`;
}

// An empty or blank name counts as absent, as in the previous SDK; any other value must be a string.
function givenName(argument: string, value: unknown): string | undefined {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  assertString(argument, value);
  return value.trim();
}

function splitNames(data: CreateUserData): { firstName: string; lastName: string } {
  const words = givenName('userData.displayName', data.displayName)?.split(/\s+/) ?? [];
  const givenFirst = givenName('userData.firstName', data.firstName);
  if (givenFirst !== undefined)
    assertString('userData.firstName', givenFirst, { minLength: MIN_NAME_LENGTH });
  const first = words[0] ?? '';
  const firstName = givenFirst ?? (first.length >= MIN_NAME_LENGTH ? first : DEFAULT_NAME);
  // The rest of `displayName` is the last name only when the first name came from it too.
  const lastName =
    givenName('userData.lastName', data.lastName) ??
    (givenFirst === undefined ? words.slice(1).join(' ') : '');
  return { firstName, lastName: lastName.length >= MIN_NAME_LENGTH ? lastName : DEFAULT_NAME };
}

// The user an extra `uuid` names, prefix removed; `undefined` when it is no id at all (it is ignored either way).
function namedUser(appId: string, uuid: unknown): string | undefined {
  try {
    return plainId(appId, 'userData.uuid', uuid);
  } catch {
    return undefined;
  }
}

/** Called when `userData.uuid` names another user than the `userId` argument, which wins. */
export type UuidConflictWarning = (message: string, meta: Record<string, unknown>) => void;

/**
 * Builds the `usersList` entry for `createUser`, applying the previous SDK's defaults: names from `displayName`,
 * a last name of at least 2 characters, a placeholder e-mail; `displayName`, `role` and `uuid` are never sent.
 * A `userData.uuid` other than `userId` is ignored, as the previous SDK did, and reported through `warn`.
 */
export async function newUserInput(
  appId: string,
  userId: string,
  userData: unknown,
  warn: UuidConflictWarning,
): Promise<UserInput> {
  const data: CreateUserData = {};
  if (userData !== undefined) {
    assertPlainObject('userData', userData);
    Object.assign(data, userData);
  }
  if (data.uuid !== undefined && namedUser(appId, data.uuid) !== userId) {
    warn("userData.uuid is ignored: the user's uuid is the userId argument", {
      userId,
      ignoredUuid: data.uuid,
    });
  }
  const { firstName, lastName } = splitNames(data);
  let email: string;
  if (data.email === undefined) email = await placeholderEmail(appId, userId);
  else {
    assertEmail('userData.email', data.email);
    email = data.email;
  }
  const password = optionalString('userData.password', data.password, true);
  const profileImage = optionalString('userData.profileImage', data.profileImage);
  const extra = Object.fromEntries(
    Object.entries(data).filter(
      ([key, value]) =>
        !NEVER_SENT.has(key) &&
        !['email', 'firstName', 'lastName', 'password', 'profileImage'].includes(key) &&
        value !== undefined,
    ),
  );
  return {
    ...extra,
    uuid: userId,
    email,
    firstName,
    lastName,
    ...(password !== undefined ? { password } : {}),
    ...(profileImage !== undefined ? { profileImage } : {}),
  };
}
