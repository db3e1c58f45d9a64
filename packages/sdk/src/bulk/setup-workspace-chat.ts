import { type components, EthoraApiError, EthoraConfigError, EthoraError } from '@ethora/client';
import { appScoped } from '../identifiers/app-scoped.js';
import { botMemberName } from '../identifiers/chat-names.js';
import { type CreateChatRoomData, newRoom } from '../repository/chats.js';
import { call, type RepositoryContext } from '../repository/context.js';
import { type CreateUserData, newUserInput, type UuidConflictWarning } from '../repository/new-user.js';
import { chatShortName, plainId } from '../repository/wire-names.js';
import { assertArray, MAX_BATCH_SIZE } from '../validation/assert-list.js';
import { assertInteger } from '../validation/assert-number.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { fail } from '../validation/fail.js';
import { batchOutcomes, type WorkspaceUserOutcome } from './batch-outcomes.js';
import { bulkConcurrency, optionalSignal, throwIfAborted } from './bulk-options.js';
import { chunk } from './chunk.js';
import { runLimited } from './run-limited.js';
import { jobWaitSettings, type WaitForJobOptions, waitForJob } from './wait-for-job.js';

type UserInput = components['schemas']['UserInput'];
type UsersBatchJob = components['schemas']['UsersBatchJob'];

/** A workspace user given with a profile: the fields `createUser` takes, plus the user's id. */
export interface WorkspaceUserProfile extends CreateUserData {
  /** The plain user id (without the `<appId>_` prefix), as for `createUser`. */
  userId: string;
}

/** A user of a workspace: a plain user id, or one with the profile `createUser` takes. */
export type WorkspaceUser = string | WorkspaceUserProfile;

/** Where a bulk run is; `done` of `total` counts users (or the room and the bot, as 0 or 1 of 1). */
export interface BulkProgress {
  /** `room`, `users` (created or found), `access` (granted), `bot` for setup; `room`, `users` for cleanup. */
  phase: 'room' | 'users' | 'access' | 'bot';
  /** Items finished in this phase. */
  done: number;
  /** Items in this phase. */
  total: number;
}

/** Options of `setupWorkspaceChat`. */
export interface SetupWorkspaceChatOptions {
  /** The workspace's chat id; the room is `<appId>_<chatId>`. */
  chatId: string;
  /** Settings of the room when it has to be created (title, type, description, picture). */
  room?: CreateChatRoomData | undefined;
  /** The users to create (when missing) and let into the room; any number, sent 100 per batch. */
  users: readonly WorkspaceUser[];
  /** Let the configured bot in too: default when `botJid` is configured; `true` without one is a config error. */
  bot?: boolean | undefined;
  /** Batches in flight at once, 1–16 (default 10). */
  concurrency?: number | undefined;
  /**
   * Members let in per access request, 1–1000 (default 500). The API documents no limit for a grant's members;
   * lower this if an installation rejects large grants.
   */
  accessBatchSize?: number | undefined;
  /** Called as work finishes; an exception it throws stops the run. */
  onProgress?: ((progress: BulkProgress) => void) | undefined;
  /** Stops the run with `EthoraAbortError`; work already done stays done, so a re-run converges. */
  signal?: AbortSignal | undefined;
  /** How batch jobs are polled (timeout, delays). */
  jobWait?: Omit<WaitForJobOptions, 'signal'> | undefined;
}

/** What `setupWorkspaceChat` did. */
export interface SetupWorkspaceChatReport {
  /** The chat id as given (without prefix). */
  chatId: string;
  /** The room's short name `<appId>_<chatId>`. */
  chatName: string;
  /** Whether the room was created now or was there already. */
  room: 'created' | 'exists';
  /** One outcome per user, in the order given. */
  users: WorkspaceUserOutcome[];
  /** Users created now. */
  created: number;
  /** Users that were there already. */
  exists: number;
  /** Users the API could not create; they were not let into the room. */
  failed: number;
  /** Users let into the room (created plus existing). */
  granted: number;
  /** Whether the bot was let in. */
  bot: 'granted' | 'skipped';
}

interface PlannedUser {
  readonly userId: string;
  readonly input: UserInput;
}

/**
 * Makes a workspace chat exist with the given members: creates the room unless it exists, creates missing users
 * through batch jobs (100 per request), then lets them and the bot in (500 members per request by default). Existing rooms and
 * users are not errors, so running it again converges. Failed jobs throw `EthoraJobError`.
 */
