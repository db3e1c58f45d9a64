import { optionalAppIdOf } from '../identifiers/app-id.js';
import type { UsersBatchJob } from '../repository/app-users.js';
import type { RepositoryContext } from '../repository/context.js';
import { call } from '../repository/context.js';
import { plainId } from '../repository/wire-names.js';
import { assertPlainId } from '../validation/assert-id.js';
import { assertArray, MAX_BATCH_SIZE } from '../validation/assert-list.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { jobOutcomes, type WorkspaceUserOutcome } from './batch-outcomes.js';
import {
  type CleanupWorkspaceOptions,
  type CleanupWorkspaceReport,
  cleanupWorkspace,
} from './cleanup-workspace.js';
import {
  type SetupWorkspaceChatOptions,
  type SetupWorkspaceChatReport,
  setupWorkspaceChat,
} from './setup-workspace-chat.js';
import { type WaitForJobOptions, waitForJob } from './wait-for-job.js';

/** Options of `waitForUsersBatchJob`. */
export interface WaitForUsersBatchJobOptions extends WaitForJobOptions {
  /** The app that queued the job with `createUsersInApp`; omit for jobs of the configured app (`createUser`). */
  appId?: string | undefined;
  /**
   * The user ids the job was queued for: each then gets an outcome, `failed` when the job reports none for it.
   * Without them, there is one outcome per result the job reports.
   */
  userIds?: readonly string[] | undefined;
}

/**
 * A completed user batch job with what happened to each user: `created`, `exists` (there already, also for the
 * API's `uuid_exists`: the uuid is taken) or `failed`, with the counts. Check `failed` before relying on the users.
 */
export type UsersBatchJobReport = UsersBatchJob & {
  /** One outcome per user (in the order of `userIds` when given, else of the job's results). */
  users: WorkspaceUserOutcome[];
  /** Users created by this job. */
  created: number;
  /** Users that were there already. */
  exists: number;
  /** Users the job could not create; `users` says why. */
  failed: number;
};

/** Bulk provisioning: whole workspaces in a few requests, and waiting for batch jobs. */
export interface BulkMethods {
  /**
   * Makes a workspace chat exist with the given members: room, users (batch jobs of 100), access (500 members per
   * request) and the bot. Existing rooms and users are fine, so a re-run converges. Returns a per-user report.
   */
  setupWorkspaceChat(options: SetupWorkspaceChatOptions): Promise<SetupWorkspaceChatReport>;
  /** Deletes a workspace's room and users (100 per request); things already gone are reported, not thrown. */
  cleanupWorkspace(options: CleanupWorkspaceOptions): Promise<CleanupWorkspaceReport>;
  /**
   * Waits for a user batch job (from `createUser`, or `createUsersInApp` with `appId`) to complete and reports
   * each user's outcome (`created`, `exists`, `failed`) and the counts; `EthoraJobError` when the job itself fails,
   * `EthoraJobTimeoutError` when it takes too long. A completed job can still have failed users: check `failed`.
   */
  waitForUsersBatchJob(jobId: string, options?: WaitForUsersBatchJobOptions): Promise<UsersBatchJobReport>;
}

/** Builds the {@link BulkMethods} of a repository. */
export function createBulkMethods(ctx: RepositoryContext): BulkMethods {
  const { client } = ctx;
  return {
    setupWorkspaceChat(options: SetupWorkspaceChatOptions): Promise<SetupWorkspaceChatReport> {
      return setupWorkspaceChat(ctx, options);
    },

    cleanupWorkspace(options: CleanupWorkspaceOptions): Promise<CleanupWorkspaceReport> {
      return cleanupWorkspace(ctx, options);
    },

    async waitForUsersBatchJob(
      jobId: string,
      options?: WaitForUsersBatchJobOptions,
    ): Promise<UsersBatchJobReport> {
      assertPlainId('jobId', jobId);
      if (options !== undefined) assertPlainObject('options', options);
      const { appId: rawAppId, userIds: rawUserIds, ...wait } = options ?? {};
      const appId = optionalAppIdOf('options.appId', rawAppId);
      const userIds = expectedUserIds(ctx.config.appId, appId, rawUserIds);
      const job = await waitForJob(
        jobId,
        (signal, deadlineMs) =>
          appId === undefined
            ? call(client.GET('/v2/users/batch/{jobId}', { params: { path: { jobId } }, signal, deadlineMs }))
            : call(
                client.GET('/v2/apps/{appId}/users/batch/{jobId}', {
                  params: { path: { appId, jobId } },
                  signal,
                  deadlineMs,
                }),
              ),
        wait,
      );
      const users = jobOutcomes(appId ?? ctx.config.appId, job, userIds);
      const count = (status: WorkspaceUserOutcome['status']) =>
        users.filter((user) => user.status === status).length;
      return { ...job, users, created: count('created'), exists: count('exists'), failed: count('failed') };
    },
  };
}

function expectedUserIds(
  configuredAppId: string,
  appId: string | undefined,
  value: unknown,
): string[] | undefined {
  if (value === undefined) return undefined;
  assertArray('options.userIds', value, { max: MAX_BATCH_SIZE });
  return value.map((id, index) => plainId(appId ?? configuredAppId, `options.userIds[${index}]`, id));
}
