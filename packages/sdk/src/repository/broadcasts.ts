import type { components } from '@ethora/client';
import { appIdOf } from '../identifiers/app-id.js';
import { assertOptionalBoolean } from '../validation/assert-choice.js';
import { assertPlainId } from '../validation/assert-id.js';
import { assertIdList } from '../validation/assert-list.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { assertString } from '../validation/assert-string.js';
import { fail } from '../validation/fail.js';
import { call, type RepositoryContext } from './context.js';
import { plainId } from './wire-names.js';

/** Fields every broadcast has, whatever its targets. */
export interface BroadcastBase {
  /** The message text. */
  text: string;
  /** Extra data attached to the message. */
  metadata?: Record<string, unknown> | undefined;
  /** Resolve the targets without sending. */
  dryRun?: boolean | undefined;
}

/** A broadcast to every room of the app. */
export interface BroadcastToAllRooms extends BroadcastBase {
  /** Send to every room of the app. */
  allRooms: true;
  /** Not allowed with `allRooms`. */
  chatIds?: never;
  /** Not allowed with `allRooms`. */
  chatNames?: never;
}

/** A broadcast to the rooms with the given chat ids. */
export interface BroadcastToChatIds extends BroadcastBase {
  /** Plain chat ids (`<appId>_` is accepted and removed). */
  chatIds: string[];
  /** Not allowed with `chatIds`. */
  allRooms?: never;
  /** Not allowed with `chatIds`. */
  chatNames?: never;
}

/** A broadcast to the rooms with the given names. */
export interface BroadcastToChatNames extends BroadcastBase {
  /** Room JIDs or their local parts, sent as given. */
  chatNames: string[];
  /** Not allowed with `chatNames`. */
  allRooms?: never;
  /** Not allowed with `chatNames`. */
  chatIds?: never;
}

/** A broadcast: the text plus exactly one kind of target (every room, chat ids, or chat names). */
export type BroadcastInput = BroadcastToAllRooms | BroadcastToChatIds | BroadcastToChatNames;
/** Receipt of queued work (HTTP 202): poll the job with `jobId`. */
export type BroadcastReceipt = components['schemas']['JobReceipt'];
/** State and per-room results of a broadcast job. */
export type BroadcastJob = components['schemas']['BroadcastJob'];
type BroadcastBody = components['schemas']['BroadcastRequest'];

// The number of targets per broadcast is not documented, so no upper bound is enforced here.
const UNBOUNDED = { max: Number.MAX_SAFE_INTEGER } as const;

/** Tenant-admin methods that message many rooms of an app at once. */
export interface BroadcastMethods {
  /**
   * Queues a message to rooms of an app (`POST /v2/apps/{appId}/chats/broadcast`) and returns the job
   * receipt. Give exactly one kind of target: `allRooms: true`, `chatIds` or `chatNames`.
   */
  broadcastToAppChats(appId: string, input: BroadcastInput): Promise<BroadcastReceipt>;
  /** Reads the state and per-room results of a broadcast (`GET /v2/apps/{appId}/chats/broadcast/{jobId}`). */
  getAppBroadcastJob(appId: string, jobId: string): Promise<BroadcastJob>;
}

/** Builds the {@link BroadcastMethods} of a repository. */
export function createBroadcastMethods(ctx: RepositoryContext): BroadcastMethods {
  return {
    async broadcastToAppChats(appId: string, input: BroadcastInput): Promise<BroadcastReceipt> {
      appId = appIdOf('appId', appId);
      const body = broadcastBody(appId, 'input', input);
      return call(ctx.client.POST('/v2/apps/{appId}/chats/broadcast', { params: { path: { appId } }, body }));
    },

    async getAppBroadcastJob(appId: string, jobId: string): Promise<BroadcastJob> {
      appId = appIdOf('appId', appId);
      assertPlainId('jobId', jobId);
      return call(
        ctx.client.GET('/v2/apps/{appId}/chats/broadcast/{jobId}', { params: { path: { appId, jobId } } }),
      );
    },
  };
}

function broadcastBody(appId: string, argument: string, input: unknown): BroadcastBody {
  assertPlainObject(argument, input);
  assertString(`${argument}.text`, input.text);
  assertOptionalBoolean(`${argument}.allRooms`, input.allRooms);
  assertOptionalBoolean(`${argument}.dryRun`, input.dryRun);
  if (input.metadata !== undefined) assertPlainObject(`${argument}.metadata`, input.metadata);
  const targets = (['allRooms', 'chatIds', 'chatNames'] as const).filter(
    (key) => input[key] !== undefined && input[key] !== false,
  );
  if (targets.length !== 1) {
    const got = targets.length === 0 ? 'none' : targets.join(' and ');
    fail(
      argument,
      'exactly-one',
      `must name exactly one target: allRooms: true, chatIds or chatNames (got ${got})`,
      input,
    );
  }
  const body: BroadcastBody = { text: input.text as string };
  if (targets[0] === 'allRooms') body.allRooms = true;
  if (targets[0] === 'chatIds') {
    // The API wants the part after `<appId>_`; a prefixed id is accepted and sent without its prefix.
    const ids = assertIdList(`${argument}.chatIds`, input.chatIds, UNBOUNDED);
    body.chatIds = ids.map((id, index) => plainId(appId, `${argument}.chatIds[${index}]`, id));
  }
  if (targets[0] === 'chatNames') {
    const names = assertIdList(`${argument}.chatNames`, input.chatNames, { ...UNBOUNDED, plain: false });
    // Names are room JIDs or their local parts, sent as given; only a resource part (`/`) is refused.
    for (const [index, name] of names.entries()) {
      if (name.includes('/'))
        fail(`${argument}.chatNames[${index}]`, 'plain-id', 'must not contain "/"', name);
    }
    body.chatNames = names;
  }
  if (input.metadata !== undefined) body.metadata = input.metadata as Record<string, unknown>;
  if (input.dryRun !== undefined) body.dryRun = input.dryRun as boolean;
  return body;
}
