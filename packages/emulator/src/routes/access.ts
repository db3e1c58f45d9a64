import { type RequestContext, type RouteAnswer, type RouteDefinition, serverRoute } from '../http/route.js';
import type { AppRecord } from '../store/model.js';
import { memberUsers, namedRoom } from './chats.js';
import { bodyOf, implicitApp, managedApp, page } from './scope.js';
import { roomView } from './views.js';

/**
 * Grants room membership to every user named (all must exist, else nothing changes); granting a membership a user
 * has changes nothing.
 */
function grant(context: RequestContext, app: AppRecord): RouteAnswer {
  const body = bodyOf(context);
  const room = namedRoom(context, app, body.chatName as string);
  const users = memberUsers(context, app, body.members as string[], 422);
  for (const user of users) context.services.store.addMember(app, room, user);
  return { body: { ok: true } };
}

/** Takes membership away; users who are not members, or do not exist, are skipped. */
function remove(context: RequestContext, app: AppRecord): RouteAnswer {
  const { store } = context.services;
  const body = bodyOf(context);
  const room = namedRoom(context, app, body.chatName as string);
  for (const name of body.members as string[]) {
    const user = store.findUser(app, name);
    if (user) store.removeMember(app, room, user);
  }
  return { body: { ok: true } };
}

/** Room membership, implicit-app and app-scoped, and the rooms of a user. */
export const accessRoutes: readonly RouteDefinition[] = [
  serverRoute('POST', '/v2/chats/users-access', (context) => grant(context, implicitApp(context))),
  serverRoute('DELETE', '/v2/chats/users-access', (context) => remove(context, implicitApp(context))),
  serverRoute('POST', '/v2/apps/{appId}/chats/users-access', (context) =>
    grant(context, managedApp(context)),
  ),
  serverRoute('DELETE', '/v2/apps/{appId}/chats/users-access', (context) =>
    remove(context, managedApp(context)),
  ),
  serverRoute('GET', '/v2/apps/{appId}/users/{userId}/chats', (context) => {
    const app = managedApp(context);
    // A user that does not exist belongs to no room: an empty list (the spec documents no "not found" here).
    const user = context.services.store.findUser(app, context.params.userId as string);
    const rooms = [...(user?.rooms ?? [])]
      .flatMap((name) => app.rooms.get(name) ?? [])
      .sort((a, b) => a.createdAt - b.createdAt || (a._id < b._id ? -1 : 1));
    const { items, total, limit, offset } = page(context, rooms);
    const withMembers = context.query.includeMembers === true;
    const chats = items.map((room) => roomView(app, room, context.services.settings.xmppHost, withMembers));
    return { body: { chats, total, limit, offset } };
  }),
];
