import type { components, operations } from '@ethora/client';
import { appIdOf } from '../identifiers/app-id.js';
import { assertOptionalBoolean, assertOptionalChoice } from '../validation/assert-choice.js';
import { assertArray } from '../validation/assert-list.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { assertString } from '../validation/assert-string.js';
import type { UndocumentedResult } from './chats.js';
import { call, type RepositoryContext } from './context.js';
import { pageChecks } from './page-query-checks.js';
import { pickOptions } from './pick-options.js';

/** Query of `listApps`: page (`limit` 1–500, `offset`) and sort order. */
export type ListAppsQuery = NonNullable<operations['listApps']['parameters']['query']>;
/** A page of apps (`{ apps, total }` where the API gives them). */
export type AppList = components['schemas']['AppList'];
/** One tenant app. */
export type App = components['schemas']['App'];
/** Envelope around one app: `app` or `result`, depending on the deployment. */
export type AppResult = components['schemas']['AppResult'];
/** Input of `createApp`: `displayName` is required. */
export type CreateAppInput = components['schemas']['CreateAppRequest'];
/** Input of `provisionApp`: default rooms and other settings (the repository sends at most 20 rooms). */
export type ProvisionAppInput = components['schemas']['ProvisionAppRequest'];

/** Most default rooms `provisionApp` sends: the cap of Ethora's MCP server, not a documented API limit. */
export const MAX_PROVISION_ROOMS = 20;

const OPTIONAL_APP_STRINGS = [
  'domainName',
  'appTagline',
  'logoImage',
  'sublogoImage',
  'primaryColor',
  'bundleId',
] as const;

/** Tenant-admin methods on apps themselves: list, read, create, delete, provision. */
export interface AppsMethods {
  /** Lists one page of the apps the server credential may manage (`GET /v2/apps`). */
  listApps(query?: ListAppsQuery): Promise<AppList>;
  /** Reads one app (`GET /v2/apps/{appId}`); the app is under `app` or `result`. */
  getApp(appId: string): Promise<AppResult>;
  /** Creates a tenant app (`POST /v2/apps`); the new app is under `app` or `result`. */
  createApp(input: CreateAppInput): Promise<AppResult>;
  /** Deletes an app with its users and rooms (`DELETE /v2/apps/{appId}`). */
  deleteApp(appId: string): Promise<UndocumentedResult>;
  /**
   * Sets up an app in one call, such as its default rooms, at most 20 (`POST /v2/apps/{appId}/provision`).
   * Without `input` it sends an empty provision `{}`, as the previous SDK did.
   */
  provisionApp(appId: string, input?: ProvisionAppInput): Promise<UndocumentedResult>;
}

/** Builds the {@link AppsMethods} of a repository. */
export function createAppsMethods(ctx: RepositoryContext): AppsMethods {
  return {
    async listApps(query?: ListAppsQuery): Promise<AppList> {
      const picked = pickListAppsQuery('query', query);
      return call(ctx.client.GET('/v2/apps', { params: { query: picked } }));
    },

    async getApp(appId: string): Promise<AppResult> {
      appId = appIdOf('appId', appId);
      return call(ctx.client.GET('/v2/apps/{appId}', { params: { path: { appId } } }));
    },

    async createApp(input: CreateAppInput): Promise<AppResult> {
      assertCreateAppInput('input', input);
      return call(ctx.client.POST('/v2/apps', { body: { ...input } }));
    },

    async deleteApp(appId: string): Promise<UndocumentedResult> {
      appId = appIdOf('appId', appId);
      return call(ctx.client.DELETE('/v2/apps/{appId}', { params: { path: { appId } } }));
    },

    async provisionApp(appId: string, input: ProvisionAppInput = {}): Promise<UndocumentedResult> {
      appId = appIdOf('appId', appId);
      assertProvisionInput('input', input);
      return call(
        ctx.client.POST('/v2/apps/{appId}/provision', { params: { path: { appId } }, body: { ...input } }),
      );
    },
  };
}

/** Validates a `listApps` query and keeps only its documented fields. */
export function pickListAppsQuery(argument: string, query: unknown): ListAppsQuery | undefined {
  return pickOptions<ListAppsQuery>(argument, query, {
    ...pageChecks,
    order: (name, value) => assertOptionalChoice(name, value, ['asc', 'desc']),
    orderBy: (name, value) => assertOptionalChoice(name, value, ['displayName', 'createdAt']),
  });
}

function assertCreateAppInput(argument: string, input: unknown): asserts input is CreateAppInput {
  assertPlainObject(argument, input);
  assertString(`${argument}.displayName`, input.displayName);
  for (const key of OPTIONAL_APP_STRINGS) {
    if (input[key] !== undefined) assertString(`${argument}.${key}`, input[key]);
  }
}

function assertProvisionInput(argument: string, input: unknown): asserts input is ProvisionAppInput {
  assertPlainObject(argument, input);
  if (input.rooms === undefined) return;
  const rooms = input.rooms;
  assertArray(`${argument}.rooms`, rooms, { max: MAX_PROVISION_ROOMS });
  rooms.forEach((room, index) => {
    const name = `${argument}.rooms[${index}]`;
    assertPlainObject(name, room);
    assertString(`${name}.title`, room.title);
    assertOptionalBoolean(`${name}.pinned`, room.pinned);
  });
}
