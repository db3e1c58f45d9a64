import type { Element } from '@xmpp/xml';
import type { Archive, ArchiveTarget } from './archive.js';
import {
  EthoraMessagingConnectionError,
  EthoraMessagingError,
  EthoraMessagingForbiddenError,
  EthoraMessagingNotFoundError,
  EthoraMessagingNotJoinedError,
  EthoraMessagingTimeoutError,
  errorForCondition,
} from './errors.js';
import type { LiveFeed } from './live-feed.js';
import type { ResolvedOptions } from './options.js';
import type { Outbox } from './outbox.js';
import { readCursor, readSinceCursor } from './room-catch-up.js';
import { parseRoomMessage, type RoomMessage } from './room-message.js';
import { newRoom, type Room, removalError } from './room-state.js';
import type { RoomAddress } from './validation.js';
import type { XmppSession } from './xmpp/session.js';
import { discoInfoQuery, joinPresence, leavePresence, NS, splitJid, stanzaError } from './xmpp/stanzas.js';

/**
 * The rooms this messenger is in: joining and leaving, occupants (to name senders), live messages with
 * duplicates dropped, and recovery after a new session: every room is joined again, then its archive is read
 * from the last message handled, so that messages posted meanwhile are delivered (once) and messages of ours
 * the server never acknowledged are confirmed or sent again.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();

  constructor(
    private readonly session: XmppSession,
    private readonly archive: Archive,
    private readonly outbox: () => Outbox,
    private readonly feed: LiveFeed,
    private readonly options: ResolvedOptions,
    private readonly report: (error: EthoraMessagingError) => void,
  ) {}

  /** The room with this JID, if joined or being joined. */
  target(roomJid: string): ArchiveTarget | undefined {
    const room = this.rooms.get(roomJid);
    return room && { chatId: room.chatId, roomJid, occupantJid: (nick) => room.occupants.get(nick) };
  }

  /** True when messages to the room can be written now. */
  isReady(roomJid: string): boolean {
    return this.rooms.get(roomJid)?.state === 'joined';
  }

  /** True when the room was joined (it may be rejoining after a lost connection). */
  isJoined(roomJid: string): boolean {
    const state = this.rooms.get(roomJid)?.state;
    return state !== undefined && state !== 'leaving' && state !== 'joining';
  }

  /** Joins a room, or waits for a join already under way. */
  async join(chatId: string, address: RoomAddress): Promise<void> {
    const existing = this.rooms.get(address.jid);
    if (existing && existing.state !== 'leaving') {
      if (existing.state === 'joining') await this.waitEntered(existing);
      return;
    }
    const room = newRoom(chatId, address.jid, this.options.nick);
    this.rooms.set(address.jid, room);
    try {
      await this.session.connect();
      const entered = this.waitEntered(room);
      entered.catch(() => undefined);
      await this.session.write(joinPresence(room.jid, room.nick, this.options.senderMetadata));
      await entered;
      const target = this.target(room.jid);
      if (target) await readCursor(this.archive, target, room, this.options.logger);
      room.everJoined = true;
      room.state = 'joined';
      this.outbox().pump();
    } catch (error) {
      room.entered?.reject(error as Error);
      if (this.rooms.get(address.jid) === room) this.rooms.delete(address.jid);
      throw error instanceof EthoraMessagingError ? error : this.connectionLost(chatId, error);
    }
  }

  /** Leaves a room; its readers end and its unsent messages are rejected. */
  async leave(roomJid: string): Promise<void> {
    const room = this.rooms.get(roomJid);
    if (!room) return;
    room.state = 'leaving';
    if (this.session.ready) {
      const left = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        room.left = { resolve: done, reject: done };
      });
      await this.session.write(leavePresence(room.jid, room.nick)).catch(() => undefined);
      await left;
    }
    this.remove(room);
  }

  /** Handles a presence from a room; returns false for other presences. */
  presence(stanza: Element): boolean {
    const { bare, resource: nick } = splitJid(stanza.attrs.from);
    const room = this.rooms.get(bare);
    if (!room) return false;
    const x = stanza.getChild('x', NS.mucUser);
    const codes = new Set((x?.getChildren('status') ?? []).map((status) => status.attrs.code ?? ''));
    const item = x?.getChild('item');
    if (stanza.attrs.type === 'error') {
      void this.refused(room, stanza);
      return true;
    }
    if (!codes.has('110')) {
      if (stanza.attrs.type === 'unavailable') room.occupants.delete(nick);
      else if (item?.attrs.jid) room.occupants.set(nick, splitJid(item.attrs.jid).bare);
      return true;
    }
    if (stanza.attrs.type !== 'unavailable') {
      room.nick = nick;
      room.occupants.set(nick, this.options.bareJid);
      room.entered?.resolve();
      if (room.state === 'rejoining') void this.catchUp(room);
      return true;
    }
    if (room.state === 'leaving') {
      room.left?.resolve();
      return true;
    }
    this.takeAway(room, removalError(room, x, codes));
    return true;
  }

  /** Handles a groupchat message or a bounce from a room; returns false for other messages. */
  message(stanza: Element): boolean {
    const { bare } = splitJid(stanza.attrs.from);
    const room = this.rooms.get(bare);
    if (!room) return false;
    if (stanza.attrs.type === 'error') {
      const id = stanza.attrs.id ?? '';
      const error = errorForCondition(
        `Sending message ${id} to ${room.chatId}`,
        stanzaError(stanza) ?? { condition: 'undefined-condition' },
        {
          chatId: room.chatId,
          messageId: id,
        },
      );
      if (!this.outbox().bounced(id, error)) this.report(error);
      return true;
    }
    if (stanza.attrs.type !== 'groupchat') return false;
    const message = parseRoomMessage(stanza, {
      chatId: room.chatId,
      roomJid: room.jid,
      appId: this.options.appId,
      occupantJid: (nick) => room.occupants.get(nick),
    });
    if (!message) return true;
    if (this.isOwn(room, message)) this.outbox().reflected(message.id);
    if (room.held) room.held.push(message);
    else this.deliver(room, message);
    return true;
  }

  /** A new session: every room must be joined again (the server dropped them with the old session). */
  newSession(): void {
    for (const room of [...this.rooms.values()]) {
      if (room.state === 'leaving') {
        room.left?.resolve();
        continue;
      }
      room.occupants.clear();
      if (room.everJoined) {
        room.state = 'rejoining';
        room.held = [];
      }
      this.session
        .write(joinPresence(room.jid, room.nick, this.options.senderMetadata))
        .catch(() => undefined);
    }
  }

  /**
   * A resumed session: rooms stay joined, but a rejoin whose presence never left (the connection died again
   * before it was written) is sent once more; a rejoin already answered is not started twice.
   */
  resumed(): void {
    for (const room of this.rooms.values()) {
      if (room.state !== 'rejoining') continue;
      this.session
        .write(joinPresence(room.jid, room.nick, this.options.senderMetadata))
        .catch(() => undefined);
    }
  }

  /** Ends everything at close. */
  closeAll(): void {
    const closed = new EthoraMessagingConnectionError('The messenger was closed.', { condition: 'closed' });
    for (const room of this.rooms.values()) {
      room.entered?.reject(closed);
      room.left?.resolve();
    }
    this.rooms.clear();
    this.feed.endAll();
  }

  private waitEntered(room: Room): Promise<void> {
    const timeoutMs = this.options.timeoutMs;
    return new Promise<void>((resolve, reject) => {
      const previous = room.entered;
      const timer = setTimeout(() => {
        reject(
          new EthoraMessagingTimeoutError(
            `Joining ${room.chatId} took longer than ${timeoutMs} ms.`,
            timeoutMs,
            { chatId: room.chatId },
          ),
        );
      }, timeoutMs);
      room.entered = {
        resolve: () => {
          clearTimeout(timer);
          room.entered = undefined;
          previous?.resolve();
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          room.entered = undefined;
          previous?.reject(error);
          reject(error);
        },
      };
    });
  }

  private async refused(room: Room, stanza: Element): Promise<void> {
    const condition = stanzaError(stanza) ?? { condition: 'undefined-condition' };
    const what = `Joining ${room.chatId}`;
    let error = errorForCondition(what, condition, { chatId: room.chatId });
    if (condition.condition === 'registration-required') {
      error = new EthoraMessagingForbiddenError(
        `${what} was refused: this account is not a member of the room.`,
        {
          chatId: room.chatId,
          condition: condition.condition,
        },
      );
    } else if (condition.condition === 'forbidden' && (await this.missing(room))) {
      // A server that lets no one create rooms says "forbidden" for a room that does not exist: ask the room.
      error = new EthoraMessagingNotFoundError(`${what} failed: the room does not exist.`, {
        chatId: room.chatId,
        condition: 'item-not-found',
      });
    }
    if (room.entered) room.entered.reject(error);
    else this.takeAway(room, error);
  }

  private async missing(room: Room): Promise<boolean> {
    try {
      await this.session.request(discoInfoQuery(room.jid), this.options.timeoutMs);
      return false;
    } catch (error) {
      return (error as { condition?: string }).condition === 'item-not-found';
    }
  }

  private async catchUp(room: Room): Promise<void> {
    room.state = 'catching-up';
    const target = this.target(room.jid);
    const missed = target && (await readSinceCursor(this.archive, target, room, this.options.logger));
    if (this.rooms.get(room.jid) !== room) return;
    for (const message of missed ?? []) this.deliver(room, message);
    for (const message of room.held ?? []) this.deliver(room, message);
    room.held = undefined;
    room.state = 'joined';
    this.outbox().confirm(room.jid, missed ? new Set(missed.map((message) => message.id)) : undefined);
  }

  private deliver(room: Room, message: RoomMessage): void {
    if (message.archiveId) room.cursor = message.archiveId;
    if (!room.seen.add(message.id)) return;
    if (this.isOwn(room, message) && !this.options.echo) return;
    this.feed.emit(room.jid, message);
  }

  private isOwn(room: Room, message: RoomMessage): boolean {
    return (
      message.fromJid === this.options.bareJid ||
      (message.fromJid === undefined && message.nick === room.nick)
    );
  }

  private takeAway(room: Room, error: EthoraMessagingError): void {
    this.rooms.delete(room.jid);
    this.feed.endRoom(room.jid, error);
    this.outbox().rejectRoom(room.jid, () => error);
    this.report(error);
  }

  private remove(room: Room): void {
    if (this.rooms.get(room.jid) === room) this.rooms.delete(room.jid);
    this.feed.endRoom(room.jid);
    this.outbox().rejectRoom(
      room.jid,
      () =>
        new EthoraMessagingNotJoinedError(`${room.chatId} was left before the message was sent.`, {
          chatId: room.chatId,
        }),
    );
  }

  private connectionLost(chatId: string, cause: unknown): EthoraMessagingError {
    return new EthoraMessagingConnectionError(`Joining ${chatId} failed: the connection was lost.`, {
      chatId,
      cause,
    });
  }
}