export async function setupWorkspaceChat(
  ctx: RepositoryContext,
  options: SetupWorkspaceChatOptions,
): Promise<SetupWorkspaceChatReport> {
  const { client, config } = ctx;
  const { appId } = config;
  assertPlainObject('options', options);
  const chatId = plainId(appId, 'options.chatId', options.chatId);
  const chatName = chatShortName(appId, chatId, 'options.chatId');
  const roomBody = newRoom(appId, chatId, options.room);
  const planned = await planUsers(appId, options.users, ctx.warn);
  const concurrency = bulkConcurrency('options.concurrency', options.concurrency);
  const callerSignal = optionalSignal('options.signal', options.signal);
  // The first failed batch cancels the others in flight, so the error surfaces at once.
  const failFast = new AbortController();
  const signal = callerSignal ? AbortSignal.any([callerSignal, failFast.signal]) : failFast.signal;
  const jobWait = { ...jobWaitSettings('options.jobWait', options.jobWait), signal };
  const botMember = chooseBot(ctx, options.bot);
  const accessBatchSize = accessBatchSizeOption(options.accessBatchSize);
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    fail('options.onProgress', 'type', 'expected a function', onProgress);
  }
  const report = (progress: BulkProgress) => onProgress?.(progress);
  throwIfAborted(signal, 'setupWorkspaceChat');

  report({ phase: 'room', done: 0, total: 1 });
  let room: SetupWorkspaceChatReport['room'] = 'created';
  try {
    await call(client.POST('/v2/chats', { body: roomBody, signal }));
  } catch (error) {
    if (!(error instanceof EthoraApiError && error.reason === 'already-exists')) throw error;
    room = 'exists';
  }
  report({ phase: 'room', done: 1, total: 1 });

  const outcomes = new Map<string, WorkspaceUserOutcome>();
  let usersDone = 0;
  await runLimited(chunk(planned, MAX_BATCH_SIZE), concurrency, async (batch) => {
    try {
      await provisionBatch(batch);
    } catch (error) {
      failFast.abort(error);
      throw error;
    }
  });
  async function provisionBatch(batch: PlannedUser[]): Promise<void> {
    throwIfAborted(signal, 'setupWorkspaceChat');
    const receipt = await call(
      client.POST('/v2/users/batch', {
        body: { bypassEmailConfirmation: true, usersList: batch.map((user) => user.input) },
        signal,
      }),
    );
    if (typeof receipt?.jobId !== 'string' || receipt.jobId === '') {
      throw new EthoraError('POST /v2/users/batch answered without the jobId of its batch job.');
    }
    const job = await waitForJob(
      receipt.jobId,
      (pollSignal, deadlineMs) =>
        call(
          client.GET('/v2/users/batch/{jobId}', {
            params: { path: { jobId: receipt.jobId } },
            signal: pollSignal,
            deadlineMs,
          }),
        ),
      jobWait,
    );
    const results = batchOutcomes(
      appId,
      batch.map((user) => user.userId),
      job as UsersBatchJob,
    );
    for (const outcome of results) outcomes.set(outcome.userId, outcome);
    usersDone += batch.length;
    report({ phase: 'users', done: usersDone, total: planned.length });
  }

  // Access is granted once every batch has settled, in large requests: users the API could not create stay
  // out, and the bot rides along in the last request instead of costing one of its own.
  const members = planned
    .filter((user) => outcomes.get(user.userId)?.status !== 'failed')
    .map((user) => appScoped(appId, user.userId));
  const grants = chunk(botMember === undefined ? members : [...members, botMember], accessBatchSize);
  let accessDone = 0;
  for (const grant of grants) {
    throwIfAborted(signal, 'setupWorkspaceChat');
    await call(client.POST('/v2/chats/users-access', { body: { chatName, members: grant }, signal }));
    accessDone += grant.filter((member) => member !== botMember).length;
    report({ phase: 'access', done: accessDone, total: members.length });
  }
  const bot: SetupWorkspaceChatReport['bot'] = botMember === undefined ? 'skipped' : 'granted';
  if (botMember !== undefined) report({ phase: 'bot', done: 1, total: 1 });
  return summarize(chatId, chatName, room, planned, outcomes, bot);
}

/** Default members per access request in `setupWorkspaceChat`. */
const DEFAULT_ACCESS_BATCH_SIZE = 500;

function accessBatchSizeOption(value: unknown): number {
  if (value === undefined) return DEFAULT_ACCESS_BATCH_SIZE;
  assertInteger('options.accessBatchSize', value, { min: 1, max: 1000 });
  return value;
}

async function planUsers(appId: string, users: unknown, warn: UuidConflictWarning): Promise<PlannedUser[]> {
  assertArray('options.users', users, { min: 0, max: Number.MAX_SAFE_INTEGER });
  const seen = new Set<string>();
  const planned: PlannedUser[] = [];
  for (const [index, user] of users.entries()) {
    const argument = `options.users[${index}]`;
    let rawId: unknown = user;
    let data: Record<string, unknown> | undefined;
    if (typeof user !== 'string') {
      assertPlainObject(argument, user);
      const { userId, ...rest } = user;
      rawId = userId;
      data = rest;
    }
    const userId = plainId(appId, typeof user === 'string' ? argument : `${argument}.userId`, rawId);
    if (seen.has(userId)) fail(argument, 'duplicate', 'user ids must be unique', userId);
    seen.add(userId);
    planned.push({ userId, input: await newUserInput(appId, userId, data, warn) });
  }
  return planned;
}

function chooseBot(ctx: RepositoryContext, bot: unknown): string | undefined {
  const { appId, botJid } = ctx.config;
  if (bot !== undefined && typeof bot !== 'boolean') fail('options.bot', 'type', 'expected a boolean', bot);
  if (bot === false) return undefined;
  if (botJid === undefined) {
    if (bot === true) {
      throw new EthoraConfigError(
        'botJid',
        'setupWorkspaceChat was asked to add the bot, but none is configured: set the botJid option or the ' +
          'ETHORA_CHAT_BOT_JID environment variable.',
      );
    }
    return undefined;
  }
  return botMemberName(appId, botJid);
}

function summarize(
  chatId: string,
  chatName: string,
  room: SetupWorkspaceChatReport['room'],
  planned: readonly PlannedUser[],
  outcomes: ReadonlyMap<string, WorkspaceUserOutcome>,
  bot: SetupWorkspaceChatReport['bot'],
): SetupWorkspaceChatReport {
  const users = planned.map((user) => outcomes.get(user.userId) as WorkspaceUserOutcome);
  const count = (status: WorkspaceUserOutcome['status']) =>
    users.filter((user) => user.status === status).length;
  const failed = count('failed');
  return {
    chatId,
    chatName,
    room,
    users,
    created: count('created'),
    exists: count('exists'),
    failed,
    granted: users.length - failed,
    bot,
  };
}
