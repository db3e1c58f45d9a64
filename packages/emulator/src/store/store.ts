import { ChangeFeed, type EmulatorMirror, roomChange, type StoreEvent, userChange } from './events.js';
import { objectId, plainName } from './ids.js';
import {
  applyChanges,
  type NewApp,
  type NewRoom,
  type NewUser,
  type RoomChanges,
  type UserChanges,
} from './inputs.js';
import type { ApiTokenRecord, AppRecord, BotSettings, JobRecord, RoomRecord, UserRecord } from './model.js';
import type { EmulatorSnapshot } from './snapshot.js';
import { snapshotOf } from './snapshot-of.js';

/**
 * The emulated install's whole state, and the one place that changes it: every change goes through a method
 * here, which emits a {@link StoreEvent} (see `subscribe` and mirrors). Nothing else mutates the records.
 */
export class EmulatorStore {
  private readonly appsById = new Map<string, AppRecord>();
  /** Deleted apps: their tokens still verify, and then get 400 `APP_NOT_FOUND` as on the platform. */
  private readonly deleted = new Map<string, AppRecord>();
  private readonly usersById = new Map<string, UserRecord>();
  private readonly userLists = new WeakMap<AppRecord, UserRecord[]>();
  private quiet = false;
  /** Delivers changes to listeners and mirrors. */
  readonly feed: ChangeFeed;

  constructor(mirrors: readonly EmulatorMirror[], onListenerError: (error: unknown) => void) {
    this.feed = new ChangeFeed(mirrors, () => this.snapshot(), onListenerError);
  }

  private emit(event: StoreEvent): void {
    if (!this.quiet) this.feed.emit(event);
  }

  /** Every app, in creation order. */
  apps(): IterableIterator<AppRecord> {
    return this.appsById.values();
  }

  /** The app with this id, if it exists. */
  app(appId: string): AppRecord | undefined {
    return this.appsById.get(appId);
  }

  /** A deleted app with this id, if there was one. */
  deletedApp(appId: string): AppRecord | undefined {
    return this.deleted.get(appId);
  }

  /** Adds an app. */
  addApp(input: NewApp): AppRecord {
    const now = Date.now();
    const app: AppRecord = {
      _id: input._id,
      displayName: input.displayName,
      profile: { ...input.profile },
      secret: input.secret,
      acceptRawSecret: input.acceptRawSecret ?? false,
      appToken: input.appToken,
      parentAppId: input.parentAppId,
      createdAt: input.createdAt ?? now,
      updatedAt: input.updatedAt ?? input.createdAt ?? now,
      bot: { ...input.bot },
      tokens: new Map(),
      users: new Map(),
      rooms: new Map(),
      pinnedRooms: new Set(),
      jobs: new Map(),
    };
    this.appsById.set(app._id, app);
    this.deleted.delete(app._id);
    this.emit({ type: 'app.created', appId: app._id });
    return app;
  }

  /** Deletes an app with its rooms and users (each emits its own event first). */
  deleteApp(app: AppRecord): void {
    for (const room of [...app.rooms.values()]) this.deleteRoom(app, room);
    for (const user of [...app.users.values()]) this.deleteUser(app, user);
    this.appsById.delete(app._id);
    this.deleted.set(app._id, app);
    this.emit({ type: 'app.deleted', appId: app._id });
  }

