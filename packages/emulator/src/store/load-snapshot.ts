import { isXmppSafeId, objectId, plainName, randomSecret } from './ids.js';
import type { JobState } from './model.js';
import {
  type AppSnapshot,
  type EmulatorSnapshot,
  EmulatorStateError,
  expectObject,
  optionalArray,
  optionalString,
  parseTime,
} from './snapshot.js';
import type { EmulatorStore } from './store.js';

const APP_ID = /^[0-9a-fA-F]{24}$/;
const JOB_STATES: readonly JobState[] = ['pending', 'running', 'completed', 'failed'];

function requiredString(path: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new EmulatorStateError(path, 'must be a non-empty string');
  return value;
}

function safeId(path: string, value: unknown): string {
  const id = requiredString(path, value);
  if (!isXmppSafeId(id)) {
    throw new EmulatorStateError(
      path,
      `must be usable in an XMPP name (no spaces, "@", "/", quotes, ":", "<", ">", "&"): ${JSON.stringify(id)}`,
    );
  }
  return id;
}

function optionalRecord(path: string, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  expectObject(path, value);
  return value;
}

/** Checks a parsed JSON value as a snapshot or seed and returns it typed; throws {@link EmulatorStateError}. */
export function parseSnapshot(value: unknown): EmulatorSnapshot {
  expectObject('snapshot', value);
  if (value.version !== undefined && value.version !== 1) {
    throw new EmulatorStateError('version', `must be 1 (got ${JSON.stringify(value.version)})`);
  }
  const seen = new Set<string>();
  const apps = optionalArray('apps', value.apps).map((raw, index) => {
    const path = `apps[${index}]`;
    expectObject(path, raw);
    const appId = requiredString(`${path}.appId`, raw.appId);
    if (!APP_ID.test(appId)) throw new EmulatorStateError(`${path}.appId`, 'must be 24 hexadecimal digits');
    if (seen.has(appId)) throw new EmulatorStateError(`${path}.appId`, `repeats app ${appId}`);
    seen.add(appId);
    requiredString(`${path}.appSecret`, raw.appSecret);
    optionalString(`${path}.displayName`, raw.displayName);
    if (raw.acceptRawSecret !== undefined && typeof raw.acceptRawSecret !== 'boolean') {
      throw new EmulatorStateError(`${path}.acceptRawSecret`, 'must be a boolean');
    }
    optionalRecord(`${path}.profile`, raw.profile);
    optionalRecord(`${path}.bot`, raw.bot);
    checkEntities(path, raw);
    return raw as unknown as AppSnapshot;
  });
  return { version: 1, apps };
}

function checkEntities(path: string, app: Record<string, unknown>): void {
  const appId = app.appId as string;
  const uuids = new Set<string>();
  optionalArray(`${path}.users`, app.users).forEach((user, index) => {
    const at = `${path}.users[${index}]`;
    expectObject(at, user);
    const uuid = safeId(`${at}.uuid`, user.uuid);
    if (uuids.has(uuid)) throw new EmulatorStateError(`${at}.uuid`, `repeats user ${uuid}`);
    uuids.add(uuid);
    for (const key of ['_id', 'firstName', 'lastName', 'email', 'username', 'profileImage', 'xmppPassword']) {
      optionalString(`${at}.${key}`, user[key]);
    }
    optionalRecord(`${at}.profile`, user.profile);
  });
  const chatIds = new Set<string>();
  optionalArray(`${path}.rooms`, app.rooms).forEach((room, index) => {
    const at = `${path}.rooms[${index}]`;
    expectObject(at, room);
    const chatId = safeId(`${at}.chatId`, room.chatId);
    if (chatIds.has(chatId)) throw new EmulatorStateError(`${at}.chatId`, `repeats room ${chatId}`);
    chatIds.add(chatId);
    for (const key of ['_id', 'title', 'description', 'type', 'picture', 'createdBy']) {
      optionalString(`${at}.${key}`, room[key]);
    }
    optionalArray(`${at}.members`, room.members).forEach((member, memberIndex) => {
      const name = requiredString(`${at}.members[${memberIndex}]`, member);
      if (!uuids.has(plainName(appId, name))) {
        throw new EmulatorStateError(
          `${at}.members[${memberIndex}]`,
          `names no user of app ${appId}: ${name}`,
        );
      }
    });
  });
  optionalArray(`${path}.tokens`, app.tokens).forEach((token, index) => {
    const at = `${path}.tokens[${index}]`;
    expectObject(at, token);
    requiredString(`${at}.tokenId`, token.tokenId);
    requiredString(`${at}.jti`, token.jti);
    if (token.status !== 'active' && token.status !== 'revoked') {
      throw new EmulatorStateError(`${at}.status`, 'must be "active" or "revoked"');
    }
  });
  optionalArray(`${path}.jobs`, app.jobs).forEach((job, index) => {
    const at = `${path}.jobs[${index}]`;
    expectObject(at, job);
    requiredString(`${at}.jobId`, job.jobId);
    if (job.kind !== 'users' && job.kind !== 'broadcast') {
      throw new EmulatorStateError(`${at}.kind`, 'must be "users" or "broadcast"');
    }
    if (!JOB_STATES.includes(job.state as JobState)) {
      throw new EmulatorStateError(`${at}.state`, `must be one of ${JOB_STATES.join(', ')}`);
    }
    expectObject(`${at}.request`, job.request);
  });
}

