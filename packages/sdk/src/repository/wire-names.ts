import { appScoped, unscoped } from '../identifiers/app-scoped.js';
import { jidLocalPart } from '../identifiers/chat-names.js';
import { assertId, assertPlainId } from '../validation/assert-id.js';
import { fail } from '../validation/fail.js';

/**
 * Checks a plain user or chat id and returns it without any `<appId>_` prefix: the form the API expects for
 * `uuid` fields, user-id path segments and delete lists (so `<appId>_u1` and `u1` name the same user).
 */
export function plainId(appId: string, argument: string, value: unknown): string {
  assertPlainId(argument, value);
  const id = unscoped(appId, value);
  if (id === '') fail(argument, 'non-empty', 'must contain an id after the app prefix', value);
  return id;
}

/** Checks a plain user id and returns its XMPP username `<appId>_<userId>` (prefixed once, never twice). */
export function memberName(appId: string, argument: string, value: unknown): string {
  return appScoped(appId, plainId(appId, argument, value));
}

/**
 * Returns the room's short name `<appId>_<chatId>` (what `name`/`chatName` fields expect), prefixed once, or
 * the local part of a room JID (`<name>@conference...`), which names an existing room as is. Anything else
 * with `/` is rejected; errors name `argument`.
 */
export function chatShortName(appId: string, value: unknown, argument = 'chatId'): string {
  assertId(argument, value);
  if (!value.includes('@')) return appScoped(appId, plainId(appId, argument, value));
  const local = jidLocalPart(value);
  if (local === '' || local.includes('/')) {
    fail(argument, 'plain-id', 'must be a chat id or a room JID like <appId>_<chatId>@<domain>', value);
  }
  return local;
}
