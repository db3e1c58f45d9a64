import { randomUUID } from 'node:crypto';
import type { Element } from '@xmpp/xml';
import { Archive, type HistoryPage } from './archive.js';
import {
  EthoraMessagingConnectionError,
  type EthoraMessagingError,
  EthoraMessagingNotJoinedError,
} from './errors.js';
import { LiveFeed } from './live-feed.js';
import { type MessengerOptions, resolveOptions } from './options.js';
import { Outbox } from './outbox.js';
import type { RoomMessage } from './room-message.js';
import { Rooms } from './rooms.js';
import {
  checkHistoryQuery,
  checkMessageId,
  checkMetadata,
  checkText,
  type MetadataInput,
  roomAddress,
} from './validation.js';
import { type MessengerStatus, XmppSession } from './xmpp/session.js';

/** Options of {@link Messenger.send}. */
export interface SendOptions {
  /** The message id (1–128 characters, no whitespace; default a random UUID). Receivers drop repeats of an id. */
  id?: string | undefined;
  /** Extra attributes of Ethora's `<data/>` element, added to the messenger's `senderMetadata`. */
  metadata?: MetadataInput | undefined;
}

/** Options of {@link Messenger.history}. */
export interface HistoryOptions {
  /** Most messages in the page, 1–500 (default 50); servers may return fewer (ejabberd at most 250). */
  limit?: number | undefined;
  /** An archive id: the page of messages just before it. Without `before` or `after`, the latest page. */
  before?: string | undefined;
  /** An archive id: the page of messages just after it. */
  after?: string | undefined;
}

/** Options of {@link Messenger.messages}. */
export interface MessagesOptions {
  /** Ends the iteration when aborted. */
  signal?: AbortSignal | undefined;
}

/** Room messaging for one account; create it with {@link createMessenger} or {@link messengerFor}. */
export interface Messenger {
  /** The account's bare JID. */
  readonly jid: string;
  /** `idle` before the first connection, then `connecting`, `online`, `reconnecting`, and `closed`. */
  readonly status: MessengerStatus;
  /** Connects now (otherwise the first `join`, `send` or `history` does); a refused login throws at once. */
  connect(): Promise<void>;
  /** Joins a room; resolves when the room has accepted the account. */
  join(chatId: string): Promise<void>;
  /** Leaves a room: its `messages()` readers end and its unsent messages are rejected. */
  leave(chatId: string): Promise<void>;
  /**
   * Posts a message to a joined room; resolves with its id once the server has accepted it (stream management
   * acknowledgement, or the room's reflection). While disconnected the message waits for the next connection,
   * up to `sendTimeoutMs`; it is delivered once or rejected with a typed error, never both.
   */
  send(chatId: string, text: string, options?: SendOptions): Promise<string>;
  /** Reads one page of the room's archive, oldest message first; page further with `before` or `after`. */
  history(chatId: string, options?: HistoryOptions): Promise<HistoryPage>;
  /** Live messages of a joined room as an async iterator (`for await`); other accounts' only, unless `echo`. */
  messages(chatId: string, options?: MessagesOptions): AsyncIterableIterator<RoomMessage>;
  /** Calls `listener` for each live message of every joined room; returns the function that removes it. */
  on(event: 'message', listener: (message: RoomMessage) => void): () => void;
  /**
   * Calls `listener` for failures nobody awaits: removal from a room (kicked, banned, room destroyed) or a
   * message the room bounced after accepting it. Without a listener they are logged.
   */
  on(event: 'error', listener: (error: EthoraMessagingError) => void): () => void;
  /** Calls `listener` when the connection status changes. */
  on(event: 'status', listener: (status: MessengerStatus) => void): () => void;
  /** Waits briefly for acknowledgements of messages in flight, leaves every room and closes the connection. */
  close(): Promise<void>;
}

/**
 * Creates a {@link Messenger} for one XMPP account, such as an Ethora user or bot (`username` `<appId>_<userId>`,
 * `password` its `xmppPassword`). Options are checked at once (`EthoraConfigError`); nothing connects until the
 * first call that needs the server, or `connect()`. For an `@ethora/sdk` repository, {@link messengerFor} fills
 * in the account, password and hosts.
 */
