import type { AppRecord, JobRecord, RoomRecord, UserRecord } from '../store/model.js';
import { iso } from '../store/snapshot.js';

const defined = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

/** A user as `/v2` routes return it (the XMPP password is never listed). */
export function userView(app: AppRecord, user: UserRecord): Record<string, unknown> {
  // Built field by field: lists render many users per request, and this is the hot path of `getUsers`.
  const view: Record<string, unknown> = user.profile ? { ...user.profile } : {};
  view._id = user._id;
  view.xmppUsername = `${app._id}_${user.uuid}`;
  view.firstName = user.firstName;
  view.lastName = user.lastName;
  if (user.username !== undefined) view.username = user.username;
  view.email = user.email;
  if (user.profileImage !== undefined) view.profileImage = user.profileImage;
  view.appId = app._id;
  return view;
}

/** A user as `GET /v1/apps/users/{xmppUsername}` returns it. */
export function appUserView(app: AppRecord, user: UserRecord): Record<string, unknown> {
  return defined({
    _id: user._id,
    firstName: user.firstName,
    lastName: user.lastName,
    xmppUsername: `${app._id}_${user.uuid}`,
    profileImage: user.profileImage,
    email: user.email,
  });
}

/** A user account as the v1 session returns it, with the XMPP password a chat client signs in with. */
export function accountView(app: AppRecord, user: UserRecord): Record<string, unknown> {
  const xmppUsername = `${app._id}_${user.uuid}`;
  return {
    ...user.profile,
    ...defined({
      _id: user._id,
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      // For users created by a backend the v1 login name is the XMPP username.
      username: xmppUsername,
      xmppUsername,
      profileImage: user.profileImage ?? '',
      appId: app._id,
      xmppPassword: user.xmppPassword,
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
    }),
  };
}

/** A room, with `members` when asked for. */
export function roomView(
  app: AppRecord,
  room: RoomRecord,
  xmppHost: string,
  withMembers = false,
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    ...room.profile,
    _id: room._id,
    name: room.name,
    jid: `${room.name}@conference.${xmppHost}`,
    title: room.title,
    description: room.description,
    type: room.type,
    picture: room.picture,
    appId: app._id,
    createdBy: room.createdBy,
    createdAt: iso(room.createdAt),
    updatedAt: iso(room.updatedAt),
  };
  if (withMembers) {
    view.members = [...room.members].flatMap((uuid) => {
      const user = app.users.get(uuid);
      return user
        ? [{ xmppUsername: `${app._id}_${uuid}`, firstName: user.firstName, lastName: user.lastName }]
        : [];
    });
  }
  return view;
}

/** An app (its secret included, as the v1 app list shows it to those who manage it). */
export function appView(app: AppRecord, xmppHost: string): Record<string, unknown> {
  return {
    ...app.profile,
    ...defined({
      _id: app._id,
      displayName: app.displayName,
      appToken: app.appToken,
      appSecret: app.secret,
      parentAppId: app.parentAppId,
      defaultRooms: [...app.pinnedRooms].map((name) => ({
        jid: `${name}@conference.${xmppHost}`,
        pinned: true,
      })),
      createdAt: iso(app.createdAt),
      updatedAt: iso(app.updatedAt),
    }),
  };
}

/**
 * A job's status body: `state`, then for a user batch `result: { results }` (each with the user's XMPP username
 * and, while the user exists, the user), for a broadcast `results`, or `error`.
 */
export function jobView(app: AppRecord, job: JobRecord): Record<string, unknown> {
  const view: Record<string, unknown> = { jobId: job.jobId, state: job.state };
  if (job.state === 'completed') {
    if (job.kind === 'users')
      view.result = { results: (job.results ?? []).map((item) => userOutcome(app, item)) };
    else view.results = job.results ?? [];
  }
  if (job.state === 'failed') view.error = job.error ?? 'Job failed';
  view.createdAt = iso(job.createdAt);
  view.updatedAt = iso(job.updatedAt);
  return view;
}

function userOutcome(app: AppRecord, item: Record<string, unknown>): Record<string, unknown> {
  const uuid = String(item.uuid);
  const user = app.users.get(uuid);
  return { ...item, xmppUsername: `${app._id}_${uuid}`, ...(user ? { user: userView(app, user) } : {}) };
}
