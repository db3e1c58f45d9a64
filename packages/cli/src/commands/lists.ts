import { unscoped } from '@ethora/sdk';
import { stringify } from 'csv-stringify/sync';
import type { CommandContext } from '../context.js';
import { withArgumentNames } from '../describe-error.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { type Column, renderTable } from '../output/table.js';

type Listed = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A user as the command line lists it: named fields only, never a password or token. */
export interface ListedUser {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly xmppUsername: string;
}

/** A room as the command line lists it. */
export interface ListedRoom {
  readonly chatId: string;
  readonly name: string;
  readonly title: string;
  readonly type: string;
  readonly members: number | null;
  readonly createdAt: string;
}

/** An app as the command line lists it (its secret and app token are never shown). */
export interface ListedApp {
  readonly appId: string;
  readonly displayName: string;
  readonly domainName: string;
  readonly createdAt: string;
}

function print<Row>(
  ctx: CommandContext,
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  noun: string,
): ExitCode {
  if (ctx.out.json) ctx.out.document(rows);
  else if (rows.length === 0) ctx.out.note(`No ${noun}.`);
  else for (const line of renderTable(columns, rows, ctx.out.colors)) ctx.out.line(line);
  return EXIT_CODES.ok;
}

/** `ethora users list [--chat] [--csv]`: every user of the app or of a room, all pages. */
export async function listUsers(ctx: CommandContext, options: Record<string, unknown>): Promise<ExitCode> {
  const repo = await ctx.repository();
  const { appId } = repo.config;
  const chat = options.chat as string | undefined;
  const users: ListedUser[] = [];
  try {
    for await (const user of repo.iterateUsers({
      ...(chat === undefined ? {} : { chatName: chat }),
      pageSize: 500,
      signal: ctx.signal,
    })) {
      const record = user as Listed;
      const xmppUsername = text(record.xmppUsername);
      users.push({
        userId: xmppUsername === '' ? '' : unscoped(appId, xmppUsername),
        displayName: [text(record.firstName), text(record.lastName)].filter(Boolean).join(' '),
        email: text(record.email),
        xmppUsername,
      });
    }
  } catch (error) {
    throw withArgumentNames(error, { 'options.chatName': '--chat' });
  }
  if (options.csv === true && !ctx.out.json) {
    ctx.out.line(
      stringify(
        users.map(({ userId, displayName, email }) => ({ userId, displayName, email })),
        { header: true, columns: ['userId', 'displayName', 'email'] },
      ).trimEnd(),
    );
    return EXIT_CODES.ok;
  }
  return print(
    ctx,
    users,
    [
      { header: 'USER ID', cell: (user) => user.userId },
      { header: 'NAME', cell: (user) => user.displayName },
      { header: 'EMAIL', cell: (user) => user.email },
    ],
    'users',
  );
}

/** `ethora apps list`: the apps the server token manages, all pages. */
export async function listApps(ctx: CommandContext): Promise<ExitCode> {
  const repo = await ctx.repository();
  const apps: ListedApp[] = [];
  for await (const app of repo.iterateApps({ pageSize: 200, signal: ctx.signal })) {
    const record = app as Listed;
    apps.push({
      appId: text(record._id) || text(record.appId),
      displayName: text(record.displayName),
      domainName: text(record.domainName),
      createdAt: text(record.createdAt),
    });
  }
  return print(
    ctx,
    apps,
    [
      { header: 'APP ID', cell: (app) => app.appId },
      { header: 'NAME', cell: (app) => app.displayName },
      { header: 'DOMAIN', cell: (app) => app.domainName },
      { header: 'CREATED', cell: (app) => app.createdAt },
    ],
    'apps',
  );
}

/** `ethora rooms list`: the app's rooms, all pages. */
export async function listRooms(ctx: CommandContext): Promise<ExitCode> {
  const repo = await ctx.repository();
  const { appId } = repo.config;
  const rooms: ListedRoom[] = [];
  for await (const room of repo.iterateChatsInApp(appId, {
    pageSize: 500,
    includeMembers: true,
    signal: ctx.signal,
  })) {
    const record = room as Listed;
    const name = text(record.name);
    rooms.push({
      chatId: name === '' ? '' : unscoped(appId, name),
      name,
      title: text(record.title),
      type: text(record.type),
      members: Array.isArray(record.members) ? record.members.length : null,
      createdAt: text(record.createdAt),
    });
  }
  return print(
    ctx,
    rooms,
    [
      { header: 'CHAT ID', cell: (room) => room.chatId },
      { header: 'TITLE', cell: (room) => room.title },
      { header: 'TYPE', cell: (room) => room.type },
      { header: 'MEMBERS', cell: (room) => (room.members === null ? '' : String(room.members)), right: true },
      { header: 'CREATED', cell: (room) => room.createdAt },
    ],
    'rooms',
  );
}
