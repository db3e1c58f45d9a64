/**
 * Reads a `Retry-After` value, in delta-seconds (`"120"`, `"1.5"`) or as an HTTP date, into
 * milliseconds from `now`. Returns `undefined` when the value is missing or unreadable; a date in
 * the past gives 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only accept things that look like a date, so `"soon"` or `"-5"` are not read as one.
  if (!/[a-z]/i.test(text) || !/\d/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
