import type { EthoraClientOptions } from '../client-options.js';
import { isSecretKey } from './redact.js';

// How many credentials sent lately a client remembers: every token its providers hand out in a while
// (a cache re-minting every few minutes, a handful of kinds), without growing with the number of calls.
const RECENT_LIMIT = 32;

/** The credentials a client knows, so that errors and log lines can be scrubbed of them by value. */
export interface KnownCredentials {
  /** Records header values the client just sent as credentials. */
  remember(values: Iterable<string>): void;
  /** The static ones from the options, those of the `redactValues` hook, and those sent lately. */
  list(): string[];
}

/** The known credentials of a client made with `options`. */
export function knownCredentials(options: EthoraClientOptions): KnownCredentials {
  const fixed: string[] = [];
  const { auth, headers, redactValues } = options;
  if (typeof auth === 'string') fixed.push(auth);
  else if (auth && typeof auth === 'object') {
    for (const source of Object.values(auth)) if (typeof source === 'string') fixed.push(source);
  }
  for (const [name, value] of Object.entries(headers ?? {})) if (isSecretKey(name)) fixed.push(value);
  const recent = new Set<string>();
  return {
    remember(values) {
      for (const value of values) {
        // Most calls resend a cached token: known already, nothing to do. A dropped one comes back when sent again.
        if (recent.has(value)) continue;
        recent.add(value);
        if (recent.size > RECENT_LIMIT) recent.delete(recent.values().next().value as string);
      }
    },
    list() {
      const out = [...fixed, ...recent];
      if (redactValues) {
        try {
          for (const value of redactValues()) if (typeof value === 'string') out.push(value);
        } catch {
          // A failing hook leaves the other values and the pattern-based scrub; it must not fail the call.
        }
      }
      return out;
    },
  };
}
