const UNITS: readonly (readonly [string, number])[] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** Says how far `seconds` (since the epoch) is from `now`: "in 15 minutes", "3 hours ago", "just now". */
export function relativeTime(seconds: number, nowSeconds: number): string {
  const delta = Math.round(seconds - nowSeconds);
  const size = Math.abs(delta);
  if (size < 5) return 'just now';
  const [unit, length] = UNITS.find(([, unitLength]) => size >= unitLength) ?? ['second', 1];
  const count = Math.floor(size / length);
  const phrase = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return delta > 0 ? `in ${phrase}` : `${phrase} ago`;
}

/** An ISO time for seconds since the epoch. */
export function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
