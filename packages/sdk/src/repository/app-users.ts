import type { components } from '@ethora/client';
import { appIdOf, optionalAppIdOf } from '../identifiers/app-id.js';
import { assertAppId } from '../validation/assert-app-id.js';
import { assertOptionalBoolean } from '../validation/assert-choice.js';
import { assertPlainId } from '../validation/assert-id.js';
import { assertArray, assertIdList, MAX_BATCH_SIZE } from '../validation/assert-list.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { assertEmail, assertString } from '../validation/assert-string.js';
import { fail } from '../validation/fail.js';
import type { UndocumentedResult } from './chats.js';
import { call, type RepositoryContext } from './context.js';
import { pickOptions } from './pick-options.js';
import { plainId } from './wire-names.js';

/** A user to create: `uuid` (your stable id, without `<appId>_`), e-mail, first and last name (2+ characters). */
export type NewUser = components['schemas']['UserInput'];
/** Receipt of a queued user batch (HTTP 202): poll it with `getUsersBatchJob`. */
export type UsersBatchReceipt = components['schemas']['JobReceipt'];
/** State of a user batch and, once completed, one outcome per user (`created`, `exists`, `uuid_exists`...). */
export type UsersBatchJob = components['schemas']['UsersBatchJob'];

/** Options of `createUsersInApp`. */
export interface CreateUsersOptions {
  /** Mark the e-mail addresses as confirmed so no confirmation mail goes out (default `true`, as before). */
  bypassEmailConfirmation?: boolean | undefined;
}
/** The previous SDK's single argument of `createUsersInApp`: the API's own request body. */
export interface CreateUsersInAppRequest {
  /** 1–100 users, each with its `uuid`. */
  usersList: NewUser[];
  /** Mark the e-mail addresses as confirmed so no confirmation mail goes out (default `true`). */
  bypassEmailConfirmation?: boolean | undefined;
}
/** Options of `getUsersBatchJob`. */
export interface UsersBatchJobOptions {
  /** The app that queued the job with `createUsersInApp`; omit for jobs queued for the configured app. */
  appId?: string | undefined;
}

/** Tenant-admin methods that create and delete users of an app in batches. */
export interface AppUserMethods {
  /** Queues the creation of 1–100 users in an app (`POST /v2/apps/{appId}/users/batch`); returns the job receipt. */
  createUsersInApp(appId: string, users: NewUser[], options?: CreateUsersOptions): Promise<UsersBatchReceipt>;
  /**
   * The previous SDK's form: the request body as one argument, `{ usersList, bypassEmailConfirmation }`
   * (`bypassEmailConfirmation` defaults to `true` here too).
   */
  createUsersInApp(appId: string, request: CreateUsersInAppRequest): Promise<UsersBatchReceipt>;
  /**
   * Reads a user batch job: `GET /v2/apps/{appId}/users/batch/{jobId}` when `appId` is given,
   * else `GET /v2/users/batch/{jobId}` (jobs queued for the configured app).
   */
  getUsersBatchJob(jobId: string, options?: UsersBatchJobOptions): Promise<UsersBatchJob>;
  /** The previous SDK's form: reads job `jobId` of app `appId` (`GET /v2/apps/{appId}/users/batch/{jobId}`). */
  getUsersBatchJob(appId: string, jobId: string): Promise<UsersBatchJob>;
  /** Deletes 1–100 users of an app by their plain uuids (`DELETE /v2/apps/{appId}/users/batch`). */
  deleteUsersInApp(appId: string, userIds: string[]): Promise<UndocumentedResult>;
}

