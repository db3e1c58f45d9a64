import { MAX_CLIENT_TOKEN_TTL_SECONDS, MAX_SERVER_TOKEN_TTL_SECONDS } from './defaults.js';

/** A lifetime: a number of seconds, or a string such as `'90s'`, `'15m'`, `'1h'`, `'2d'`. */
export type Duration = number | string;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };
const DURATION_PATTERN = /^(\d+(?:\.\d+)?)\s*([smhd])$/;

/** Converts a {@link Duration} to whole seconds; returns `undefined` when it is not a positive, finite duration. */
export function durationToSeconds(value: Duration): number | undefined {
  let seconds: number | undefined;
  if (typeof value === 'number') seconds = value;
  else if (typeof value === 'string') {
    const match = DURATION_PATTERN.exec(value.trim());
    if (match) seconds = Number(match[1]) * UNIT_SECONDS[match[2]!]!;
  }
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined;
  const whole = Math.floor(seconds);
  return whole >= 1 ? whole : undefined;
}

/** The accepted token lifetimes, by token type, and how error messages state them. */
export const TOKEN_TTL_LIMITS = {
  client: {
    maxSeconds: MAX_CLIENT_TOKEN_TTL_SECONDS,
    range: `from 1 second to ${MAX_CLIENT_TOKEN_TTL_SECONDS / 86_400} days (${MAX_CLIENT_TOKEN_TTL_SECONDS} seconds)`,
  },
  server: {
    maxSeconds: MAX_SERVER_TOKEN_TTL_SECONDS,
    range: `from 1 second to ${MAX_SERVER_TOKEN_TTL_SECONDS / 3_600} hours (${MAX_SERVER_TOKEN_TTL_SECONDS} seconds)`,
  },
} as const;

/** A token lifetime in whole seconds, or `undefined` when it is no duration or outside the type's limits. */
export function ttlSecondsWithin(value: unknown, type: 'client' | 'server'): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const seconds = durationToSeconds(value);
  return seconds !== undefined && seconds <= TOKEN_TTL_LIMITS[type].maxSeconds ? seconds : undefined;
}
