const MAX_SHOWN_CHARS = 40;

/** Describes a rejected value for an error message: strings are quoted and cut short, secrets are never shown. */
export function describeValue(value: unknown, secret = false): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (secret) return `a ${typeof value} (value hidden)`;
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${String(value)} (${typeof value})`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return `a ${typeof value}`;
}
