import type { BatchJobs } from './batch-jobs.js';

/** One request as a route handler sees it. */
export interface StubRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

/** What a handler answers: a status and a JSON body. */
export interface StubAnswer {
  status: number;
  body: unknown;
}

/** A route: method, path pattern with `:name` segments, handler. */
interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  handle: (request: StubRequest) => StubAnswer;
}

/** A route that matched, with the pattern it was registered under (the stats key). */
export interface RouteMatch {
  pattern: string;
  handle: () => StubAnswer;
}

const ok = (body: unknown = { ok: true }): StubAnswer => ({ status: 200, body });
const TIME = '2026-11-20T10:15:00.000Z';

function chatRoom(appId: string, body: unknown): StubAnswer {
  const room = (body ?? {}) as { uuid?: unknown; title?: unknown; type?: unknown };
  if (typeof room.uuid !== 'string' || room.uuid === '') {
    return { status: 422, body: { success: false, error: 'uuid is required', code: 'VALIDATION_ERROR' } };
  }
  return ok({
    result: {
      _id: '6650a1b2c3d4e5f6a7b8c9d0',
      name: `${appId}_${room.uuid}`,
      title: room.title ?? `Chat Room ${room.uuid}`,
      type: room.type ?? 'group',
      appId,
      createdAt: TIME,
      updatedAt: TIME,
    },
  });
}

function user(appId: string, uuid: string): Record<string, unknown> {
  return {
    _id: '6650a1b2c3d4e5f6a7b8c9e1',
    xmppUsername: `${appId}_${uuid}`,
    firstName: 'Ada',
    lastName: 'Lovelace',
  };
}

function usersList(appId: string, query: URLSearchParams): StubAnswer {
  const limit = Math.min(Number(query.get('limit') ?? 2) || 2, 2);
  const results = Array.from({ length: limit }, (_, i) => user(appId, `user-${i + 1}`));
  return ok({ results });
}

function batchAccepted(jobs: BatchJobs, appId: string, body: unknown, statusBase: string): StubAnswer {
  const outcome = jobs.enqueue(appId, body);
  if ('error' in outcome) {
    return { status: 422, body: { success: false, error: outcome.error, code: 'VALIDATION_ERROR' } };
  }
  return { status: 202, body: { jobId: outcome.jobId, statusUrl: `${statusBase}/${outcome.jobId}` } };
}

function jobStatus(jobs: BatchJobs, appId: string, jobId: string): StubAnswer {
  const status = jobs.status(appId, jobId);
  return status ? ok(status) : { status: 404, body: { success: false, error: 'Job not found' } };
}

function accessChange(body: unknown): StubAnswer {
  const members = (body as { members?: unknown } | null)?.members;
  const chatName = (body as { chatName?: unknown } | null)?.chatName;
  if (typeof chatName !== 'string' || !Array.isArray(members) || members.length === 0) {
    return { status: 422, body: { success: false, error: 'chatName and members are required' } };
  }
  return ok({ ok: true });
}

/**
 * Every route either SDK calls, answered with small bodies shaped like the API's (see
 * `/work/shared/ethora-api.md` §4): the users and chats routes of the app named by the token, and
 * the tenant-admin routes under `/v2/apps/{appId}`.
 */
