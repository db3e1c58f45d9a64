import { assertAppId } from '../validation/assert-app-id.js';

/**
 * Checks an app id argument and returns it in lower case, the form ObjectIds have on the wire, so that
 * `65F1C2A9…` and `65f1c2a9…` name the same app in paths, room names and member names alike.
 */
export function appIdOf(argument: string, value: unknown): string {
  assertAppId(argument, value);
  return value.toLowerCase();
}

/** {@link appIdOf} for an optional app id: `undefined` stays `undefined`. */
export function optionalAppIdOf(argument: string, value: unknown): string | undefined {
  return value === undefined ? undefined : appIdOf(argument, value);
}
