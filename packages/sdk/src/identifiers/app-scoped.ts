import { assertId } from '../validation/assert-id.js';
import { fail } from '../validation/fail.js';

/**
 * Removes every leading `<appId>_` from `id`, so `<appId>_<appId>_x` and `<appId>_x` both give `x`. The hex of
 * the prefix matches in either case, as app ids do (`65F1…_x` is the app `65f1…`'s `x`).
 */
export function unscoped(appId: string, id: string): string {
  assertId('appId', appId);
  assertId('id', id);
  const prefix = `${appId.toLowerCase()}_`;
  let rest = id;
  while (rest.slice(0, prefix.length).toLowerCase() === prefix) rest = rest.slice(prefix.length);
  return rest;
}

/**
 * Returns `<appId>_<id>`, the app-scoped name the XMPP layer uses for users and rooms.
 * Never double-prefixes: an id already starting with `<appId>_` keeps one prefix, and repeated
 * prefixes (a known server regression produced `<appId>_<appId>_x`) collapse to one.
 */
export function appScoped(appId: string, id: string): string {
  const rest = unscoped(appId, id);
  if (rest.length === 0) fail('id', 'non-empty', 'must contain an id after the app prefix', id);
  return `${appId.toLowerCase()}_${rest}`;
}
