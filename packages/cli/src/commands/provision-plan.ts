import {
  type ChatRepository,
  EthoraAbortError,
  EthoraValidationError,
  type WorkspaceUserProfile,
} from '@ethora/sdk';
import { withArgumentNames } from '../describe-error.js';
import type { RowProblem, UserRow } from '../input/users-file.js';

/** The users of a file, checked by the SDK's own rules before anything is sent. */
export interface ProvisionPlan {
  /** Users the SDK accepts, with where they are in the file. */
  readonly users: readonly { readonly row: UserRow; readonly profile: WorkspaceUserProfile }[];
  /** Rows the SDK refuses (a malformed e-mail, a name too short...). */
  readonly problems: readonly RowProblem[];
}

/** The flags behind the SDK's option names, for its messages. */
export const PROVISION_ARGUMENTS = {
  'options.chatId': '--chat',
  'options.concurrency': '--concurrency',
  'options.room.title': '--title',
};

/**
 * Checks each row with `setupWorkspaceChat` itself, on an already aborted signal: the SDK validates its whole
 * input before it sends anything, so a row it refuses throws `EthoraValidationError` and one it accepts stops
 * at the abort, with nothing sent either way.
 */
export async function planProvision(
  repo: ChatRepository,
  chatId: string,
  rows: readonly UserRow[],
  title: string | undefined,
): Promise<ProvisionPlan> {
  const stopped = AbortSignal.abort();
  const users: { row: UserRow; profile: WorkspaceUserProfile }[] = [];
  const problems: RowProblem[] = [];
  const room = title === undefined ? undefined : { title };
  // The room options are checked once, with no users: a bad --chat or --title is a usage error.
  await validateOnly(() => repo.setupWorkspaceChat({ chatId, users: [], room, signal: stopped }));
  for (const row of rows) {
    const profile = profileOf(row);
    try {
      await validateOnly(() =>
        repo.setupWorkspaceChat({ chatId, users: [profile], room, signal: stopped, bot: false }),
      );
      users.push({ row, profile });
    } catch (error) {
      if (!(error instanceof EthoraValidationError)) throw error;
      problems.push({ where: row.where, userId: row.userId, reason: rowReason(error) });
    }
  }
  return { users, problems };
}

async function validateOnly(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof EthoraAbortError) return;
    if (error instanceof EthoraValidationError && !/^(options\.users|userData)/.test(error.argument)) {
      throw withArgumentNames(error, PROVISION_ARGUMENTS);
    }
    throw error;
  }
}

function profileOf(row: UserRow): WorkspaceUserProfile {
  const { where: _where, ...fields } = row;
  return fields;
}

// "Invalid argument "userData.email" (email): must be an e-mail address...; got "x"." → "email: must be ...".
function rowReason(error: EthoraValidationError): string {
  const column =
    error.argument.replace(/^options\.users\[\d+\]\.?/, '').replace(/^userData\./, '') || 'userId';
  const detail = /\): (.*)$/.exec(error.message)?.[1]?.replace(/\.$/, '') ?? error.message;
  return `${column}: ${detail}`;
}
