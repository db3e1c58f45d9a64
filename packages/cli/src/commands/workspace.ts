import { type ChatRepository, type SetupWorkspaceChatReport, unscoped } from '@ethora/sdk';
import { usageError } from '../cli-error.js';
import type { CommandContext } from '../context.js';
import { withArgumentNames } from '../describe-error.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { type RowProblem, readUsersFile } from '../input/users-file.js';
import { createPhaseProgress } from '../progress/phase-progress.js';
import { PROVISION_ARGUMENTS, planProvision } from './provision-plan.js';

/** One user's outcome in the provisioning summary. */
export interface ProvisionedUser {
  readonly userId: string | null;
  /** Where the user is in the file (`row 7`, `item 3`). */
  readonly where: string;
  readonly status: 'created' | 'exists' | 'failed';
  readonly reason?: string;
}

function concurrencyOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    throw usageError(`--concurrency takes a whole number from 1 to 16, not "${String(value)}".`);
  }
  return Number(value);
}

function failuresOf(problems: readonly RowProblem[]): ProvisionedUser[] {
  return problems.map((problem) => ({
    userId: problem.userId ?? null,
    where: problem.where,
    status: 'failed',
    reason: problem.reason,
  }));
}

// `row 12` before `row 100`; duplicates found later keep their place in the file.
function byPosition(a: ProvisionedUser, b: ProvisionedUser): number {
  const position = (where: string) => Number(/\d+/.exec(where)?.[0] ?? 0);
  return position(a.where) - position(b.where);
}

/**
 * `ethora workspace provision`: the room, the users (in batch jobs) and their access from a file, with progress
 * bars on a terminal. Exit 0 when every row is done, 2 when some failed, 1 when none could be done.
 */
export async function runProvision(ctx: CommandContext, options: Record<string, unknown>): Promise<ExitCode> {
  const chatId = options.chat as string;
  const title = options.title as string | undefined;
  const concurrency = concurrencyOf(options.concurrency);
  const file = await readUsersFile(options.users as string);
  const repo = await ctx.repository();
  const plan = await planProvision(repo, chatId, file.rows, title);
  const rejected = failuresOf([...file.problems, ...plan.problems]).sort(byPosition);
  if (options.dryRun === true) return dryRun(ctx, repo, chatId, plan, rejected);

  const progress = createPhaseProgress(ctx.out, ctx.options.progress);
  const started = performance.now();
  let report: SetupWorkspaceChatReport;
  try {
    report = await repo.setupWorkspaceChat({
      chatId,
      users: plan.users.map((user) => user.profile),
      ...(title === undefined ? {} : { room: { title } }),
      ...(concurrency === undefined ? {} : { concurrency }),
      signal: ctx.signal,
      onProgress: (update) => progress.update(update),
    });
  } catch (error) {
    throw withArgumentNames(error, PROVISION_ARGUMENTS);
  } finally {
    progress.stop();
  }
  const durationMs = Math.round(performance.now() - started);
  const where = new Map(plan.users.map((user) => [user.row.userId, user.row.where]));
  const users: ProvisionedUser[] = [
    ...report.users.map((outcome) => ({
      userId: outcome.userId,
      where: where.get(outcome.userId) ?? '',
      status: outcome.status,
      ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
    })),
    ...rejected,
  ].sort(byPosition);
  const failed = users.filter((user) => user.status === 'failed').length;
  const summary = {
    chatId: report.chatId,
    chatName: report.chatName,
    room: report.room,
    bot: report.bot,
    created: report.created,
    exists: report.exists,
    failed,
    granted: report.granted,
    durationMs,
    users,
  };
  if (ctx.out.json) ctx.out.document(summary);
  else printProvision(ctx, summary);
  if (failed === 0) return EXIT_CODES.ok;
  return report.created + report.exists > 0 ? EXIT_CODES.partial : EXIT_CODES.failed;
}

function printProvision(
  ctx: CommandContext,
  summary: {
    chatName: string;
    room: string;
    bot: string;
    created: number;
    exists: number;
    failed: number;
    granted: number;
    durationMs: number;
    users: ProvisionedUser[];
  },
): void {
  const { out } = ctx;
  const { colors } = out;
  out.line(`Room ${summary.chatName}: ${summary.room}; bot ${summary.bot}.`);
  out.line(
    `Users: ${colors.green(`${summary.created} created`)}, ${summary.exists} exist, ` +
      `${summary.failed > 0 ? colors.red(`${summary.failed} failed`) : '0 failed'}; ` +
      `${summary.granted} in the room. ${(summary.durationMs / 1000).toFixed(1)} s.`,
  );
  printFailures(ctx, summary.users);
}

const SHOWN_FAILURES = 20;

