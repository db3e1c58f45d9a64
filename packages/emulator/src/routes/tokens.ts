import { notFound, refused } from '../http/api-error.js';
import { type RequestContext, type RouteDefinition, serverRoute } from '../http/route.js';
import { objectId, randomSecret } from '../store/ids.js';
import type { ApiTokenRecord, AppRecord } from '../store/model.js';
import { iso } from '../store/snapshot.js';
import { bodyOf, managedApp } from './scope.js';

function metadata(token: ApiTokenRecord): Record<string, unknown> {
  return {
    tokenId: token.tokenId,
    ...(token.label === undefined ? {} : { label: token.label }),
    status: token.status,
    createdAt: iso(token.createdAt),
    ...(token.rotatedAt === undefined ? {} : { rotatedAt: iso(token.rotatedAt) }),
    ...(token.revokedAt === undefined ? {} : { revokedAt: iso(token.revokedAt) }),
  };
}

function namedToken(context: RequestContext, app: AppRecord): ApiTokenRecord {
  const token = app.tokens.get(context.params.tokenId as string);
  if (!token) throw notFound('Token not found');
  return token;
}

function label(context: RequestContext): string | undefined {
  const value = bodyOf(context).label;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Server API tokens of an app. A token's value is a server JWT of the app that also names the token, so it works
 * wherever a server token does; revoking or rotating it stops the old value at once.
 */
export const tokenRoutes: readonly RouteDefinition[] = [
  serverRoute('GET', '/v2/apps/{appId}/tokens', (context) => ({
    body: { tokens: [...managedApp(context).tokens.values()].map(metadata) },
  })),
  serverRoute('POST', '/v2/apps/{appId}/tokens', async (context) => {
    const app = managedApp(context);
    const now = Date.now();
    const token: ApiTokenRecord = {
      tokenId: objectId(now),
      label: label(context),
      jti: randomSecret(12),
      status: 'active',
      createdAt: now,
      rotatedAt: undefined,
      revokedAt: undefined,
    };
    context.services.store.addToken(app, token);
    return { body: { ...metadata(token), token: await context.services.issuer.apiToken(app, token) } };
  }),
  serverRoute('DELETE', '/v2/apps/{appId}/tokens/{tokenId}', (context) => {
    context.services.store.revokeToken(namedToken(context, managedApp(context)));
    return { body: { ok: true } };
  }),
  serverRoute('POST', '/v2/apps/{appId}/tokens/{tokenId}/rotate', async (context) => {
    const app = managedApp(context);
    const token = namedToken(context, app);
    if (token.status === 'revoked') throw refused('Token is revoked and cannot be rotated');
    context.services.store.rotateToken(token, randomSecret(12), label(context));
    return { body: { ...metadata(token), token: await context.services.issuer.apiToken(app, token) } };
  }),
];
