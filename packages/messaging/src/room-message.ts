import { jidLocalPart, unscoped } from '@ethora/sdk';
import type { Element } from '@xmpp/xml';
import { NS, splitJid } from './xmpp/stanzas.js';

/** A message of a room, live or from its history. */
export interface RoomMessage {
  /** The sender's message id (what `send` returned); the archive id when the sender gave none. */
  readonly id: string;
  /** The chat, as this messenger names it (the chat id given to `join` or `history`). */
  readonly chatId: string;
  /**
   * The sender: the plain user id for one of the app's users (when the messenger knows the app id and the room
   * shows members' addresses), otherwise the sender's bare JID, or its nickname when the room hides addresses.
   */
  readonly from: string;
  /** The sender's bare JID, when the room shows it. */
  readonly fromJid: string | undefined;
  /** The sender's nickname in the room. */
  readonly nick: string;
  /** The text. */
  readonly text: string;
  /** When it was sent: the archive's or the sender's timestamp, else the time it arrived. */
  readonly sentAt: Date;
  /** Attributes of Ethora's `<data/>` element (sender names, display hints, caller metadata). */
  readonly metadata: Readonly<Record<string, string>>;
  /** The room archive's id of the message, the cursor for `history({ before, after })`; absent when not archived. */
  readonly archiveId: string | undefined;
}

/** What parsing a room message needs to know besides the stanza. */
export interface MessageContext {
  readonly chatId: string;
  /** The room's bare JID, lowercased. */
  readonly roomJid: string;
  readonly appId: string | undefined;
  /** The bare JID of an occupant, by nickname, when the room shows it. */
  readonly occupantJid: (nick: string) => string | undefined;
  /** Timestamp from an enclosing `<forwarded/>` (archive results), if any. */
  readonly stamp?: string | undefined;
}

/** Parses a groupchat message of the room; `undefined` for one without text (subject changes, chat states). */
export function parseRoomMessage(stanza: Element, context: MessageContext): RoomMessage | undefined {
  const text = stanza.getChildText('body');
  if (text === null || text === '') return undefined;
  const { resource: nick } = splitJid(stanza.attrs.from);
  const archived = stanza
    .getChildren('stanza-id', NS.stanzaId)
    .find((element) => element.attrs.by?.toLowerCase() === context.roomJid);
  const archiveId = archived?.attrs.id;
  const originId = stanza.getChild('origin-id', NS.stanzaId)?.attrs.id;
  const id = originId ?? stanza.attrs.id ?? archiveId;
  if (!id) return undefined;
  // An archive result names the sender in <x xmlns=muc#user><item jid/>; a live message, the occupant list.
  const itemJid = stanza.getChild('x', NS.mucUser)?.getChild('item')?.attrs.jid;
  const fromJid = itemJid ? splitJid(itemJid).bare : context.occupantJid(nick);
  const stamp = context.stamp ?? stanza.getChild('delay', NS.delay)?.attrs.stamp;
  const sentAt = stamp ? new Date(stamp) : new Date();
  return {
    id,
    chatId: context.chatId,
    from: senderName(fromJid, nick, context.appId),
    fromJid,
    nick,
    text,
    sentAt: Number.isNaN(sentAt.getTime()) ? new Date() : sentAt,
    metadata: metadataOf(stanza),
    archiveId,
  };
}

function senderName(fromJid: string | undefined, nick: string, appId: string | undefined): string {
  if (!fromJid) return nick;
  const local = jidLocalPart(fromJid);
  if (appId && local.startsWith(`${appId}_`)) return unscoped(appId, local);
  return fromJid;
}

function metadataOf(stanza: Element): Record<string, string> {
  const data = stanza.getChild('data');
  const out: Record<string, string> = {};
  if (!data) return out;
  for (const [key, value] of Object.entries(data.attrs)) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:') && value !== undefined) out[key] = value;
  }
  return out;
}