export function createMessenger(options: MessengerOptions): Messenger {
  const resolved = resolveOptions(options);
  const { logger } = resolved;
  const errorListeners = new Set<(error: EthoraMessagingError) => void>();
  const statusListeners = new Set<(status: MessengerStatus) => void>();
  const feed = new LiveFeed(logger);
  const report = (error: EthoraMessagingError) => {
    if (errorListeners.size === 0) logger.warn('messaging error', { error: error.toJSON() });
    for (const listener of errorListeners) safely(() => listener(error));
  };
  const session: XmppSession = new XmppSession(resolved, {
    ready(resumed) {
      if (resumed) {
        rooms.resumed();
      } else {
        outbox.newSession();
        rooms.newSession();
      }
      outbox.pump();
    },
    status(status) {
      for (const listener of statusListeners) safely(() => listener(status));
    },
    stanza: (stanza: Element) => {
      if (archive.take(stanza)) return;
      if (stanza.name === 'presence') rooms.presence(stanza);
      else if (stanza.name === 'message') rooms.message(stanza);
    },
    acked: (stanza) => outbox.acked(stanza),
    unconfirmed: (stanza) => outbox.unconfirmed(stanza),
  });
  const archive = new Archive(session, resolved);
  const rooms: Rooms = new Rooms(session, archive, () => outbox, feed, resolved, report);
  const outbox = new Outbox(session, rooms, resolved);
  const safely = (call: () => void) => {
    try {
      call();
    } catch (error) {
      logger.error('a listener threw', { error });
    }
  };
  const address = (chatId: string) => roomAddress(chatId, resolved.conferenceDomain, resolved.appId);
  const closed = () =>
    new EthoraMessagingConnectionError('The messenger is closed.', { condition: 'closed' });

  return {
    jid: resolved.bareJid,
    get status() {
      return session.status;
    },
    connect: () => session.connect(),
    async join(chatId) {
      const room = address(chatId);
      if (session.status === 'closed') throw closed();
      await rooms.join(chatId, room);
    },
    async leave(chatId) {
      await rooms.leave(address(chatId).jid);
    },
    async send(chatId, text, options = {}) {
      const room = address(chatId);
      const body = checkText(text);
      const id = options.id === undefined ? randomUUID() : checkMessageId(options.id);
      const metadata = { ...resolved.senderMetadata, ...checkMetadata(options.metadata) };
      if (session.status === 'closed') throw closed();
      if (!rooms.isJoined(room.jid)) {
        throw new EthoraMessagingNotJoinedError(`Join ${chatId} before sending to it.`, {
          chatId,
          messageId: id,
        });
      }
      return outbox.send(chatId, room.jid, id, body, metadata);
    },
    async history(chatId, options) {
      const room = address(chatId);
      const query = checkHistoryQuery(options);
      if (session.status === 'closed') throw closed();
      await session.connect();
      const target = rooms.target(room.jid) ?? { chatId, roomJid: room.jid, occupantJid: () => undefined };
      return archive.page(target, {
        max: query.limit,
        after: query.after,
        // Without a cursor, RSM's empty <before/> asks for the last page.
        before: query.after === undefined ? (query.before ?? '') : undefined,
      });
    },
    messages(chatId, options = {}) {
      const room = address(chatId);
      if (!rooms.isJoined(room.jid)) {
        throw new EthoraMessagingNotJoinedError(`Join ${chatId} before reading its messages.`, { chatId });
      }
      return feed.stream(room.jid, options.signal);
    },
    on(event: 'message' | 'error' | 'status', listener: (value: never) => void): () => void {
      if (event === 'message') return feed.listen(listener as (message: RoomMessage) => void);
      const set = (event === 'error' ? errorListeners : statusListeners) as Set<typeof listener>;
      set.add(listener);
      return () => set.delete(listener);
    },
    async close() {
      if (session.status === 'closed') return;
      await outbox.close(2_000);
      rooms.closeAll();
      await session.close();
    },
  } as Messenger;
}
