import { appNotFound, invalidField } from '../http/api-error.js';
import { type RequestContext, type RouteDefinition, serverRoute } from '../http/route.js';
import { objectId, randomSecret } from '../store/ids.js';
import type { AppRecord } from '../store/model.js';
import { bodyOf, implicitApp, manageableApps, managedApp, page } from './scope.js';
import { appView, roomView } from './views.js';

const DOMAIN_NAME = /^[a-zA-Z0-9]+$/;

function sortApps(context: RequestContext, apps: AppRecord[]): AppRecord[] {
  const byName = context.query.orderBy === 'displayName';
  const direction = context.query.order === 'desc' ? -1 : 1;
  return apps.sort((a, b) => {
    const order = byName ? a.displayName.localeCompare(b.displayName) : a.createdAt - b.createdAt;
    return direction * (order || (a._id < b._id ? -1 : 1));
  });
}

function domainTaken(context: RequestContext, domainName: string): boolean {
  const wanted = domainName.toLowerCase();
  for (const app of context.services.store.apps()) {
    if (String(app.profile.domainName ?? '').toLowerCase() === wanted) return true;
  }
  return false;
}

/** A slug of a room title for a provisioned room's chat id (`Team Chat` → `team-chat`). */
function slug(title: string, index: number): string {
  const text = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return text === '' ? `room-${index + 1}` : text;
}

/** Tenant apps: list, create, read, delete, provision; and the public configuration of a domain. */
export const appRoutes: readonly RouteDefinition[] = [
  serverRoute('GET', '/v2/apps', (context) => {
    const { settings } = context.services;
    const { items, total, limit, offset } = page(context, sortApps(context, manageableApps(context)));
    return { body: { apps: items.map((app) => appView(app, settings.xmppHost)), total, limit, offset } };
  }),
  serverRoute('POST', '/v2/apps', async (context) => {
    const { store, issuer, settings } = context.services;
    const { displayName, ...profile } = bodyOf(context);
    if (typeof displayName !== 'string' || displayName.trim() === '') {
      throw invalidField('displayName', 'is not allowed to be empty');
    }
    if (profile.domainName !== undefined) {
      const domainName = String(profile.domainName);
      if (!DOMAIN_NAME.test(domainName))
        throw invalidField('domainName', 'must only contain alpha-numeric characters');
      if (domainTaken(context, domainName)) throw invalidField('domainName', 'is already taken');
    }
    const _id = objectId();
    const secret = randomSecret(32);
    const app = store.addApp({
      _id,
      secret,
      displayName: displayName.trim(),
      appToken: await issuer.appToken(_id, secret),
      parentAppId: implicitApp(context)._id,
      profile,
    });
    return { body: { app: appView(app, settings.xmppHost) } };
  }),
  serverRoute('GET', '/v2/apps/{appId}', (context) => ({
    body: { result: appView(managedApp(context), context.services.settings.xmppHost) },
  })),
  serverRoute('DELETE', '/v2/apps/{appId}', (context) => {
    context.services.store.deleteApp(managedApp(context));
    return { body: { ok: true } };
  }),
  serverRoute('POST', '/v2/apps/{appId}/provision', (context) => {
    const app = managedApp(context);
    const { store, settings } = context.services;
    const rooms = (bodyOf(context).rooms as { title: string; pinned?: boolean }[] | undefined) ?? [];
    const results = rooms.map(({ title, pinned }, index) => {
      const chatId = slug(title, index);
      const existing = store.findRoom(app, chatId);
      const room =
        existing ?? store.createRoom(app, { chatId, title, type: 'group', createdBy: `${app._id}_server` });
      if (!room) throw new Error(`room ${chatId} could not be created`);
      if (pinned !== undefined) store.pinRoom(app, room, pinned);
      return {
        status: existing ? 'exists' : 'created',
        pinned: app.pinnedRooms.has(room.name),
        ...roomView(app, room, settings.xmppHost),
      };
    });
    return { body: { ok: true, rooms: results } };
  }),
  {
    method: 'GET',
    path: '/v1/apps/get-config',
    auth: 'none',
    handle(context) {
      const { store, settings } = context.services;
      const wanted = String(context.query.domainName ?? '').toLowerCase();
      const apps = [...store.apps()];
      // An emulator serves one install: a domain no app claims gets the first app, as a single-app server would.
      const app =
        apps.find((candidate) => {
          const domain = String(candidate.profile.domainName ?? '').toLowerCase();
          return domain !== '' && (wanted === domain || wanted.startsWith(`${domain}.`));
        }) ?? apps[0];
      if (!app) throw appNotFound();
      const { appSecret: _secret, ...view } = appView(app, settings.xmppHost);
      return { body: { result: { ...view, xmppHost: settings.xmppHost } } };
    },
  },
];
