import type { EmulatorMirror, RoomChange, StoreEvent } from '../store/events.js';
import type { EmulatorSnapshot } from '../store/snapshot.js';
import type { EjabberdAdmin } from './ejabberd-admin.js';

/** How many admin calls a whole-state sync runs at once. */
const SYNC_CONCURRENCY = 8;

/**
 * Keeps an ejabberd in step with the emulator through ejabberd's admin API: every user an XMPP account with its
 * `xmppPassword`, every room a persistent, archived, non-anonymous multi-user chat `<appId>_<chatId>` on
 * `conference.<host>` (members only, except rooms of type `public`), every member of a room a member
 * affiliation. So a messenger logs in as an emulated user and sees the rooms the API manages. Broadcasts are
 * not posted into the rooms. The server's host must be the emulator's `xmppHost`.
 */
export function ejabberdMirror(admin: EjabberdAdmin): EmulatorMirror {
  // What this mirror put on the server, so that a sync can take away what the new state no longer has.
  const accounts = new Set<string>();
  const rooms = new Map<string, Set<string>>();

  const ensureRoom = async (room: RoomChange) => {
    if (rooms.has(room.name)) return;
    try {
      await admin.createRoom(room.name, roomOptions(room));
      rooms.set(room.name, new Set());
    } catch (error) {
      if (!String((error as Error).message).includes('already exists')) throw error;
      // A room from an earlier run: adopt it with the members it has.
      rooms.set(room.name, new Set(await admin.memberNames(room.name)));
    }
  };
  const setMembers = async (name: string, wanted: ReadonlySet<string>) => {
    const current = rooms.get(name) ?? new Set<string>();
    await runLimited(
      [...wanted].filter((user) => !current.has(user)),
      (user) => admin.setAffiliation(name, user, 'member'),
    );
    await runLimited(
      [...current].filter((user) => !wanted.has(user)),
      (user) => admin.setAffiliation(name, user, 'none'),
    );
    rooms.set(name, new Set(wanted));
  };

  return {
    name: `ejabberd (${admin.url})`,
    async sync(state: EmulatorSnapshot) {
      const wanted = wantedState(state);
      await runLimited(
        [...rooms.keys()].filter((name) => !wanted.rooms.has(name)),
        async (name) => {
          await admin.destroyRoom(name);
          rooms.delete(name);
        },
      );
      await runLimited(
        [...accounts].filter((user) => !wanted.accounts.has(user)),
        async (user) => {
          await admin.unregister(user);
          accounts.delete(user);
        },
      );
      await runLimited([...wanted.accounts], async ([user, password]) => {
        await admin.register(user, password);
        accounts.add(user);
      });
      await runLimited([...wanted.rooms.values()], async ({ room, members }) => {
        await ensureRoom(room);
        await setMembers(room.name, members);
      });
    },
    async apply(event: StoreEvent) {
      switch (event.type) {
        case 'user.created':
        case 'user.updated':
          await admin.register(event.user.xmppUsername, event.user.xmppPassword);
          accounts.add(event.user.xmppUsername);
          return;
        case 'user.deleted':
          for (const name of event.rooms ?? []) rooms.get(name)?.delete(event.user.xmppUsername);
          await admin.unregister(event.user.xmppUsername);
          accounts.delete(event.user.xmppUsername);
          return;
        case 'room.created':
          await ensureRoom(event.room);
          return;
        case 'room.updated':
          await admin.command('change_room_option', {
            name: event.room.name,
            service: admin.conferenceHost,
            option: 'title',
            value: event.room.title,
          });
          return;
        case 'room.deleted':
          await admin.destroyRoom(event.room.name);
          rooms.delete(event.room.name);
          return;
        case 'member.added':
          await admin.setAffiliation(event.room, event.xmppUsername, 'member');
          rooms.get(event.room)?.add(event.xmppUsername);
          return;
        case 'member.removed':
          // In a members-only room, losing the affiliation also removes the user from the room at once.
          await admin.setAffiliation(event.room, event.xmppUsername, 'none');
          rooms.get(event.room)?.delete(event.xmppUsername);
          return;
        default:
          // Apps have no XMPP side; broadcasts are not posted; a replaced state comes through sync().
          return;
      }
    },
  };
}

function roomOptions(room: RoomChange): Record<string, string | boolean> {
  return {
    title: room.title,
    persistent: true,
    mam: true,
    anonymous: false,
    members_only: room.type !== 'public',
  };
}

interface WantedState {
  readonly accounts: Map<string, string>;
  readonly rooms: Map<string, { room: RoomChange; members: Set<string> }>;
}

function wantedState(state: EmulatorSnapshot): WantedState {
  const accounts = new Map<string, string>();
  const rooms = new Map<string, { room: RoomChange; members: Set<string> }>();
  for (const app of state.apps) {
    const scoped = (id: string) => (id.startsWith(`${app.appId}_`) ? id : `${app.appId}_${id}`);
    for (const user of app.users ?? []) {
      if (user.xmppPassword) accounts.set(scoped(user.uuid), user.xmppPassword);
    }
    for (const room of app.rooms ?? []) {
      const name = scoped(room.chatId);
      rooms.set(name, {
        room: {
          chatId: room.chatId,
          name,
          title: room.title ?? `Chat Room ${room.chatId}`,
          description: room.description ?? '',
          type: room.type ?? 'group',
        },
        members: new Set((room.members ?? []).map(scoped)),
      });
    }
  }
  return { accounts, rooms };
}

async function runLimited<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, items.length) }, worker));
}
