import type { components } from '@ethora/client';
import type { RepositoryContext } from '../repository/context.js';
import { call } from '../repository/context.js';
import { assertAppId } from '../validation/assert-app-id.js';
import { assertPlainId } from '../validation/assert-id.js';
import { assertPlainObject } from '../validation/assert-object.js';
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

type UsersBatchJob = components['schemas']['UsersBatchJob'];

/** Options of `waitForUsersBatchJob`. */
export interface WaitForUsersBatchJobOptions extends WaitForJobOptions {
  /** The app that queued the job with `createUsersInApp`; omit for jobs of the configured app (`createUser`). */
  appId?: string;
}

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
   * Waits for a user batch job (from `createUser` or `createUsersInApp` with `appId`) to complete and returns
   * its per-user results; `EthoraJobError` when it fails, `EthoraJobTimeoutError` when it takes too long.
   */
  waitForUsersBatchJob(jobId: string, options?: WaitForUsersBatchJobOptions): Promise<UsersBatchJob>;
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

    async waitForUsersBatchJob(jobId: string, options?: WaitForUsersBatchJobOptions): Promise<UsersBatchJob> {
      assertPlainId('jobId', jobId);
      const { appId, ...wait } = options ?? {};
      if (options !== undefined) assertPlainObject('options', options);
      if (appId !== undefined) assertAppId('options.appId', appId);
      return waitForJob(
        jobId,
        (signal) =>
          appId === undefined
            ? call(client.GET('/v2/users/batch/{jobId}', { params: { path: { jobId } }, signal }))
            : call(
                client.GET('/v2/apps/{appId}/users/batch/{jobId}', {
                  params: { path: { appId, jobId } },
                  signal,
                }),
              ),
        wait,
      );
    },
  };
}