/**
 * Replaces the store's state by a checked snapshot. `appToken` gives the legacy app token of an app whose
 * snapshot has none. Missing user and room fields get defaults; missing XMPP passwords are generated.
 */
export async function loadSnapshot(
  store: EmulatorStore,
  snapshot: EmulatorSnapshot,
  appToken: (appId: string, secret: string) => Promise<string>,
): Promise<void> {
  const tokens = await Promise.all(
    snapshot.apps.map((app) =>
      app.appToken ? Promise.resolve(app.appToken) : appToken(app.appId, app.appSecret),
    ),
  );
  const now = Date.now();
  store.replace(() => {
    for (const [index, raw] of snapshot.apps.entries()) {
      addApp(store, raw, tokens[index] as string, `apps[${index}]`, now);
    }
  });
}

function addApp(store: EmulatorStore, raw: AppSnapshot, appToken: string, path: string, now: number): void {
  const app = store.addApp({
    _id: raw.appId,
    secret: raw.appSecret,
    displayName: raw.displayName ?? `App ${raw.appId}`,
    appToken,
    acceptRawSecret: raw.acceptRawSecret,
    parentAppId: raw.parentAppId,
    profile: raw.profile,
    bot: raw.bot,
    createdAt: parseTime(`${path}.createdAt`, raw.createdAt, now),
    updatedAt: parseTime(`${path}.updatedAt`, raw.updatedAt, now),
  });
  for (const [index, token] of (raw.tokens ?? []).entries()) {
    const at = `${path}.tokens[${index}]`;
    store.addToken(app, {
      tokenId: token.tokenId,
      label: token.label,
      jti: token.jti,
      status: token.status,
      createdAt: parseTime(`${at}.createdAt`, token.createdAt, now),
      rotatedAt:
        token.rotatedAt === undefined ? undefined : parseTime(`${at}.rotatedAt`, token.rotatedAt, now),
      revokedAt:
        token.revokedAt === undefined ? undefined : parseTime(`${at}.revokedAt`, token.revokedAt, now),
    });
  }
  for (const [index, user] of (raw.users ?? []).entries()) {
    const at = `${path}.users[${index}]`;
    store.createUser(app, {
      uuid: user.uuid,
      _id: user._id ?? objectId(now),
      firstName: user.firstName ?? 'User',
      lastName: user.lastName ?? 'User',
      email: user.email ?? `${user.uuid}@example.com`,
      username: user.username,
      profileImage: user.profileImage,
      xmppPassword: user.xmppPassword ?? randomSecret(15),
      profile: user.profile,
      createdAt: parseTime(`${at}.createdAt`, user.createdAt, now),
      updatedAt: parseTime(`${at}.updatedAt`, user.updatedAt, now),
    });
  }
  for (const [index, seed] of (raw.rooms ?? []).entries()) {
    const at = `${path}.rooms[${index}]`;
    const room = store.createRoom(app, {
      chatId: seed.chatId,
      _id: seed._id,
      title: seed.title ?? `Chat Room ${seed.chatId}`,
      type: seed.type ?? 'group',
      description: seed.description,
      picture: seed.picture,
      createdBy: seed.createdBy ?? `${app._id}_server`,
      profile: seed.profile,
      createdAt: parseTime(`${at}.createdAt`, seed.createdAt, now),
      updatedAt: parseTime(`${at}.updatedAt`, seed.updatedAt, now),
    });
    if (!room) continue;
    if (seed.pinned) store.pinRoom(app, room, true);
    for (const member of seed.members ?? []) {
      const user = store.findUser(app, member);
      if (user) store.addMember(app, room, user);
    }
  }
  for (const job of raw.jobs ?? []) {
    store.addJob(app, {
      jobId: job.jobId,
      kind: job.kind,
      // A job that was still running when the snapshot was taken will never finish here: call it failed.
      state: job.state === 'pending' || job.state === 'running' ? 'failed' : job.state,
      request: job.request,
      results: job.results,
      error:
        job.state === 'pending' || job.state === 'running' ? 'interrupted by a snapshot import' : job.error,
      createdAt: parseTime(`${path}.jobs.createdAt`, job.createdAt, now),
      updatedAt: parseTime(`${path}.jobs.updatedAt`, job.updatedAt, now),
    });
  }
}
