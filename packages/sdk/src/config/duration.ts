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
