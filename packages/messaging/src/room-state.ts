import type { Element } from '@xmpp/xml';
import {
  type EthoraMessagingError,
  EthoraMessagingForbiddenError,
  EthoraMessagingNotFoundError,
} from './errors.js';
import { RecentIds } from './live-feed.js';
import type { RoomMessage } from './room-message.js';

/** Where a room stands for this messenger. */
export type RoomState = 'joining' | 'rejoining' | 'catching-up' | 'joined' | 'leaving';

/** Settles a pending join or leave. */
export interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** What the messenger keeps about one room it is in. */
export interface Room {
  readonly chatId: string;
  readonly jid: string;
  nick: string;
  state: RoomState;
  everJoined: boolean;
  /** Bare JIDs of the occupants by nickname, where the room shows them. */
  readonly occupants: Map<string, string>;
  /** Archive id of the newest message handled; with `cursorKnown`, where a catch-up starts. */
  cursor: string | undefined;
  cursorKnown: boolean;
  readonly seen: RecentIds;
  /** Live messages that arrive during a catch-up, delivered after it. */
  held: RoomMessage[] | undefined;
  entered: Waiter | undefined;
  left: Waiter | undefined;
}

/** A room about to be joined. */
export function newRoom(chatId: string, jid: string, nick: string): Room {
  return {
    chatId,
    jid,
    nick,
    state: 'joining',
    everJoined: false,
    occupants: new Map(),
    cursor: undefined,
    cursorKnown: false,
    seen: new RecentIds(),
    held: undefined,
    entered: undefined,
    left: undefined,
  };
}

// Self-presence status codes of XEP-0045 §15.6 that mean the account was removed from the room.
const REMOVED: Record<string, string> = {
  '301': 'banned from the room',
  '307': 'kicked from the room',
  '321': 'removed from the room (membership revoked)',
  '322': 'removed from the room (it became members-only)',
  '332': 'removed from the room (service shutting down)',
};

/** The error for an unrequested "you left" presence: not found for a destroyed room, forbidden otherwise. */
export function removalError(
  room: Room,
  x: Element | undefined,
  codes: ReadonlySet<string>,
): EthoraMessagingError {
  const destroyed = x?.getChild('destroy') !== undefined;
  const reason = destroyed
    ? 'the room was destroyed'
    : (REMOVED[[...codes].find((code) => code in REMOVED) ?? ''] ?? 'removed from the room');
  const message = `${room.chatId}: ${reason}.`;
  const init = { chatId: room.chatId, condition: destroyed ? 'item-not-found' : 'forbidden' };
  return destroyed
    ? new EthoraMessagingNotFoundError(message, init)
    : new EthoraMessagingForbiddenError(message, init);
}