  /** Merges bot settings; returns the settings after the change. */
  updateBot(app: AppRecord, patch: BotSettings): BotSettings {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) app.bot[key] = value;
    app.updatedAt = Date.now();
    return app.bot;
  }

  /** Adds a server API token. */
  addToken(app: AppRecord, token: ApiTokenRecord): void {
    app.tokens.set(token.tokenId, token);
  }

  /** Gives a token a new value (`jti`), so the old value stops working. */
  rotateToken(token: ApiTokenRecord, jti: string, label: string | undefined): void {
    token.jti = jti;
    token.rotatedAt = Date.now();
    if (label !== undefined) token.label = label;
  }

  /** Revokes a token; revoking a revoked token changes nothing. */
  revokeToken(token: ApiTokenRecord): void {
    if (token.status === 'revoked') return;
    token.status = 'revoked';
    token.revokedAt = Date.now();
  }

  /** Creates a user unless its uuid exists; a new user joins the app's pinned rooms. */
  createUser(app: AppRecord, input: NewUser): { status: 'created' | 'exists'; user: UserRecord } {
    const existing = app.users.get(input.uuid);
    if (existing) return { status: 'exists', user: existing };
    const now = Date.now();
    const user: UserRecord = {
      _id: input._id ?? objectId(now),
      uuid: input.uuid,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      username: input.username,
      profileImage: input.profileImage,
      xmppPassword: input.xmppPassword,
      profile: input.profile && Object.keys(input.profile).length > 0 ? input.profile : undefined,
      rooms: undefined,
      createdAt: input.createdAt ?? now,
      updatedAt: input.updatedAt ?? input.createdAt ?? now,
    };
    app.users.set(user.uuid, user);
    this.usersById.set(user._id, user);
    this.userLists.get(app)?.push(user);
    this.emit({ type: 'user.created', appId: app._id, user: userChange(app, user) });
    for (const name of app.pinnedRooms) {
      const room = app.rooms.get(name);
      if (room) this.addMember(app, room, user);
    }
    return { status: 'created', user };
  }

  /** Applies changes; returns false when they change nothing. */
  updateUser(app: AppRecord, user: UserRecord, changes: UserChanges): boolean {
    if (!applyChanges(user, changes)) return false;
    this.emit({ type: 'user.updated', appId: app._id, user: userChange(app, user) });
    return true;
  }

  /** Deletes a user and its memberships. */
  deleteUser(app: AppRecord, user: UserRecord): void {
    const rooms = [...(user.rooms ?? [])];
    for (const name of rooms) app.rooms.get(name)?.members.delete(user.uuid);
    app.users.delete(user.uuid);
    this.usersById.delete(user._id);
    this.userLists.delete(app);
    this.emit({ type: 'user.deleted', appId: app._id, user: userChange(app, user), rooms });
  }

  /** The app's users in creation order (cached until a user is deleted). */
  userList(app: AppRecord): readonly UserRecord[] {
    let list = this.userLists.get(app);
    if (list === undefined) {
      list = [...app.users.values()];
      this.userLists.set(app, list);
    }
    return list;
  }

  /** Finds a user of the app by uuid, XMPP username (`<appId>_<uuid>`, a JID too) or database `_id`. */
  findUser(app: AppRecord, id: string): UserRecord | undefined {
    const byName = app.users.get(plainName(app._id, id));
    if (byName) return byName;
    const byId = this.usersById.get(id);
    return byId && app.users.get(byId.uuid) === byId ? byId : undefined;
  }

  /** Creates a room; `undefined` when a room with its chat id exists. */
  createRoom(app: AppRecord, input: NewRoom): RoomRecord | undefined {
    const name = `${app._id}_${input.chatId}`;
    if (app.rooms.has(name)) return undefined;
    const now = Date.now();
    const room: RoomRecord = {
      _id: input._id ?? objectId(now),
      chatId: input.chatId,
      name,
      title: input.title,
      description: input.description ?? '',
      type: input.type,
      picture: input.picture ?? '',
      createdBy: input.createdBy,
      profile: input.profile && Object.keys(input.profile).length > 0 ? input.profile : undefined,
      members: new Set(),
      createdAt: input.createdAt ?? now,
      updatedAt: input.updatedAt ?? input.createdAt ?? now,
    };
    app.rooms.set(name, room);
    this.emit({ type: 'room.created', appId: app._id, room: roomChange(room) });
    return room;
  }

  /** Finds a room by short name `<appId>_<chatId>`, JID or plain chat id. */
  findRoom(app: AppRecord, name: string): RoomRecord | undefined {
    return app.rooms.get(`${app._id}_${plainName(app._id, name)}`);
  }

  /** Applies changes; returns false when they change nothing. */
  updateRoom(app: AppRecord, room: RoomRecord, changes: RoomChanges): boolean {
    if (!applyChanges(room, changes)) return false;
    this.emit({ type: 'room.updated', appId: app._id, room: roomChange(room) });
    return true;
  }

  /** Deletes a room and its memberships. */
  deleteRoom(app: AppRecord, room: RoomRecord): void {
    const members = [...room.members];
    for (const uuid of members) app.users.get(uuid)?.rooms?.delete(room.name);
    app.rooms.delete(room.name);
    app.pinnedRooms.delete(room.name);
    const xmppUsernames = members.map((uuid) => `${app._id}_${uuid}`);
    this.emit({ type: 'room.deleted', appId: app._id, room: roomChange(room), members: xmppUsernames });
  }

  /** Pins a room (new users join it) or unpins it. */
  pinRoom(app: AppRecord, room: RoomRecord, pinned: boolean): void {
    if (pinned) app.pinnedRooms.add(room.name);
    else app.pinnedRooms.delete(room.name);
  }

  /** Makes a user a member; returns false when it was one already. */
  addMember(app: AppRecord, room: RoomRecord, user: UserRecord): boolean {
    if (room.members.has(user.uuid)) return false;
    room.members.add(user.uuid);
    user.rooms ??= new Set();
    user.rooms.add(room.name);
    this.emit({
      type: 'member.added',
      appId: app._id,
      room: room.name,
      xmppUsername: `${app._id}_${user.uuid}`,
    });
    return true;
  }

  /** Takes a user's membership away; returns false when it had none. */
  removeMember(app: AppRecord, room: RoomRecord, user: UserRecord): boolean {
    if (!room.members.delete(user.uuid)) return false;
    user.rooms?.delete(room.name);
    this.emit({
      type: 'member.removed',
      appId: app._id,
      room: room.name,
      xmppUsername: `${app._id}_${user.uuid}`,
    });
    return true;
  }

  /** Records a background job. */
  addJob(app: AppRecord, job: JobRecord): void {
    app.jobs.set(job.jobId, job);
  }

  /** Moves a job on. */
  updateJob(job: JobRecord, changes: Partial<Pick<JobRecord, 'state' | 'results' | 'error'>>): void {
    Object.assign(job, changes);
    job.updatedAt = Date.now();
  }

  /** Notes a broadcast sent to rooms. */
  broadcast(
    app: AppRecord,
    rooms: readonly string[],
    text: string,
    metadata?: Record<string, unknown>,
  ): void {
    this.emit({ type: 'broadcast.sent', appId: app._id, rooms, text, metadata });
  }

  /** The whole state as JSON. */
  snapshot(): EmulatorSnapshot {
    return snapshotOf(this.appsById.values());
  }

  /** Replaces everything by what `build` adds to an empty store, then emits one `state.replaced`. */
  replace(build: (store: EmulatorStore) => void): void {
    this.quiet = true;
    try {
      this.appsById.clear();
      this.deleted.clear();
      this.usersById.clear();
      build(this);
    } finally {
      this.quiet = false;
    }
    this.emit({ type: 'state.replaced' });
  }
}
