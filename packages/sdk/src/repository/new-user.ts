import type { UserInput } from '@ethora/client';
import { sha256Hex } from '../auth/scoped-key.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { assertEmail, assertString } from '../validation/assert-string.js';
import { fail } from '../validation/fail.js';

/** Optional profile of a user created by `createUser`; any further field is passed through to the profile. */
export interface CreateUserData {
  /** E-mail address (default: `<userId>@<appId>.example.com`, a placeholder that never receives mail). */
  email?: UserInput['email'];
  /** First name, at least 2 characters (default: the first word of `displayName`, else `User`). */
  firstName?: UserInput['firstName'];
  /** Last name; one shorter than 2 characters is replaced by `User`, as the previous SDK did. */
  lastName?: UserInput['lastName'];
  /** Login password; none is sent when absent (the user signs in through your backend's client tokens). */
  password?: UserInput['password'];
  /** Avatar URL. */
  profileImage?: UserInput['profileImage'];
  /** Split into `firstName` (first word) and `lastName` (the rest) when those are not given; never sent. */
  displayName?: string;
  /** Accepted for compatibility with the previous SDK and never sent: roles are not set at creation. */
  role?: unknown;
  /** Further profile fields, passed through as given. */
  [field: string]: unknown;
}

/** Stands in for a name that is missing or too short, as the previous SDK did. */
export const DEFAULT_NAME = 'User';
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

function splitNames(data: CreateUserData): { firstName: string; lastName: string } {
  const displayName =
    data.displayName === '' ? undefined : optionalString('userData.displayName', data.displayName);
  const words = displayName?.trim().split(/\s+/) ?? [];
  // An empty name counts as absent, as in the previous SDK.
  let firstName = data.firstName === '' ? undefined : optionalString('userData.firstName', data.firstName);
  if (firstName !== undefined) {
    assertString('userData.firstName', firstName, { minLength: MIN_NAME_LENGTH });
  } else {
    const first = words[0] ?? '';
    firstName = first.length >= MIN_NAME_LENGTH ? first : DEFAULT_NAME;
  }
  const givenLast = data.lastName === '' ? undefined : optionalString('userData.lastName', data.lastName);
  const lastName = (
    givenLast ?? (data.firstName === undefined || data.firstName === '' ? words.slice(1).join(' ') : '')
  ).trim();
  return {
    firstName: firstName.trim(),
    lastName: lastName.length >= MIN_NAME_LENGTH ? lastName : DEFAULT_NAME,
  };
}

/**
 * Builds the `usersList` entry for `createUser`, applying the previous SDK's defaults: names from `displayName`,
 * a last name of at least 2 characters, a placeholder e-mail; `displayName`, `role` and `uuid` are never sent.
 */
export async function newUserInput(appId: string, userId: string, userData: unknown): Promise<UserInput> {
  const data: CreateUserData = {};
  if (userData !== undefined) {
    assertPlainObject('userData', userData);
    Object.assign(data, userData);
  }
  if (data.uuid !== undefined && data.uuid !== userId) {
    fail('userData.uuid', 'plain-id', 'must be left out: the uuid is the userId argument', data.uuid);
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
