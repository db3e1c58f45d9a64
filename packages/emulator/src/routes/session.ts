import { unauthorized } from '../http/api-error.js';
import type { RouteDefinition } from '../http/route.js';
import { accountView } from './views.js';

/**
 * `POST /v1/users/client`: a frontend trades the client JWT its backend signed (`data.type: 'client'`,
 * `data.userId` = the uuid given at creation) for the user's session. It never creates users: an unknown user is
 * 401 `USER_NOT_FOUND`.
 */
export const sessionRoutes: readonly RouteDefinition[] = [
  {
    method: 'POST',
    path: '/v1/users/client',
    auth: 'client',
    async handle(context) {
      const { verifier, issuer } = context.services;
      const { app, userId } = await verifier.client(context.headers);
      const user = app.users.get(userId);
      if (!user) throw unauthorized('User not found', 'USER_NOT_FOUND');
      const tokens = await issuer.session(app, user);
      return { body: { success: true, user: accountView(app, user), ...tokens } };
    },
  },
];
