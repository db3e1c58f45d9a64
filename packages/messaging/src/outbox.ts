import type { Element } from '@xmpp/xml';
import {
  EthoraMessagingConnectionError,
  type EthoraMessagingError,
  EthoraMessagingTimeoutError,
} from './errors.js';
import type { ResolvedOptions } from './options.js';
import type { XmppSession } from './xmpp/session.js';
import { groupMessage } from './xmpp/stanzas.js';

type SendState = 'queued' | 'writing' | 'written' | 'unconfirmed';

interface PendingSend {
  readonly seq: number;
  readonly id: string;
  readonly chatId: string;
  readonly roomJid: string;
  readonly text: string;
  readonly metadata: Readonly<Record<string, string>>;
  state: SendState;
  stanza: Element | undefined;
  firstWrittenAt: string | undefined;
  readonly timer: NodeJS.Timeout;
  readonly resolve: (id: string) => void;
  readonly reject: (error: Error) => void;
}

/** What the outbox needs from the rooms. */
export interface OutboxRooms {
  /** True when the room is joined in the current session, so that messages to it can be written. */
  isReady(roomJid: string): boolean;
}

/**
 * Messages on their way to rooms. Each is written once per connection and settled exactly once: resolved when
 * the server acknowledges it (stream management) or the room reflects it, rejected with a typed error otherwise.
 * A write that fails leaves it queued for the next connection. After a session that could not be resumed,
 * messages the server never acknowledged are checked against the room archive (see `confirm`) and sent again
 * only when missing, with the same id, so that nothing is lost and nothing is posted twice.
 */
export class Outbox {
  private readonly pending = new Map<string, PendingSend>();
  private readonly byStanza = new WeakMap<Element, PendingSend>();
  /** Messages waiting to be written, oldest first. */
  private queue: PendingSend[] = [];
  private seq = 0;
  private pumping = false;
  private closed = false;

  constructor(
    private readonly session: XmppSession,
    private readonly rooms: OutboxRooms,
    private readonly options: ResolvedOptions,
  ) {}

  /** Queues a message; resolves with its id once the server has it. */
  send(
    chatId: string,
    roomJid: string,
    id: string,
    text: string,
    metadata: Readonly<Record<string, string>>,
  ) {
    if (this.closed) return Promise.reject(closedError(chatId, id, false));
    if (this.pending.has(id)) {
      return Promise.reject(
        new EthoraMessagingConnectionError(`A message with id ${id} is already being sent.`, {
          chatId,
          messageId: id,
          condition: 'conflict',
          sent: false,
        }),
      );
    }
    return new Promise<string>((resolve, reject) => {
      const timeoutMs = this.options.sendTimeoutMs;
      const entry: PendingSend = {
        seq: ++this.seq,
        id,
        chatId,
        roomJid,
        text,
        metadata,
        state: 'queued',
        stanza: undefined,
        firstWrittenAt: undefined,
        timer: setTimeout(() => this.expire(entry, timeoutMs), timeoutMs),
        resolve,
        reject,
      };
      this.pending.set(id, entry);
      this.queue.push(entry);
      this.pump();
    });
  }

  /** Writes queued messages, oldest first, to rooms that are ready. */
  pump(): void {
    if (this.pumping || this.closed || !this.session.ready) return;
    this.pumping = true;
    try {
      const waiting: PendingSend[] = [];
      for (const entry of this.queue) {
        if (this.pending.get(entry.id) !== entry || entry.state !== 'queued') continue;
        if (this.session.ready && this.rooms.isReady(entry.roomJid)) this.write(entry);
        else waiting.push(entry);
      }
      this.queue = waiting;
    } finally {
      this.pumping = false;
    }
  }

  // Queues an entry again, keeping the queue in the order the messages were sent.
  private enqueue(entry: PendingSend): void {
    entry.state = 'queued';
    const last = this.queue.at(-1);
    if (!last || last.seq < entry.seq) this.queue.push(entry);
    else
      this.queue.splice(
        this.queue.findIndex((other) => other.seq > entry.seq),
        0,
        entry,
      );
  }

  private write(entry: PendingSend): void {
    const firstWrite = entry.firstWrittenAt === undefined;
    entry.firstWrittenAt ??= new Date().toISOString();
    const stanza = groupMessage({
      roomJid: entry.roomJid,
      id: entry.id,
      text: entry.text,
      metadata: entry.metadata,
      ...(firstWrite ? {} : { delayedFrom: { stamp: entry.firstWrittenAt, by: this.options.bareJid } }),
    });
    entry.state = 'writing';
    entry.stanza = stanza;
    this.byStanza.set(stanza, entry);
    this.session.write(stanza).then(
      () => {
        if (entry.state === 'writing') entry.state = 'written';
      },
      () => {
        // Never reached the socket: it is still ours to send, on the next connection.
        if (entry.state === 'writing') this.enqueue(entry);
      },
    );
  }

