import { EthoraApiError } from '@ethora/client';
import { call, type RepositoryContext } from '../repository/context.js';
import { chatShortName, plainId } from '../repository/wire-names.js';
import { assertArray, MAX_BATCH_SIZE } from '../validation/assert-list.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { fail } from '../validation/fail.js';
import { bulkConcurrency, optionalSignal, throwIfAborted } from './bulk-options.js';
import { chunk } from './chunk.js';
import { runLimited } from './run-limited.js';
import type { BulkProgress } from './setup-workspace-chat.js';

/** Options of `cleanupWorkspace`. */
export interface CleanupWorkspaceOptions {
  /** The workspace's chat id; the room `<appId>_<chatId>` is deleted. */
  chatId: string;
  /** Plain ids of the users to delete; any number, sent 100 per request. */
  userIds: readonly string[];
  /** Requests in flight at once, 1–16 (default 10). */
  concurrency?: number | undefined;
  /** Called as work finishes (`room`, then `users`). */
  onProgress?: ((progress: BulkProgress) => void) | undefined;
  /** Stops the run with `EthoraAbortError`. */
  signal?: AbortSignal | undefined;
}

/** One delete request of `cleanupWorkspace` and how the API answered it. */
export interface CleanupBatch {
  /** The ids sent together. */
  userIds: string[];
  /** `deleted`, or `not-found` when the API said so (it does not say which of the ids were missing). */
  outcome: 'deleted' | 'not-found';
}

/** What `cleanupWorkspace` did. */
export interface CleanupWorkspaceReport {
  /** The chat id as given (without prefix). */
  chatId: string;
  /** `deleted`, or `not-found` when the room was already gone. */
  room: 'deleted' | 'not-found';
  /** One entry per delete request, in order. */
  batches: CleanupBatch[];
  /** Users in batches the API deleted. */
  deleted: number;
  /** Users in batches the API answered "not found" for. */
  notFound: number;
}

/**
 * Deletes a workspace's room and users (100 per request). A room or users that are already gone are reported,
 * not thrown, so running it again is safe; every other failure throws.
 */
export async function cleanupWorkspace(
  ctx: RepositoryContext,
  options: CleanupWorkspaceOptions,
): Promise<CleanupWorkspaceReport> {
  const { client, config } = ctx;
  const { appId } = config;
  assertPlainObject('options', options);
  const chatId = plainId(appId, 'options.chatId', options.chatId);
  const name = chatShortName(appId, chatId, 'options.chatId');
  const userIds = plainIds(appId, options.userIds);
  const concurrency = bulkConcurrency('options.concurrency', options.concurrency);
  const signal = optionalSignal('options.signal', options.signal);
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    fail('options.onProgress', 'type', 'expected a function', onProgress);
  }
  throwIfAborted(signal, 'cleanupWorkspace');

  let room: CleanupWorkspaceReport['room'] = 'deleted';
  try {
    await call(client.DELETE('/v1/chats', { body: { name }, signal }));
  } catch (error) {
    if (!isGone(error)) throw error;
    room = 'not-found';
  }
  onProgress?.({ phase: 'room', done: 1, total: 1 });

  const groups = chunk(userIds, MAX_BATCH_SIZE);
  const batches: CleanupBatch[] = groups.map((ids) => ({ userIds: ids, outcome: 'deleted' }));
  let done = 0;
  await runLimited(batches, concurrency, async (batch) => {
    throwIfAborted(signal, 'cleanupWorkspace');
    try {
      await call(client.DELETE('/v1/users/batch', { body: { usersIdList: batch.userIds }, signal }));
    } catch (error) {
      if (!isGone(error)) throw error;
      batch.outcome = 'not-found';
    }
    done += batch.userIds.length;
    onProgress?.({ phase: 'users', done, total: userIds.length });
  });
  const sum = (outcome: CleanupBatch['outcome']) =>
    batches
      .filter((batch) => batch.outcome === outcome)
      .reduce((total, batch) => total + batch.userIds.length, 0);
  return { chatId, room, batches, deleted: sum('deleted'), notFound: sum('not-found') };
}

/** A 404, or the API's 422 "not found": deleting something that is already gone. */
function isGone(error: unknown): boolean {
  return error instanceof EthoraApiError && error.reason === 'not-found';
}

function plainIds(appId: string, value: unknown): string[] {
  assertArray('options.userIds', value, { min: 0, max: Number.MAX_SAFE_INTEGER });
  const seen = new Set<string>();
  return value.map((raw, index) => {
    const id = plainId(appId, `options.userIds[${index}]`, raw);
    if (seen.has(id)) fail(`options.userIds[${index}]`, 'duplicate', 'ids must be unique', id);
    seen.add(id);
    return id;
  });
}
