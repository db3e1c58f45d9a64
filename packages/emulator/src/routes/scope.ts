import { ApiError, appNotFound } from '../http/api-error.js';
import type { RequestContext } from '../http/route.js';
import type { AppRecord } from '../store/model.js';

/** Page size when a list request names none (the v1 lists' documented default). */
export const DEFAULT_PAGE_SIZE = 100;

/** The app named by the server token (routes without `{appId}`). */
export function implicitApp(context: RequestContext): AppRecord {
  const credential = context.credential;
  if (credential === undefined) throw new ApiError(500, 'Route needs a server credential');
  return credential.app;
}

/**
 * The app named by `{appId}`, which the credential must be allowed to manage: its own app, or an app it created
 * with `POST /v2/apps`. Another app's token gets 401; an app that does not exist, 404 (400 where the spec has no
 * 404) `APP_NOT_FOUND`.
 */
export function managedApp(context: RequestContext): AppRecord {
  const own = implicitApp(context);
  const appId = context.params.appId as string;
  const app = context.services.store.app(appId);
  if (app === undefined) throw appNotFound();
  if (app !== own && app.parentAppId !== own._id) {
    throw new ApiError(401, `This token's app may not access app ${appId}`);
  }
  return app;
}

/** Apps a credential may manage: its own and those it created. */
export function manageableApps(context: RequestContext): AppRecord[] {
  const own = implicitApp(context);
  return [...context.services.store.apps()].filter((app) => app === own || app.parentAppId === own._id);
}

/** One page of `items` per the request's `limit` (default 100) and `offset`, with the paging fields. */
export function page<T>(
  context: RequestContext,
  items: readonly T[],
): { items: T[]; total: number; limit: number; offset: number } {
  const limit = (context.query.limit as number | undefined) ?? DEFAULT_PAGE_SIZE;
  const offset = (context.query.offset as number | undefined) ?? 0;
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

/** A string field of the body (validated against the spec already). */
export function bodyOf(context: RequestContext): Record<string, unknown> {
  const body = context.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}
