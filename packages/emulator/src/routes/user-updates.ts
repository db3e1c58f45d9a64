import { invalidField } from '../http/api-error.js';
import { type RequestContext, type RouteAnswer, type RouteDefinition, serverRoute } from '../http/route.js';
import type { UserChanges } from '../store/inputs.js';
import type { AppRecord } from '../store/model.js';
import { bodyOf, implicitApp, managedApp } from './scope.js';
import { userView } from './views.js';

const FIELDS = ['firstName', 'lastName', 'username', 'profileImage'] as const;

/**
 * Sets names, usernames and avatars of 1–100 users found by XMPP username (or, on the app-scoped route, `uuid`).
 * Each gets `updated` (with the user), `skipped` (nothing changed) or `not-found`; the e-mail cannot be changed.
 */
function updateUsers(context: RequestContext, app: AppRecord): RouteAnswer {
  const { store } = context.services;
  const updates = bodyOf(context).users as Record<string, unknown>[];
  updates.forEach((update, index) => {
    if ('email' in update) throw invalidField(`users[${index}].email`, 'is not allowed');
  });
  const results = updates.map((update) => {
    const xmppUsername = update.xmppUsername as string;
    const user =
      store.findUser(app, xmppUsername) ??
      (typeof update.uuid === 'string' ? store.findUser(app, update.uuid) : undefined);
    if (!user) return { xmppUsername, status: 'not-found' };
    const changes: UserChanges = {};
    for (const field of FIELDS) {
      const value = update[field];
      // Empty strings are ignored, as the previous SDK sent none.
      if (typeof value === 'string' && value !== '') changes[field] = value;
    }
    const changed = store.updateUser(app, user, changes);
    return { xmppUsername, status: changed ? 'updated' : 'skipped', user: userView(app, user) };
  });
  return { body: { results } };
}

/** User updates, implicit-app and app-scoped. */
export const userUpdateRoutes: readonly RouteDefinition[] = [
  serverRoute('PATCH', '/v2/chats/users', (context) => updateUsers(context, implicitApp(context))),
  serverRoute('PATCH', '/v2/apps/{appId}/chats/users', (context) =>
    updateUsers(context, managedApp(context)),
  ),
];
