import type { IncomingHttpHeaders } from 'node:http';
import type { ServerCredential } from '../auth/credentials.js';
import type { EmulatorServices } from '../services.js';
import type { SpecOperation } from '../spec/spec-document.js';

/** How a route authenticates: a server token, a client token (`POST /v1/users/client`), or nothing. */
export type RouteAuth = 'server' | 'client' | 'none';

/** One request, parsed, validated against the spec and (for server routes) authenticated. */
export interface RequestContext {
  readonly services: EmulatorServices;
  /** The spec's operation for this route (`undefined` only if the spec lacks it). */
  readonly operation: SpecOperation | undefined;
  /** Decoded path parameters. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters the spec declares, converted to their schema's type. */
  readonly query: Readonly<Record<string, unknown>>;
  /** The parsed JSON body (`undefined` when there was none). */
  readonly body: unknown;
  readonly headers: IncomingHttpHeaders;
  /** The verified server credential; set on routes whose auth is `server`. */
  readonly credential: ServerCredential | undefined;
}

/** What a route answers (status 200 unless given). */
export interface RouteAnswer {
  readonly status?: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A route of the emulated API. */
export interface RouteDefinition {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The spec's path template, e.g. `/v2/apps/{appId}/chats`. */
  readonly path: string;
  readonly auth: RouteAuth;
  handle(context: RequestContext): RouteAnswer | Promise<RouteAnswer>;
}

/** Shorthand for a server-authenticated route. */
export function serverRoute(
  method: RouteDefinition['method'],
  path: string,
  handle: RouteDefinition['handle'],
): RouteDefinition {
  return { method, path, auth: 'server', handle };
}