  /** The server acknowledged a stanza. */
  acked(stanza: Element): void {
    const entry = this.byStanza.get(stanza);
    if (entry && entry.stanza === stanza) this.settle(entry);
  }

  /** The room reflected a message with this id back to its sender: it was accepted. */
  reflected(id: string): void {
    const entry = this.pending.get(id);
    if (entry && entry.state !== 'queued') this.settle(entry);
  }

  /** The room bounced a message: reject it, or report it when it was already settled. Returns whether it was pending. */
  bounced(id: string, error: EthoraMessagingError): boolean {
    const entry = this.pending.get(id);
    if (!entry) return false;
    this.settle(entry, error);
    return true;
  }

  /** A stanza was written to a session that could not be resumed: the server may or may not have it. */
  unconfirmed(stanza: Element): void {
    const entry = this.byStanza.get(stanza);
    if (entry && entry.stanza === stanza && entry.state === 'written') entry.state = 'unconfirmed';
  }

  /** A new session started: anything written but not acknowledged must be checked before it is sent again. */
  newSession(): void {
    for (const entry of this.pending.values()) {
      if (entry.state === 'written' || entry.state === 'writing') entry.state = 'unconfirmed';
    }
  }

  /** Ids of messages of this room awaiting a check against the archive. */
  unconfirmedIds(roomJid: string): string[] {
    return [...this.pending.values()]
      .filter((entry) => entry.roomJid === roomJid && entry.state === 'unconfirmed')
      .map((entry) => entry.id);
  }

  /**
   * Settles the room's unconfirmed messages after the archive was read: those in `archivedIds` arrived and are
   * resolved, the others are queued again. `archivedIds` undefined means the archive could not be read: they
   * are sent again with their ids, and receivers drop the duplicates.
   */
  confirm(roomJid: string, archivedIds: ReadonlySet<string> | undefined): void {
    let resent = 0;
    let found = 0;
    for (const entry of this.pending.values()) {
      if (entry.roomJid !== roomJid || entry.state !== 'unconfirmed') continue;
      if (archivedIds?.has(entry.id)) {
        found += 1;
        this.settle(entry);
      } else {
        this.enqueue(entry);
        resent += 1;
      }
    }
    if (found > 0)
      this.options.logger.info('unacknowledged messages found in the room archive', {
        room: roomJid,
        count: found,
      });
    if (resent > 0) {
      const how = archivedIds ? 'missing from the room archive' : 'unverifiable (archive unavailable)';
      this.options.logger.warn('sending again messages lost with the connection', {
        room: roomJid,
        count: resent,
        how,
      });
    }
    this.pump();
  }

  /** Rejects every message to a room this messenger left or was removed from. */
  rejectRoom(roomJid: string, error: (sent: boolean) => Error): void {
    for (const entry of this.pending.values()) {
      if (entry.roomJid === roomJid) this.settle(entry, error(entry.state !== 'queued'));
    }
  }

  /** Stops taking messages, waits up to `graceMs` for acknowledgements of written ones, rejects the rest. */
  async close(graceMs: number): Promise<void> {
    this.closed = true;
    for (const entry of this.pending.values()) {
      if (entry.state === 'queued') this.settle(entry, closedError(entry.chatId, entry.id, false));
    }
    const deadline = Date.now() + graceMs;
    while (this.pending.size > 0 && Date.now() < deadline && this.session.ready) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const entry of this.pending.values()) this.settle(entry, closedError(entry.chatId, entry.id, true));
  }

  private expire(entry: PendingSend, timeoutMs: number): void {
    if (this.pending.get(entry.id) !== entry) return;
    const sent = entry.state !== 'queued';
    const what = sent
      ? 'was written but the server did not acknowledge it; it may still reach the room'
      : 'could not be sent (no connection or room not joined) and never will be';
    this.settle(
      entry,
      new EthoraMessagingTimeoutError(
        `Message ${entry.id} to ${entry.chatId} ${what} (after ${timeoutMs} ms).`,
        timeoutMs,
        {
          chatId: entry.chatId,
          messageId: entry.id,
          sent,
        },
      ),
    );
  }

  private settle(entry: PendingSend, error?: Error): void {
    if (this.pending.get(entry.id) !== entry) return;
    this.pending.delete(entry.id);
    clearTimeout(entry.timer);
    if (error) entry.reject(error);
    else entry.resolve(entry.id);
  }
}

function closedError(chatId: string, messageId: string, sent: boolean): EthoraMessagingConnectionError {
  const what = sent
    ? 'closed before the server acknowledged it; it may still reach the room'
    : 'closed before it was sent';
  return new EthoraMessagingConnectionError(`Message ${messageId} to ${chatId}: the messenger was ${what}.`, {
    chatId,
    messageId,
    condition: 'closed',
    sent,
  });
}
