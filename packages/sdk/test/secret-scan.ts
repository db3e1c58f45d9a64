import { errorRenderings, logArgumentRenderings } from '@ethora/testkit';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import {
  type ChatRepository,
  type ChatRepositoryOptions,
  deriveScopedSecret,
  type EthoraLogger,
} from '../src/index.js';
import { APP_ID, repositoryAt } from './repository-harness.js';

export { APP_ID };

// Whatever happens (success, error answers, retries, timeouts, bad input), no log line and no thrown error
// may carry the app secret, a key derived from it, or any JWT. This module captures both and scans them.

/** The secret that must never show up. */
export const APP_SECRET = 'hygiene-app-secret-5c1d7e9a3b';
/** The chat id the scanned calls use. */
export const WORKSPACE = 'ws-hygiene';
const JWT_SHAPE = /eyJ[\w-]+\.[\w-]+\.[\w-]*/;

/** One captured log call. */
export interface LogLine {
  readonly level: string;
  readonly args: unknown[];
}

/** Every log line captured in this test file. */
export const lines: LogLine[] = [];
/** Every error `run` caught in this test file. */
export const errors: unknown[] = [];
let calls = 0;
/**
 * The app secret and both keys derived from it, once `useSecretScan` has set them up; a test adds the tokens
 * a server saw, and their parts, to scan for them too.
 */
export const secrets: string[] = [];

/** The logger of every repository `repository()` makes: records each call's arguments for the scan. */
export const logger: EthoraLogger = {
  debug: (...args) => void lines.push({ level: 'debug', args }),
  info: (...args) => void lines.push({ level: 'info', args }),
  warn: (...args) => void lines.push({ level: 'warn', args }),
  error: (...args) => void lines.push({ level: 'error', args }),
};

/** Runs one SDK call; a thrown error is kept for the scan and returned instead of thrown. */
export async function run<T>(call: () => T | Promise<T>): Promise<T | unknown> {
  calls += 1;
  try {
    return await call();
  } catch (error) {
    errors.push(error);
    return error;
  }
}

/** Every rendering of an error a log pipeline or an error tracker might produce, causes included. */
export const renderings = errorRenderings;

/** What a log pipeline might write for a line. */
export function logRenderings(line: LogLine): string[] {
  return logArgumentRenderings(line.args);
}

/** The places where a secret, a derived key or a JWT showed up. */
export function leaks(texts: readonly string[], where: string): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const secret of secrets) if (text.includes(secret)) found.push(`${where}: secret material`);
    const jwt = JWT_SHAPE.exec(text);
    if (jwt) found.push(`${where}: JWT ${jwt[0].slice(0, 12)}…`);
  }
  return found;
}

/** Scans what was captured since `from`, failing on the first leak; returns how much was scanned. */
export function expectClean(from: { lines: number; errors: number }): { lines: number; errors: number } {
  const newLines = lines.slice(from.lines);
  const newErrors = errors.slice(from.errors);
  const found = [
    ...newLines.flatMap((line, i) => leaks(logRenderings(line), `log line ${from.lines + i}`)),
    ...newErrors.flatMap((error, i) => leaks(renderings(error), `error ${from.errors + i}`)),
  ];
  expect(found).toEqual([]);
  return { lines: newLines.length, errors: newErrors.length };
}

/** Where the captures stand now; pass it to `expectClean` after the calls. */
export const mark = () => ({ lines: lines.length, errors: errors.length });

/** A repository logging everything at debug level into the capture; `options` override the rest. */
export function repository(options: Partial<ChatRepositoryOptions>): ChatRepository {
  return repositoryAt(inject('prismUrl'), {
    appSecret: APP_SECRET,
    botJid: `${APP_ID}_bot`,
    logger,
    logLevel: 'debug',
    ...options,
  });
}

/** How much a test file must have scanned for its hygiene checks to mean something. */
export interface ScanFloor {
  /** SDK calls made through `run`. */
  calls: number;
  /** Log lines captured. */
  lines: number;
  /** Errors caught. */
  errors: number;
  /** Log levels that must appear (default both the SDK writes: `debug`, and `warn` for retries). */
  levels?: readonly string[];
}

/**
 * Derives the secrets to look for before the file's tests and, after them, checks that the scans were not
 * vacuous: at least `floor` calls, lines and errors, with log lines at the levels expected.
 */
export function useSecretScan(floor: ScanFloor): void {
  beforeAll(async () => {
    secrets.push(
      APP_SECRET,
      await deriveScopedSecret(APP_SECRET, 'server'),
      await deriveScopedSecret(APP_SECRET, 'client'),
    );
  });
  afterAll(() => {
    console.info(
      `secret hygiene: ${calls} calls, ${lines.length} log lines, ${errors.length} errors scanned`,
    );
    expect(calls).toBeGreaterThanOrEqual(floor.calls);
    expect(lines.length).toBeGreaterThanOrEqual(floor.lines);
    expect(errors.length).toBeGreaterThanOrEqual(floor.errors);
    expect(new Set(lines.map((line) => line.level))).toEqual(new Set(floor.levels ?? ['debug', 'warn']));
  });
}
