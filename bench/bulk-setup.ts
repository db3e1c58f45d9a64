import { performance } from 'node:perf_hooks';
import type { ChatRepository } from '@ethora/sdk';
import type { EthoraSDKService } from '@ethora/sdk-backend';
import { CASE } from './cases/case-names.js';
import type { StubServer, StubStats } from './stub-server.js';

/** Requests and wall time one way of provisioning a workspace took. */
export interface BulkRow {
  caseName: string;
  users: number;
  requests: number;
  wallMs: number;
  /** Requests per route, as the stub counted them. */
  byRoute: Record<string, number>;
}

/** One user of the workspace, with the profile both SDKs send (a type, so it fits `CreateUserData`). */
type BenchUser = { userId: string; firstName: string; lastName: string };

/** The workspace's users: stable ids and names that pass the API's validation. */
export function workspaceUsers(prefix: string, count: number): BenchUser[] {
  return Array.from({ length: count }, (_, i) => ({
    userId: `${prefix}-${i}`,
    firstName: 'Member',
    lastName: `Number${i}`,
  }));
}

async function measured(
  caseName: string,
  users: number,
  stub: StubServer,
  work: () => Promise<void>,
): Promise<BulkRow> {
  await stub.reset();
  const start = performance.now();
  await work();
  const wallMs = performance.now() - start;
  const stats: StubStats = await stub.stats();
  if (stats.usersCreated !== users) {
    throw new Error(`${caseName}: the stub created ${stats.usersCreated} of ${users} users`);
  }
  return { caseName, users, requests: stats.requests, wallMs, byRoute: stats.byRoute };
}

/**
 * The previous SDK's README way: create the room, then for each user one `createUser` and one
 * `grantUserAccessToChatRoom`, one after another (2N + 1 requests).
 */
export function previousSdkBulk(
  service: EthoraSDKService,
  stub: StubServer,
  count: number,
): Promise<BulkRow> {
  const users = workspaceUsers('bulk-previous', count);
  return measured(CASE.previousBulk, count, stub, async () => {
    await service.createChatRoom('workspace-previous');
    for (const user of users) {
      await service.createUser(user.userId, { firstName: user.firstName, lastName: user.lastName });
      await service.grantUserAccessToChatRoom('workspace-previous', user.userId);
    }
  });
}

/**
 * `@ethora/sdk`: one `setupWorkspaceChat` call with its defaults (room, user batches of 100, job polls,
 * batched grants).
 */
export function ethoraSdkBulk(repo: ChatRepository, stub: StubServer, count: number): Promise<BulkRow> {
  const users = workspaceUsers('bulk-sdk', count);
  return measured(CASE.sdkBulk, count, stub, async () => {
    const report = await repo.setupWorkspaceChat({ chatId: 'workspace-sdk', users });
    if (report.granted !== count)
      throw new Error(`setupWorkspaceChat granted ${report.granted} of ${count} users`);
  });
}
