import type { RouteDefinition } from '../http/route.js';
import { accessRoutes } from './access.js';
import { appRoutes } from './apps.js';
import { botRoutes } from './bot.js';
import { broadcastRoutes } from './broadcasts.js';
import { chatRoutes } from './chats.js';
import { sessionRoutes } from './session.js';
import { tokenRoutes } from './tokens.js';
import { userQueryRoutes } from './user-queries.js';
import { userUpdateRoutes } from './user-updates.js';
import { userRoutes } from './users.js';

/** Every route the emulator serves, each a path of the spec. */
export const emulatedRoutes: readonly RouteDefinition[] = [
  ...userRoutes,
  ...userQueryRoutes,
  ...userUpdateRoutes,
  ...chatRoutes,
  ...accessRoutes,
  ...appRoutes,
  ...tokenRoutes,
  ...botRoutes,
  ...broadcastRoutes,
  ...sessionRoutes,
];
