import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { CliError } from '../cli-error.js';

/** A user read from a file, with where it was (`row 7` of a CSV, `item 3` of a JSON array). */
export interface UserRow {
  readonly where: string;
  readonly userId: string;
  readonly displayName?: string;
  readonly email?: string;
  readonly firstName?: string;
  readonly lastName?: string;
}

/** A row that cannot be used, and why; the other rows still go. */
export interface RowProblem {
  readonly where: string;
  readonly userId?: string;
  readonly reason: string;
}

/** What a users file holds. */
export interface UsersFile {
  readonly format: 'csv' | 'json';
  readonly rows: readonly UserRow[];
  readonly problems: readonly RowProblem[];
}

/** The columns a CSV may have (`userId` is required), matched without regard to case. */
export const CSV_COLUMNS = ['userId', 'displayName', 'email', 'firstName', 'lastName'] as const;
type Column = (typeof CSV_COLUMNS)[number];

// An XMPP local part cannot hold these (RFC 7622), and the user id becomes part of one: <appId>_<userId>.
const NOT_IN_XMPP_NAME = /[\s"&'/:<>@]/;

/** Reads a CSV (with a header row) or a JSON array of users or of plain ids; bad rows become problems. */
export async function readUsersFile(path: string): Promise<UsersFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new CliError(`Cannot read the users file ${path} (${code}).`, {
      fix: 'pass a readable CSV (userId,displayName,email with a header row) or JSON file to --users',
    });
  }
  const extension = extname(path).toLowerCase();
  const json = extension === '.json' || (extension !== '.csv' && text.trimStart().startsWith('['));
  const read = json ? readJson(path, text) : readCsv(path, text);
  return { format: json ? 'json' : 'csv', ...dropDuplicates(read) };
}

function readCsv(path: string, text: string): { rows: UserRow[]; problems: RowProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const message = error instanceof CsvError ? error.message : String(error);
    throw new CliError(`${path} is not valid CSV: ${message}`, {
      fix: 'fix the file (quotes must be closed) and run again',
    });
  }
  const [header, ...data] = records;
  if (header === undefined) {
    throw new CliError(`${path} is empty.`, {
      fix: 'add a header row userId,displayName,email and one row per user',
    });
  }
  const columns = header.record.map((name) =>
    CSV_COLUMNS.find((column) => column.toLowerCase() === name.trim().toLowerCase()),
  );
  const unknown = header.record.filter((_, index) => columns[index] === undefined);
  if (!columns.includes('userId') || unknown.length > 0) {
    const problem =
      unknown.length > 0
        ? `unknown column ${unknown.map((name) => `"${name}"`).join(', ')}`
        : 'no userId column';
    throw new CliError(`${path}: the header row has ${problem}.`, {
      fix: `start the file with a header row of ${CSV_COLUMNS.join(', ')} (userId required; the others optional)`,
    });
  }
  const rows: UserRow[] = [];
  const problems: RowProblem[] = [];
  for (const { record, info } of data) {
    const where = `row ${info.lines}`;
    if (record.length > columns.length) {
      problems.push({ where, reason: `has ${record.length} fields, the header has ${columns.length}` });
      continue;
    }
    const fields: Partial<Record<Column, string>> = {};
    columns.forEach((column, index) => {
      const value = record[index];
      if (column !== undefined && value !== undefined && value !== '') fields[column] = value;
    });
    const checked = checkRow(where, fields);
    if ('reason' in checked) problems.push(checked);
    else rows.push(checked);
  }
  return { rows, problems };
}

function readJson(path: string, text: string): { rows: UserRow[]; problems: RowProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`, {
      fix: 'the file must hold an array of user ids or of { "userId", "displayName", "email" } objects',
    });
  }
  if (!Array.isArray(value)) {
    throw new CliError(`${path} does not hold a JSON array.`, {
      fix: 'the file must hold an array of user ids or of { "userId", "displayName", "email" } objects',
    });
  }
  const rows: UserRow[] = [];
  const problems: RowProblem[] = [];
  value.forEach((item: unknown, index) => {
    const where = `item ${index + 1}`;
    if (typeof item === 'string') {
      const checked = checkRow(where, { userId: item });
      if ('reason' in checked) problems.push(checked);
      else rows.push(checked);
      return;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ where, reason: 'must be a user id or an object with a userId' });
      return;
    }
    const record = item as Record<string, unknown>;
    const extra = Object.keys(record).filter((key) => !(CSV_COLUMNS as readonly string[]).includes(key));
    const wrong = CSV_COLUMNS.filter((key) => record[key] !== undefined && typeof record[key] !== 'string');
    if (extra.length > 0 || wrong.length > 0) {
      const reason =
        extra.length > 0
          ? `unknown field ${extra.map((key) => `"${key}"`).join(', ')} (expected ${CSV_COLUMNS.join(', ')})`
          : `${wrong.join(', ')} must be a string`;
      problems.push({
        where,
        reason,
        ...(typeof record.userId === 'string' ? { userId: record.userId } : {}),
      });
      return;
    }
    const fields = Object.fromEntries(Object.entries(record).filter(([, field]) => field !== '')) as Partial<
      Record<Column, string>
    >;
    const checked = checkRow(where, fields);
    if ('reason' in checked) problems.push(checked);
    else rows.push(checked);
  });
  return { rows, problems };
}

function checkRow(where: string, fields: Partial<Record<Column, string>>): UserRow | RowProblem {
  const userId = fields.userId?.trim();
  if (userId === undefined || userId === '') return { where, reason: 'userId is empty' };
  if (NOT_IN_XMPP_NAME.test(userId)) {
    return {
      where,
      userId,
      reason: `userId "${userId}" cannot be part of an XMPP name (no spaces, @, /, quotes, :, <, > or &)`,
    };
  }
  return { ...fields, where, userId };
}

function dropDuplicates(read: { rows: UserRow[]; problems: RowProblem[] }): {
  rows: UserRow[];
  problems: RowProblem[];
} {
  const first = new Map<string, string>();
  const rows: UserRow[] = [];
  const problems = [...read.problems];
  for (const row of read.rows) {
    const earlier = first.get(row.userId);
    if (earlier !== undefined) {
      problems.push({
        where: row.where,
        userId: row.userId,
        reason: `userId "${row.userId}" repeats ${earlier}`,
      });
      continue;
    }
    first.set(row.userId, row.where);
    rows.push(row);
  }
  return { rows, problems };
}