function printFailures(ctx: CommandContext, users: readonly ProvisionedUser[]): void {
  const { out } = ctx;
  const failures = users.filter((user) => user.status === 'failed');
  for (const failure of failures.slice(0, SHOWN_FAILURES)) {
    const who = failure.userId === null ? '' : ` ${failure.userId}`;
    out.line(`${out.colors.red('✘')} ${failure.where}${who}: ${failure.reason ?? 'failed'}`);
  }
  if (failures.length > SHOWN_FAILURES) {
    out.line(`… and ${failures.length - SHOWN_FAILURES} more (--json lists them all).`);
  }
}

async function dryRun(
  ctx: CommandContext,
  repo: ChatRepository,
  chatId: string,
  plan: Awaited<ReturnType<typeof planProvision>>,
  rejected: ProvisionedUser[],
): Promise<ExitCode> {
  const { appId } = repo.config;
  const existing = new Set<string>();
  for await (const user of repo.iterateUsers({ pageSize: 500, signal: ctx.signal })) {
    const name = (user as { xmppUsername?: unknown }).xmppUsername;
    if (typeof name === 'string') existing.add(unscoped(appId, name));
  }
  let roomExists = false;
  const chatName = `${appId}_${chatId}`;
  for await (const room of repo.iterateChatsInApp(appId, { pageSize: 500, signal: ctx.signal })) {
    if ((room as { name?: unknown }).name === chatName) roomExists = true;
  }
  const users = [
    ...plan.users.map((user) => ({
      userId: user.row.userId,
      where: user.row.where,
      status: existing.has(user.row.userId) ? ('exists' as const) : ('create' as const),
    })),
    ...rejected,
  ].sort((a, b) => byPosition(a as ProvisionedUser, b as ProvisionedUser));
  const count = (status: string) => users.filter((user) => user.status === status).length;
  const summary = {
    dryRun: true,
    chatId,
    chatName,
    room: roomExists ? 'exists' : 'create',
    create: count('create'),
    exists: count('exists'),
    failed: count('failed'),
    users,
  };
  if (ctx.out.json) ctx.out.document(summary);
  else {
    ctx.out.line(`Dry run: nothing was changed.`);
    ctx.out.line(`Room ${chatName}: ${roomExists ? 'exists' : 'would be created'}.`);
    ctx.out.line(
      `Users: ${summary.create} would be created, ${summary.exists} exist, ${plural(summary.failed, 'row')} cannot be used.`,
    );
    printFailures(ctx, rejected);
  }
  return summary.failed > 0 ? EXIT_CODES.partial : EXIT_CODES.ok;
}

/**
 * `ethora workspace cleanup`: deletes the room and, with `--users`, the users of the file. Things already gone are
 * reported, not errors, so it can run again.
 */
export async function runCleanup(ctx: CommandContext, options: Record<string, unknown>): Promise<ExitCode> {
  const chatId = options.chat as string;
  const concurrency = concurrencyOf(options.concurrency);
  const file = options.users === undefined ? undefined : await readUsersFile(options.users as string);
  const repo = await ctx.repository();
  const progress = createPhaseProgress(ctx.out, ctx.options.progress);
  const started = performance.now();
  let report: Awaited<ReturnType<ChatRepository['cleanupWorkspace']>>;
  try {
    report = await repo.cleanupWorkspace({
      chatId,
      userIds: file?.rows.map((row) => row.userId) ?? [],
      ...(concurrency === undefined ? {} : { concurrency }),
      signal: ctx.signal,
      onProgress: (update) => progress.update(update),
    });
  } catch (error) {
    throw withArgumentNames(error, PROVISION_ARGUMENTS);
  } finally {
    progress.stop();
  }
  const durationMs = Math.round(performance.now() - started);
  const failed = failuresOf(file?.problems ?? []);
  const summary = {
    chatId: report.chatId,
    room: report.room,
    deleted: report.deleted,
    notFound: report.notFound,
    requests: report.batches.length,
    failed: failed.length,
    durationMs,
    users: failed,
  };
  if (ctx.out.json) ctx.out.document(summary);
  else {
    const { out } = ctx;
    out.line(
      `Room ${repo.config.appId}_${report.chatId}: ${report.room === 'deleted' ? 'deleted' : 'already gone'}.`,
    );
    if (file === undefined) out.line('Users: kept (pass --users <file> to delete them too).');
    else {
      // The API answers per request, not per user: count requests, as the SDK reports them.
      const answered = (outcome: string) =>
        report.batches.filter((batch) => batch.outcome === outcome).length;
      out.line(
        `Users: ${plural(report.deleted + report.notFound, 'id')} in ${plural(report.batches.length, 'delete request')}: ` +
          `${answered('deleted')} deleted, ${answered('not-found')} found none of theirs; ` +
          `${plural(failed.length, 'row')} cannot be used. ${(durationMs / 1000).toFixed(1)} s.`,
      );
    }
    printFailures(ctx, failed);
  }
  return failed.length > 0 ? EXIT_CODES.partial : EXIT_CODES.ok;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
