import type { AppRecord } from './model.js';
import { type AppSnapshot, type EmulatorSnapshot, iso } from './snapshot.js';

const optional = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });

function appSnapshot(app: AppRecord): AppSnapshot {
  return {
    appId: app._id,
    appSecret: app.secret,
    displayName: app.displayName,
    acceptRawSecret: app.acceptRawSecret,
    ...optional('parentAppId', app.parentAppId),
    profile: { ...app.profile },
    appToken: app.appToken,
    bot: structuredClone(app.bot),
    tokens: [...app.tokens.values()].map((token) => ({
      tokenId: token.tokenId,
      ...optional('label', token.label),
      jti: token.jti,
      status: token.status,
      createdAt: iso(token.createdAt),
      ...optional('rotatedAt', token.rotatedAt === undefined ? undefined : iso(token.rotatedAt)),
      ...optional('revokedAt', token.revokedAt === undefined ? undefined : iso(token.revokedAt)),
    })),
    users: [...app.users.values()].map((user) => ({
      uuid: user.uuid,
      _id: user._id,
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      ...optional('username', user.username),
      ...optional('profileImage', user.profileImage),
      xmppPassword: user.xmppPassword,
      ...optional('profile', user.profile && structuredClone(user.profile)),
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
    })),
    rooms: [...app.rooms.values()].map((room) => ({
      chatId: room.chatId,
      _id: room._id,
      title: room.title,
      description: room.description,
      type: room.type,
      picture: room.picture,
      createdBy: room.createdBy,
      pinned: app.pinnedRooms.has(room.name),
      members: [...room.members],
      ...optional('profile', room.profile && structuredClone(room.profile)),
      createdAt: iso(room.createdAt),
      updatedAt: iso(room.updatedAt),
    })),
    jobs: [...app.jobs.values()].map((job) => ({
      jobId: job.jobId,
      kind: job.kind,
      state: job.state,
      request: structuredClone(job.request),
      ...optional('results', job.results && structuredClone(job.results)),
      ...optional('error', job.error),
      createdAt: iso(job.createdAt),
      updatedAt: iso(job.updatedAt),
    })),
    createdAt: iso(app.createdAt),
    updatedAt: iso(app.updatedAt),
  };
}

/** The JSON snapshot of a set of apps (secrets and XMPP passwords included: it must load back). */
export function snapshotOf(apps: Iterable<AppRecord>): EmulatorSnapshot {
  return { version: 1, apps: [...apps].map(appSnapshot) };
}
