import { notFound } from '../http/api-error.js';
import { type RequestContext, type RouteDefinition, serverRoute } from '../http/route.js';
import type { AppRecord, UserRecord } from '../store/model.js';
import type { EmulatorStore } from '../store/store.js';
import { implicitApp, page } from './scope.js';
import { appUserView, userView } from './views.js';

/** Users of a 1:1 chat name `<xmppUsernameA>-<xmppUsernameB>` (names may contain `-` themselves). */
function pairUsers(store: EmulatorStore, app: AppRecord, name: string): UserRecord[] {
  for (let at = name.indexOf('-'); at !== -1; at = name.indexOf('-', at + 1)) {
    const first = store.findUser(app, name.slice(0, at));
    const second = store.findUser(app, name.slice(at + 1));
    if (first && second) return first === second ? [first] : [first, second];
  }
  return [];
}

/**
 * The users a `GET /v2/chats/users` query selects, in creation order: all of the app's, a room's members
 * (`chatName`), a 1:1 chat's two users, or one user (`xmppUsername`, `userId`: uuid or database id). Filters
 * combine; a filter that names nothing gives an empty list.
 */
function selectUsers(context: RequestContext, app: AppRecord): readonly UserRecord[] {
  const { store } = context.services;
  const { chatName, xmppUsername, userId } = context.query as Record<string, string | undefined>;
  let users: readonly UserRecord[] | undefined;
  if (chatName !== undefined) {
    const room = store.findRoom(app, chatName);
    users = room
      ? [...room.members].flatMap((uuid) => app.users.get(uuid) ?? [])
      : pairUsers(store, app, chatName);
  }
  const only = (user: UserRecord | undefined) => {
    const base = users ?? (user ? [user] : []);
    users = base.filter((candidate) => candidate === user);
  };
  if (xmppUsername !== undefined) only(store.findUser(app, xmppUsername));
  if (userId !== undefined) only(store.findUser(app, userId));
  if (users === undefined) return store.userList(app);
  // Room members come in join order; lists are in creation order.
  return [...users].sort((a, b) => a.createdAt - b.createdAt || (a._id < b._id ? -1 : 1));
}

/** Listing and finding users. */
export const userQueryRoutes: readonly RouteDefinition[] = [
  serverRoute('GET', '/v2/chats/users', (context) => {
    const app = implicitApp(context);
    const { items, total, limit, offset } = page(context, selectUsers(context, app));
    return { body: { results: items.map((user) => userView(app, user)), total, limit, offset } };
  }),
  serverRoute('GET', '/v1/apps/users/{xmppUsername}', (context) => {
    const app = implicitApp(context);
    const user = context.services.store.findUser(app, context.params.xmppUsername as string);
    if (!user) throw notFound('User not found', 'USER_NOT_FOUND');
    return { body: { result: appUserView(app, user) } };
  }),
];
