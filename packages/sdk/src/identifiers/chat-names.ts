import { DEFAULT_JID_DOMAIN } from '../config/defaults.js';
import { assertId } from '../validation/assert-id.js';
import { appScoped } from './app-scoped.js';

/** Returns the local part of a JID (`local@domain/resource` gives `local`); other strings come back unchanged. */
export function jidLocalPart(jid: string): string {
  const at = jid.indexOf('@');
  const local = at === -1 ? jid : jid.slice(0, at);
  const slash = local.indexOf('/');
  return slash === -1 ? local : local.slice(0, slash);
}

/**
 * Returns the room JID `<appId>_<chatId>@<jidDomain>`, or the short name when `full` is false.
 * A chatId containing `@` is already a JID and is returned unchanged.
 */
export function createChatName(
  appId: string,
  chatId: string,
  full = true,
  jidDomain: string = DEFAULT_JID_DOMAIN,
): string {
  assertId('chatId', chatId);
  if (chatId.includes('@')) return chatId;
  const shortName = appScoped(appId, chatId);
  if (!full) return shortName;
  const domain = jidDomain.startsWith('@') ? jidDomain.slice(1) : jidDomain;
  assertId('jidDomain', domain);
  return `${shortName}@${domain}`;
}

/** Returns the member name for the app's bot: the local part of `botJid`, app-scoped once. */
export function botMemberName(appId: string, botJid: string): string {
  assertId('botJid', botJid);
  return appScoped(appId, jidLocalPart(botJid));
}