export function createRouter(appId: string, jobs: BatchJobs) {
  const routes: Route[] = [];
  const add = (method: string, pattern: string, handle: Route['handle']): void => {
    const names: string[] = [];
    const source = pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    routes.push({ method, pattern, regex: new RegExp(`^${source}$`), names, handle });
  };

  // Users and chats of the app named by the token.
  add('POST', '/v2/users/batch', (r) => batchAccepted(jobs, appId, r.body, '/v2/users/batch'));
  add('GET', '/v2/users/batch/:jobId', (r) => jobStatus(jobs, appId, r.params.jobId!));
  add('DELETE', '/v1/users/batch', () => ok());
  add('PATCH', '/v2/chats/users', (r) => {
    const users = ((r.body as { users?: unknown[] } | null)?.users ?? []) as Array<{ xmppUsername?: string }>;
    return ok({ results: users.map((u) => ({ xmppUsername: u.xmppUsername, status: 'updated' })) });
  });
  add('GET', '/v2/chats/users', (r) => usersList(appId, r.query));
  add('GET', '/v1/apps/users/:xmppUsername', (r) => ok({ result: user(appId, r.params.xmppUsername!) }));
  add('POST', '/v2/chats', (r) => chatRoom(appId, r.body));
  add('DELETE', '/v1/chats', () => ok());
  add('POST', '/v2/chats/users-access', (r) => accessChange(r.body));
  add('DELETE', '/v2/chats/users-access', (r) => accessChange(r.body));

  // Tenant-admin routes with an explicit app id.
  add('GET', '/v2/apps', () => ok({ apps: [], total: 0 }));
  add('POST', '/v2/apps', () => ok({ app: { _id: appId, displayName: 'Bench', appToken: 'app-token' } }));
  add('GET', '/v2/apps/:appId', (r) => ok({ result: { _id: r.params.appId, displayName: 'Bench' } }));
  add('DELETE', '/v2/apps/:appId', () => ok());
  add('GET', '/v2/apps/:appId/tokens', () => ok({ tokens: [] }));
  add('POST', '/v2/apps/:appId/tokens', () => ok({ tokenId: 'tok-1', token: 'token-value' }));
  add('DELETE', '/v2/apps/:appId/tokens/:tokenId', () => ok());
  add('POST', '/v2/apps/:appId/tokens/:tokenId/rotate', (r) => ok({ tokenId: r.params.tokenId, token: 't' }));
  add('POST', '/v2/apps/:appId/provision', () => ok());
  add('GET', '/v2/apps/:appId/bot', () => ok({ status: 'off' }));
  add('PUT', '/v2/apps/:appId/bot', () => ok({ status: 'off' }));
  add('POST', '/v2/apps/:appId/chats/broadcast', () => ({ status: 202, body: { jobId: 'bc-1' } }));
  add('GET', '/v2/apps/:appId/chats/broadcast/:jobId', () => ok({ state: 'completed', results: [] }));
  add('POST', '/v2/apps/:appId/users/batch', (r) =>
    batchAccepted(jobs, r.params.appId!, r.body, `/v2/apps/${r.params.appId}/users/batch`),
  );
  add('GET', '/v2/apps/:appId/users/batch/:jobId', (r) => jobStatus(jobs, r.params.appId!, r.params.jobId!));
  add('DELETE', '/v2/apps/:appId/users/batch', () => ok());
  add('POST', '/v2/apps/:appId/chats', (r) => chatRoom(r.params.appId!, r.body));
  add('GET', '/v2/apps/:appId/chats', () => ok({ chats: [] }));
  add('DELETE', '/v2/apps/:appId/chats', () => ok());
  add('PATCH', '/v2/apps/:appId/chats/users', () => ok({ results: [] }));
  add('PATCH', '/v2/apps/:appId/chats/:chatName', () => ok());
  add('POST', '/v2/apps/:appId/chats/users-access', (r) => accessChange(r.body));
  add('DELETE', '/v2/apps/:appId/chats/users-access', (r) => accessChange(r.body));
  add('GET', '/v2/apps/:appId/users/:userId/chats', () => ok({ chats: [] }));

  return {
    /** Finds the route for a method and path, with its handler bound to the request. */
    match(method: string, path: string, query: URLSearchParams, body: unknown): RouteMatch | undefined {
      for (const route of routes) {
        if (route.method !== method) continue;
        const found = route.regex.exec(path);
        if (!found) continue;
        const params: Record<string, string> = {};
        route.names.forEach((name, i) => {
          params[name] = decodeURIComponent(found[i + 1]!);
        });
        return { pattern: `${method} ${route.pattern}`, handle: () => route.handle({ params, query, body }) };
      }
      return undefined;
    },
  };
}
