import type { AppRecord, RoomRecord, UserRecord } from './model.js';
import type { EmulatorSnapshot } from './snapshot.js';

/** A user as change events carry it: what an XMPP server needs to mirror the account. */
export interface UserChange {
  /** The id the backend gave the user. */
  readonly uuid: string;
  /** `<appId>_<uuid>`, the XMPP local part. */
  readonly xmppUsername: string;
  /** Password of the XMPP account. */
  readonly xmppPassword: string;
  /** First name, as shown in chats. */
  readonly firstName: string;
  /** Last name, as shown in chats. */
  readonly lastName: string;
  /** E-mail address. */
  readonly email: string;
}

/** A room as change events carry it. */
export interface RoomChange {
  /** The id the backend gave the room. */
  readonly chatId: string;
  /** `<appId>_<chatId>`, the local part of the room JID. */
  readonly name: string;
  /** Title shown to users. */
  readonly title: string;
  /** Description (may be empty). */
  readonly description: string;
  /** Room type, such as `group` or `public`. */
  readonly type: string;
}

/** An app was created or deleted (a deletion follows the deletion events of its rooms and users). */
export interface AppEvent {
  /** What happened. */
  readonly type: 'app.created' | 'app.deleted';
  /** The app. */
  readonly appId: string;
}

/** A user was created, updated or deleted. */
export interface UserEvent {
  /** What happened. */
  readonly type: 'user.created' | 'user.updated' | 'user.deleted';
  /** The user's app. */
  readonly appId: string;
  /** The user after the change (as it was, for a deletion). */
  readonly user: UserChange;
  /** For `user.deleted`: short names of the rooms the user was a member of (its memberships went with it). */
  readonly rooms?: readonly string[];
}

/** A room was created, updated or deleted. */
export interface RoomEvent {
  /** What happened. */
  readonly type: 'room.created' | 'room.updated' | 'room.deleted';
  /** The room's app. */
  readonly appId: string;
  /** The room after the change (as it was, for a deletion). */
  readonly room: RoomChange;
  /** For `room.deleted`: XMPP usernames of the members it had (their memberships went with it). */
  readonly members?: readonly string[];
}

/** A user became a member of a room, or stopped being one. */
export interface MembershipEvent {
  /** What happened. */
  readonly type: 'member.added' | 'member.removed';
  /** The app of the room and the user. */
  readonly appId: string;
  /** The room's short name `<appId>_<chatId>`. */
  readonly room: string;
  /** The user's XMPP username `<appId>_<uuid>`. */
  readonly xmppUsername: string;
}

/** A broadcast was sent to rooms. */
export interface BroadcastEvent {
  /** What happened. */
  readonly type: 'broadcast.sent';
  /** The app of the rooms. */
  readonly appId: string;
  /** Short names of the rooms the message went to. */
  readonly rooms: readonly string[];
  /** The message text. */
  readonly text: string;
  /** The broadcast's metadata, if it had any. */
  readonly metadata: Readonly<Record<string, unknown>> | undefined;
}

/** The whole state was replaced (`reset()`, `importState()`): read it again. */
export interface StateReplacedEvent {
  /** What happened. */
  readonly type: 'state.replaced';
}

/** One change of the emulator's state. */
export type StoreEvent =
  | AppEvent
  | UserEvent
  | RoomEvent
  | MembershipEvent
  | BroadcastEvent
  | StateReplacedEvent;

/**
 * Keeps another system in step with the emulator (for example an XMPP server with the same users, rooms and
 * memberships). Changes reach it one at a time, in order; an API call that changed state answers only once the
 * mirror has applied the change, so a client may use the mirrored account or room as soon as the call returns.
 */
export interface EmulatorMirror {
  /** Names the mirror in errors and logs. */
  readonly name: string;
  /** Brings the mirror in line with a whole state: at start, and after `reset()` or `importState()`. */
  sync(state: EmulatorSnapshot): Promise<void> | void;
  /** Applies one change. */
  apply(event: StoreEvent): Promise<void> | void;
  /** Releases what the mirror holds when the emulator stops. */
  close?(): Promise<void> | void;
}

/** Receives every change as it happens (synchronously, before the API answers). */
export type StoreListener = (event: StoreEvent) => void;

/**
 * Delivers changes: to listeners at once, to mirrors through one ordered queue. `settled()` waits for the queue,
 * so a handler can answer only after every mirror caught up; a mirror's failure rejects the next `settled()`.
 */
export class ChangeFeed {
  private readonly listeners = new Set<StoreListener>();
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private failure: Error | undefined;

  constructor(
    private readonly mirrors: readonly EmulatorMirror[],
    private readonly snapshot: () => EmulatorSnapshot,
    private readonly onListenerError: (error: unknown) => void,
  ) {}

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers one change. */
  emit(event: StoreEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
    if (this.mirrors.length === 0) return;
    // A replaced state is read whole at delivery time, after the replacement is complete.
    const deliver =
      event.type === 'state.replaced'
        ? (mirror: EmulatorMirror) => mirror.sync(this.snapshot())
        : (mirror: EmulatorMirror) => mirror.apply(event);
    this.pending += 1;
    this.tail = this.tail.then(async () => {
      for (const mirror of this.mirrors) {
        try {
          await deliver(mirror);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          this.failure ??= new Error(`Mirror ${mirror.name} failed on ${event.type}: ${reason}`);
        }
      }
      this.pending -= 1;
    });
  }

  /** True while mirrors still have changes to apply. */
  get busy(): boolean {
    return this.pending > 0 || this.failure !== undefined;
  }

  /** Resolves once every mirror has applied every change so far; rejects (once) with a mirror's failure. */
  async settled(): Promise<void> {
    await this.tail;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
  }

  /** Waits for the queue and closes every mirror. */
  async close(): Promise<void> {
    await this.tail;
    for (const mirror of this.mirrors) await mirror.close?.();
  }
}

/** The event form of a user. */
export function userChange(app: AppRecord, user: UserRecord): UserChange {
  const { uuid, xmppPassword, firstName, lastName, email } = user;
  return { uuid, xmppUsername: `${app._id}_${uuid}`, xmppPassword, firstName, lastName, email };
}

/** The event form of a room. */
export function roomChange(room: RoomRecord): RoomChange {
  const { chatId, name, title, description, type } = room;
  return { chatId, name, title, description, type };
}
