/**
 * A workspace's whole chat lifecycle, the job most backends hand to this SDK:
 * create the workspace's room, create its users, let them (and the app's bot) in,
 * mint the client tokens their browsers need, and clean everything up again.
 *
 * Run it against a real app:
 *   ETHORA_CHAT_API_URL=https://api.chat.ethora.com ETHORA_CHAT_APP_ID=... ETHORA_CHAT_APP_SECRET=... \
 *   [ETHORA_CHAT_BOT_JID=<appId>_bot@xmpp.chat.ethora.com] npx tsx workspace-lifecycle.ts
 * or run `pnpm demo`, which drives this same function against the Ethora emulator on this machine.
 */
import { randomUUID } from 'node:crypto';
import { type ChatRepository, getChatRepositoryImpl } from '@ethora/sdk';
import { isMain } from './support/is-main.js';
import { redactToken } from './support/redact-token.js';

/** One finished step: what was called and what came back. */
export interface LifecycleStep {
  /** Human-readable title, e.g. `Create the workspace's chat room`. */
  readonly title: string;
  /** The SDK call as source code, e.g. `repo.createChatRoom('ws-1', { title: 'Design team' })`. */
  readonly call: string;
  /** The typed value the SDK returned (a client token here is the real token: redact before printing). */
  readonly result: unknown;
}

/** Runs one call as a named step of the lifecycle (recorded, and reported through `onStep`). */
export type LifecycleStepRunner = <T>(
  title: string,
  call: string,
  action: () => Promise<T> | T,
) => Promise<T>;

/** Options for {@link runWorkspaceLifecycle}. */
export interface WorkspaceLifecycleOptions {
  /** Your workspace id; the room's id in Ethora (`<appId>_<workspaceId>`). */
  readonly workspaceId: string;
  /** Display title of the room. */
  readonly title?: string;
  /** Your ids of the workspace's members, with display names. */
  readonly users: readonly { readonly id: string; readonly displayName: string }[];
  /** Called after every step, cleanup included; the demo prints a transcript from it. */
  readonly onStep?: (step: LifecycleStep) => void | Promise<void>;
  /** Stops the run between steps (cleanup still runs). */
  readonly signal?: AbortSignal;
  /** Leave the room and users in place at the end (default `false`: everything is deleted). */
  readonly keep?: boolean;
  /** Delete what was created when the signal stops the run (default `true`; a stateless mock needs no cleanup). */
  readonly cleanUpAfterAbort?: boolean;
  /** More steps once the room, its members and their tokens exist, before the cleanup (the demo posts a message). */
  readonly beforeCleanup?: (step: LifecycleStepRunner) => Promise<void>;
}

/** What {@link runWorkspaceLifecycle} produced. */
export interface WorkspaceLifecycleResult {
  /** The room's full JID, what a chat frontend joins. */
  readonly chatJid: string;
  /** One client token per user id: hand each to that user's browser only. */
  readonly clientTokens: Readonly<Record<string, string>>;
  /** Whether the bot was let in (only when a bot is configured). */
  readonly botGranted: boolean;
  /** Every step in order, cleanup included. */
  readonly steps: readonly LifecycleStep[];
}

/**
 * Runs the lifecycle. Whatever was created is deleted in the end, also when a later step fails or the
 * signal fires; a cleanup failure never hides the error that stopped the run.
 */
