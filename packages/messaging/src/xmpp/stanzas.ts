import { type Element, xml } from '@xmpp/xml';

/** XML namespaces of the protocols the messenger speaks. */
export const NS = {
  muc: 'http://jabber.org/protocol/muc',
  mucUser: 'http://jabber.org/protocol/muc#user',
  mam: 'urn:xmpp:mam:2',
  rsm: 'http://jabber.org/protocol/rsm',
  dataForm: 'jabber:x:data',
  stanzaId: 'urn:xmpp:sid:0',
  delay: 'urn:xmpp:delay',
  forward: 'urn:xmpp:forward:0',
  discoInfo: 'http://jabber.org/protocol/disco#info',
  stanzas: 'urn:ietf:params:xml:ns:xmpp-stanzas',
  streamManagement: 'urn:xmpp:sm:3',
  client: 'jabber:client',
} as const;

// Ethora's apps read the sender's name and display hints from this element (namespace jabber:client).
function dataElement(metadata: Readonly<Record<string, string>>): Element | undefined {
  return Object.keys(metadata).length === 0 ? undefined : xml('data', { xmlns: NS.client, ...metadata });
}

/** Joins a room (XEP-0045 §7.2) without the server's replay of recent messages: history comes from the archive. */
export function joinPresence(
  roomJid: string,
  nick: string,
  metadata: Readonly<Record<string, string>>,
): Element {
  return xml(
    'presence',
    { to: `${roomJid}/${nick}` },
    xml('x', { xmlns: NS.muc }, xml('history', { maxstanzas: '0' })),
    dataElement(metadata),
  );
}

/** Leaves a room. */
export function leavePresence(roomJid: string, nick: string): Element {
  return xml('presence', { to: `${roomJid}/${nick}`, type: 'unavailable' });
}

/** What one room message carries. */
export interface OutgoingMessage {
  readonly roomJid: string;
  readonly id: string;
  readonly text: string;
  readonly metadata: Readonly<Record<string, string>>;
  /** When the message was first sent, for a copy sent again after a lost connection (XEP-0203). */
  readonly delayedFrom?: { readonly stamp: string; readonly by: string };
}

/**
 * A groupchat message whose id is also its origin id (XEP-0359): the room keeps it in the archive, so the id
 * survives reflection and history and lets receivers and the sender recognise a message sent twice.
 */
export function groupMessage(message: OutgoingMessage): Element {
  return xml(
    'message',
    { to: message.roomJid, type: 'groupchat', id: message.id },
    xml('body', {}, message.text),
    xml('origin-id', { xmlns: NS.stanzaId, id: message.id }),
    dataElement(message.metadata),
    message.delayedFrom &&
      xml('delay', { xmlns: NS.delay, from: message.delayedFrom.by, stamp: message.delayedFrom.stamp }),
  );
}

/** Where an archive query starts and how much it asks for. */
export interface ArchiveQuery {
  readonly queryId: string;
  readonly max: number;
  /** An archive id: the page just before it; `''` asks for the last page. */
  readonly before?: string | undefined;
  /** An archive id: the page just after it. */
  readonly after?: string | undefined;
  /** Only messages at or after this time. */
  readonly start?: Date | undefined;
}

/** A message archive query (XEP-0313) on a room, paged with result set management (XEP-0059). */
export function archiveQuery(roomJid: string, query: ArchiveQuery): Element {
  const form =
    query.start &&
    xml(
      'x',
      { xmlns: NS.dataForm, type: 'submit' },
      xml('field', { var: 'FORM_TYPE', type: 'hidden' }, xml('value', {}, NS.mam)),
      xml('field', { var: 'start' }, xml('value', {}, query.start.toISOString())),
    );
  const cursor =
    query.after !== undefined
      ? xml('after', {}, query.after)
      : query.before !== undefined
        ? xml('before', {}, query.before)
        : undefined;
  return xml(
    'iq',
    { type: 'set', to: roomJid },
    xml(
      'query',
      { xmlns: NS.mam, queryid: query.queryId },
      form,
      xml('set', { xmlns: NS.rsm }, xml('max', {}, String(query.max)), cursor),
    ),
  );
}

/** Asks a room for its identity and features; a missing room answers `item-not-found`. */
export function discoInfoQuery(roomJid: string): Element {
  return xml('iq', { type: 'get', to: roomJid }, xml('query', { xmlns: NS.discoInfo }));
}

/** The condition and text of a stanza's `<error/>` child, if it has one. */
export function stanzaError(stanza: Element): { condition: string; text?: string } | undefined {
  const error = stanza.getChild('error');
  if (!error) return undefined;
  const condition = error
    .getChildElements()
    .find((child) => child.getNS() === NS.stanzas && child.name !== 'text');
  const text = error.getChildText('text', NS.stanzas) ?? undefined;
  return { condition: condition?.name ?? 'undefined-condition', ...(text ? { text } : {}) };
}

/** Splits `local@domain/resource` into its bare JID (lowercased) and resource. */
export function splitJid(jid: string | undefined): { bare: string; resource: string } {
  if (!jid) return { bare: '', resource: '' };
  const slash = jid.indexOf('/');
  return slash === -1
    ? { bare: jid.toLowerCase(), resource: '' }
    : { bare: jid.slice(0, slash).toLowerCase(), resource: jid.slice(slash + 1) };
}
