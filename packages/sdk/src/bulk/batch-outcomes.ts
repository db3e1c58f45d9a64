import type { components } from '@ethora/client';
import { jidLocalPart } from '../identifiers/chat-names.js';

type UsersBatchJob = components['schemas']['UsersBatchJob'];
type UsersBatchJobItem = components['schemas']['UsersBatchJobItem'];

/** What happened to one user of a bulk run. */
export type WorkspaceUserStatus = 'created' | 'exists' | 'failed';

/** The outcome for one user, as the batch job reported it. */
export interface WorkspaceUserOutcome {
  /** The user's plain id (empty when the job's result named nobody and no ids were given to match). */
  userId: string;
  /** `created`, `exists` (already there: fine, the existing user is used), or `failed`. */
  status: WorkspaceUserStatus;
  /** The job's own status for the user (`created`, `exists`, `uuid_exists`, ...), when it gave one. */
  jobStatus?: string;
  /** Why the user exists already or failed, in words (`uuid_exists`: the uuid is taken by a user of the app). */
  reason?: string;
}

/** The API's statuses for a user that was there already, and what each means. */
const EXISTS: ReadonlyMap<string, string> = new Map([
  ['exists', 'the user already exists; nothing was created'],
  [
    'uuid_exists',
    'the uuid is taken by an existing user of the app (job status uuid_exists); nothing was created and that ' +
      'user stays as it was',
  ],
]);

/**
 * The per-user outcomes of a completed batch job: matched to `userIds` when given (see {@link batchOutcomes}),
 * else one per result, named by its `uuid` or XMPP username.
 */
export function jobOutcomes(
  appId: string,
  job: UsersBatchJob,
  userIds?: readonly string[],
): WorkspaceUserOutcome[] {
  if (userIds !== undefined) return batchOutcomes(appId, userIds, job);
  return (job.result?.results ?? []).map((item) => outcomeOf(itemUserId(appId, item) ?? '', item));
}

/**
 * Matches the per-user results of a completed batch job to the requested user ids, by `uuid` or XMPP username
 * (prefix removed), or by position when the results name nobody. A user the job does not mention has failed.
 */
export function batchOutcomes(
  appId: string,
  userIds: readonly string[],
  job: UsersBatchJob,
): WorkspaceUserOutcome[] {
  const items = job.result?.results ?? [];
  const byId = new Map<string, UsersBatchJobItem>();
  for (const item of items) {
    const id = itemUserId(appId, item);
    if (id !== undefined && !byId.has(id)) byId.set(id, item);
  }
  const positional = byId.size === 0 && items.length === userIds.length;
  return userIds.map((userId, index) => {
    const item = positional ? items[index] : byId.get(userId);
    if (item === undefined) {
      return { userId, status: 'failed', reason: 'the batch job reported no outcome for this user' };
    }
    return outcomeOf(userId, item);
  });
}

function outcomeOf(userId: string, item: UsersBatchJobItem): WorkspaceUserOutcome {
  const jobStatus = typeof item.status === 'string' ? item.status : String(item.status);
  if (jobStatus === 'created') return { userId, status: 'created', jobStatus };
  const exists = EXISTS.get(jobStatus);
  if (exists !== undefined) return { userId, status: 'exists', jobStatus, reason: exists };
  const detail = [item.error, item.message, item.reason].find(
    (value) => typeof value === 'string' && value !== '',
  );
  return {
    userId,
    status: 'failed',
    jobStatus,
    reason: (detail as string | undefined) ?? `job status "${jobStatus}"`,
  };
}

function itemUserId(appId: string, item: UsersBatchJobItem): string | undefined {
  const candidates = [item.uuid, item.xmppUsername, item.user?.xmppUsername];
  const name = candidates.find((value): value is string => typeof value === 'string' && value !== '');
  if (name === undefined) return undefined;
  // Server data, so no validation here: strip every `<appId>_` (a known regression doubled it).
  let id = jidLocalPart(name);
  while (id.startsWith(`${appId}_`)) id = id.slice(appId.length + 1);
  return id;
}