export async function runWorkspaceLifecycle(
  repo: ChatRepository,
  options: WorkspaceLifecycleOptions,
): Promise<WorkspaceLifecycleResult> {
  const { workspaceId, users, signal } = options;
  const userIds = users.map((user) => user.id);
  const steps: LifecycleStep[] = [];
  const record = async (title: string, call: string, result: unknown) => {
    const step = { title, call, result };
    steps.push(step);
    await options.onStep?.(step);
  };
  // Runs one SDK call as a named step; a failing call is recorded (with its error as the result) and rethrown.
  const step: LifecycleStepRunner = async (title, call, action) => {
    signal?.throwIfAborted();
    let result: Awaited<ReturnType<typeof action>>;
    try {
      result = await action();
    } catch (error) {
      await record(title, call, error);
      throw error;
    }
    await record(title, call, result);
    return result;
  };
  let roomCreated = false;
  const createdUsers: string[] = [];

  const run = async () => {
    const chatJid = await step("Name the workspace's room", `repo.createChatName(${q(workspaceId)})`, () =>
      repo.createChatName(workspaceId),
    );

    const title = options.title ?? `Workspace ${workspaceId}`;
    await step(
      "Create the workspace's chat room",
      `repo.createChatRoom(${q(workspaceId)}, { title: ${q(title)} })`,
      () => repo.createChatRoom(workspaceId, { title }),
    );
    roomCreated = true;

    // User creation is queued by the API (HTTP 202); access can be granted once the job has completed.
    for (const user of users) {
      const receipt = await step(
        `Create user ${user.id}`,
        `repo.createUser(${q(user.id)}, { displayName: ${q(user.displayName)} })`,
        () => repo.createUser(user.id, { displayName: user.displayName }),
      );
      createdUsers.push(user.id);
      await step(`Wait for ${user.id}'s creation job`, `repo.waitForUsersBatchJob(${q(receipt.jobId)})`, () =>
        repo.waitForUsersBatchJob(receipt.jobId, { initialDelayMs: 200, ...(signal ? { signal } : {}) }),
      );
    }

    await step(
      'Let the users into the room',
      `repo.grantUserAccessToChatRoom(${q(workspaceId)}, [${userIds.map(q).join(', ')}])`,
      () => repo.grantUserAccessToChatRoom(workspaceId, userIds),
    );

    // Needs `botJid` (or ETHORA_CHAT_BOT_JID); without one the method throws EthoraConfigError.
    const botGranted = repo.config.botJid !== undefined;
    if (botGranted) {
      await step(
        "Let the app's bot into the room",
        `repo.grantChatbotAccessToChatRoom(${q(workspaceId)})`,
        () => repo.grantChatbotAccessToChatRoom(workspaceId),
      );
    }

    // The room's members as the API sees them: the users just let in (and the bot, when there is one).
    await step("List the room's members", `repo.getUsers({ chatName: ${q(workspaceId)} })`, () =>
      repo.getUsers({ chatName: workspaceId }),
    );

    // Signed locally, no request: hand each token to its own user's browser only.
    const clientTokens: Record<string, string> = {};
    for (const userId of userIds) {
      clientTokens[userId] = await step(
        `Mint a client token for ${userId}`,
        `repo.createChatUserJwtToken(${q(userId)})`,
        () => repo.createChatUserJwtToken(userId),
      );
    }
    await options.beforeCleanup?.(step);
    return { chatJid, clientTokens, botGranted };
  };

  let outcome: Awaited<ReturnType<typeof run>>;
  const cleanup = { workspaceId, roomCreated: () => roomCreated, createdUsers, record };
  try {
    outcome = await run();
  } catch (error) {
    // The error that stopped the run is the one to throw; cleanup failures are recorded as steps.
    if (!signal?.aborted || options.cleanUpAfterAbort !== false) await cleanUp(repo, cleanup, true);
    throw error;
  }
  if (!options.keep) await cleanUp(repo, cleanup, false);
  return { ...outcome, steps };
}

interface CleanupState {
  readonly workspaceId: string;
  readonly roomCreated: () => boolean;
  readonly createdUsers: readonly string[];
  readonly record: (title: string, call: string, result: unknown) => Promise<void>;
}

/** Deletes what the run created; with `tolerant`, a failing call is recorded (its error as the result) and skipped. */
async function cleanUp(repo: ChatRepository, state: CleanupState, tolerant: boolean): Promise<void> {
  const attempt = async (title: string, call: string, action: () => Promise<unknown>) => {
    let result: unknown;
    try {
      result = await action();
    } catch (error) {
      if (!tolerant) throw error;
      result = error;
    }
    await state.record(title, call, result);
  };
  if (state.roomCreated()) {
    // Resolves `{ ok: false, reason: 'Chat room not found' }` when the room is already gone: safe to repeat.
    await attempt('Delete the room', `repo.deleteChatRoom(${q(state.workspaceId)})`, () =>
      repo.deleteChatRoom(state.workspaceId),
    );
  }
  if (state.createdUsers.length > 0) {
    const ids = [...state.createdUsers];
    await attempt('Delete the users', `repo.deleteUsers([${ids.map(q).join(', ')}])`, () =>
      repo.deleteUsers(ids),
    );
  }
}

function q(value: string): string {
  return `'${value}'`;
}

/** Ids that cannot collide with a previous run: the lifecycle creates and deletes real records. */
export function sampleWorkspace(): Pick<WorkspaceLifecycleOptions, 'workspaceId' | 'title' | 'users'> {
  const run = randomUUID().slice(0, 8);
  return {
    workspaceId: `ws-${run}`,
    title: 'Design team',
    users: [
      { id: `alice-${run}`, displayName: 'Alice Martin' },
      { id: `bob-${run}`, displayName: 'Bob Okafor' },
    ],
  };
}

if (isMain(import.meta.url)) {
  const result = await runWorkspaceLifecycle(getChatRepositoryImpl(), {
    ...sampleWorkspace(),
    onStep: (step) => console.log(`✓ ${step.title}: ${step.call}`),
  });
  console.log(`Room ${result.chatJid}; tokens:`, Object.values(result.clientTokens).map(redactToken));
}