/** Builds the {@link AppUserMethods} of a repository. */
export function createAppUserMethods(ctx: RepositoryContext): AppUserMethods {
  return {
    async createUsersInApp(
      appIdArgument: string,
      users: NewUser[] | CreateUsersInAppRequest,
      options?: CreateUsersOptions,
    ): Promise<UsersBatchReceipt> {
      const appId = appIdOf('appId', appIdArgument);
      const body = isUsersRequest(users)
        ? usersBatchBody(appId, 'request.usersList', users.usersList, {
            bypassEmailConfirmation: users.bypassEmailConfirmation,
          })
        : usersBatchBody(appId, 'users', users, options);
      return call(ctx.client.POST('/v2/apps/{appId}/users/batch', { params: { path: { appId } }, body }));
    },

    async getUsersBatchJob(first: string, second?: string | UsersBatchJobOptions): Promise<UsersBatchJob> {
      // `(appId, jobId)`, the previous SDK's order, when the second argument is a string.
      const legacy = typeof second === 'string';
      const jobId = legacy ? second : first;
      assertPlainId('jobId', jobId);
      const appId = legacy
        ? appIdOf('appId', first)
        : optionalAppIdOf(
            'options.appId',
            pickOptions<UsersBatchJobOptions>('options', second, { appId: assertAppId })?.appId,
          );
      if (appId === undefined) {
        return call(ctx.client.GET('/v2/users/batch/{jobId}', { params: { path: { jobId } } }));
      }
      return call(
        ctx.client.GET('/v2/apps/{appId}/users/batch/{jobId}', { params: { path: { appId, jobId } } }),
      );
    },

    async deleteUsersInApp(appIdArgument: string, userIds: string[]): Promise<UndocumentedResult> {
      const appId = appIdOf('appId', appIdArgument);
      const usersIdList = plainIdList(appId, 'userIds', userIds);
      return call(
        ctx.client.DELETE('/v2/apps/{appId}/users/batch', {
          params: { path: { appId } },
          body: { usersIdList },
        }),
      );
    },
  };
}

// The previous SDK's single request argument: a plain object (not a list) carrying `usersList`.
function isUsersRequest(value: unknown): value is CreateUsersInAppRequest {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'usersList' in value;
}

/** Checks 1–100 distinct plain ids and returns them without any `<appId>_` prefix. */
function plainIdList(appId: string, argument: string, value: unknown): string[] {
  const ids = assertIdList(argument, value);
  const plain = ids.map((id, index) => plainId(appId, `${argument}[${index}]`, id));
  const seen = new Set<string>();
  plain.forEach((id, index) => {
    if (seen.has(id))
      fail(`${argument}[${index}]`, 'duplicate', 'ids must be unique (with or without the app prefix)', id);
    seen.add(id);
  });
  return plain;
}

/** Validates 1–100 users and builds the batch body, each `uuid` without the `<appId>_` prefix. */
function usersBatchBody(
  appId: string,
  argument: string,
  users: unknown,
  options: unknown,
): components['schemas']['CreateUsersRequest'] {
  const { bypassEmailConfirmation = true } =
    pickOptions<CreateUsersOptions>('options', options, { bypassEmailConfirmation: assertOptionalBoolean }) ??
    {};
  assertArray(argument, users, { max: MAX_BATCH_SIZE });
  const seen = new Set<string>();
  const usersList = users.map((user, index) => {
    const name = `${argument}[${index}]`;
    assertPlainObject(name, user);
    const uuid = plainId(appId, `${name}.uuid`, user.uuid);
    if (seen.has(uuid)) fail(`${name}.uuid`, 'duplicate', 'uuids must be unique within a batch', uuid);
    seen.add(uuid);
    assertEmail(`${name}.email`, user.email);
    assertString(`${name}.firstName`, user.firstName, { minLength: 2 });
    assertString(`${name}.lastName`, user.lastName, { minLength: 2 });
    if (user.password !== undefined) assertString(`${name}.password`, user.password, { secret: true });
    if (user.profileImage !== undefined) assertString(`${name}.profileImage`, user.profileImage);
    return { ...(user as NewUser), uuid };
  });
  return { bypassEmailConfirmation, usersList };
}
