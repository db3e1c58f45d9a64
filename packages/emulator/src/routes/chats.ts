import { ApiError, invalidField, notFound, refused } from '../http/api-error.js';
import { type RequestContext, type RouteAnswer, type RouteDefinition, serverRoute } from '../http/route.js';
import { isXmppSafeId, unprefixed } from '../store/ids.js';
import type { AppRecord, RoomRecord, UserRecord } from '../store/model.js';
import { bodyOf, implicitApp, managedApp, page } from './scope.js';
import { roomView } from './views.js';

const DOCUMENTED = new Set(['uuid', 'title', 'type', 'description', 'picture', 'members']);

/**
 * The users named in `members` (XMPP usernames or uuids). An unknown one is a `USER_NOT_FOUND` answer: 422 when
 * `status` says so, else the spec's "not found" status for the operation (404 where declared, as room creation
 * is attested to answer).
 */
export function memberUsers(
  context: RequestContext,
  app: AppRecord,
  names: readonly string[],
  status?: 422,
): UserRecord[] {
  return names.map((name) => {
    const user = context.services.store.findUser(app, name);
    if (user) return user;
    const message = `User not found: ${name}`;
    throw status
      ? new ApiError(status, message, { code: 'USER_NOT_FOUND' })
      : notFound(message, 'USER_NOT_FOUND');
  });
}

/** The room named by a short name, JID or chat id, or the spec's "Chat room not found" answer. */
export function namedRoom(context: RequestContext, app: AppRecord, name: string): RoomRecord {
  const room = context.services.store.findRoom(app, name);
  if (!room) throw notFound('Chat room not found');
  return room;
}

/** Creates a room (422 "already exists" when its chat id is taken) and adds the members given. */
function createRoom(context: RequestContext, app: AppRecord): RouteAnswer {
  const { store, settings } = context.services;
  const body = bodyOf(context);
  const chatId = unprefixed(app._id, String(body.uuid));
  if (!isXmppSafeId(chatId)) {
    throw invalidField('uuid', 'must not be empty or contain spaces, "@", "/", quotes, ":", "<", ">" or "&"');
  }
  if (store.findRoom(app, chatId)) throw refused('Chat room already exists');
  const members = memberUsers(context, app, (body.members as string[] | undefined) ?? []);
  const room = store.createRoom(app, {
    chatId,
    title: body.title as string,
    type: typeof body.type === 'string' ? body.type : 'group',
    description: typeof body.description === 'string' ? body.description : undefined,
    picture: typeof body.picture === 'string' ? body.picture : undefined,
    createdBy: `${app._id}_server`,
    profile: Object.fromEntries(Object.entries(body).filter(([key]) => !DOCUMENTED.has(key))),
  }) as RoomRecord;
  for (const user of members) store.addMember(app, room, user);
  return { body: { result: roomView(app, room, settings.xmppHost) } };
}

function deleteRoom(context: RequestContext, app: AppRecord, missing: () => ApiError): RouteAnswer {
  const room = context.services.store.findRoom(app, bodyOf(context).name as string);
  if (!room) throw missing();
  context.services.store.deleteRoom(app, room);
  return { body: { ok: true } };
}

/** Rooms: create, delete, update, list; implicit-app and app-scoped. */
export const chatRoutes: readonly RouteDefinition[] = [
  serverRoute('POST', '/v2/chats', (context) => createRoom(context, implicitApp(context))),
  serverRoute('POST', '/v2/apps/{appId}/chats', (context) => createRoom(context, managedApp(context))),
  // The fact sheet attests 422 "not found" here (the previous SDK's forgiving delete relies on it).
  serverRoute('DELETE', '/v1/chats', (context) =>
    deleteRoom(context, implicitApp(context), () => new ApiError(422, 'Chat room not found')),
  ),
  serverRoute('DELETE', '/v2/apps/{appId}/chats', (context) =>
    deleteRoom(context, managedApp(context), () => notFound('Chat room not found')),
  ),
  serverRoute('PATCH', '/v2/apps/{appId}/chats/{chatName}', (context) => {
    const app = managedApp(context);
    const room = namedRoom(context, app, context.params.chatName as string);
    const body = bodyOf(context);
    context.services.store.updateRoom(app, room, {
      title: typeof body.title === 'string' ? body.title : undefined,
      description: typeof body.description === 'string' ? body.description : undefined,
    });
    return { body: { ok: true, result: roomView(app, room, context.services.settings.xmppHost) } };
  }),
  serverRoute('GET', '/v2/apps/{appId}/chats', (context) => {
    const app = managedApp(context);
    const { items, total, limit, offset } = page(context, [...app.rooms.values()]);
    const withMembers = context.query.includeMembers === true;
    const chats = items.map((room) => roomView(app, room, context.services.settings.xmppHost, withMembers));
    return { body: { chats, total, limit, offset } };
  }),
];
