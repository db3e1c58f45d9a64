import { defaultPathSerializer } from 'openapi-fetch';
import { EthoraValidationError, type ValidationRule } from '../errors/ethora-validation-error.js';

// A path template's placeholders, as openapi-fetch finds them (`{appId}`, and the `{.x}`, `{;x}`, `{x*}` styles).
const PLACEHOLDER = /\{[^{}]+\}/g;
// A serialised value that is `.` or `..` once decoded, however often it was percent-encoded: `.`, `%2e`, `%252E`...
const DOT_SEGMENT = /^(?:\.|%(?:25)*2e){1,2}$/i;

/**
 * True for `.` or `..`, percent-encoded any number of times or not: as a path segment it makes the URL name
 * another route once normalised. The repository of `@ethora/sdk` checks its ids with it.
 */
export function isDotSegment(segment: string): boolean {
  return DOT_SEGMENT.test(segment);
}

/**
 * Checks every path parameter of `template` (a path with `{name}` placeholders) as openapi-fetch will serialise it.
 * A value that is missing, serialises to nothing, or is a dot segment (`.`, `..`, percent-encoded or not) would
 * make the URL name another route once it is normalised (`/v2/apps/{appId}/tokens/..` is `/v2/apps/{appId}/`),
 * so it throws `EthoraValidationError` for `path.<name>`.
 */
export function checkPathParams(template: string, pathParams: Record<string, unknown>): void {
  for (const placeholder of template.match(PLACEHOLDER) ?? []) {
    const name = placeholder.slice(1, -1).replace(/^[.;]/, '').replace(/\*$/, '');
    const value = pathParams[name];
    if (value === undefined || value === null) failPathParam(name, 'required', 'is required');
    // Serialised alone, as it will be in the URL: arrays and objects are joined, strings percent-encoded.
    const segment = defaultPathSerializer(placeholder, pathParams);
    if (segment === '') failPathParam(name, 'non-empty', 'must not be empty');
    if (isDotSegment(segment))
      failPathParam(name, 'dot-segment', 'must not be "." or ".." (percent-encoded or not)');
  }
}

function failPathParam(name: string, rule: ValidationRule, expectation: string): never {
  const argument = `path.${name}`;
  // The value is never shown: path parameters include tokens (`/v1/sharelink/{token}`).
  throw new EthoraValidationError(
    argument,
    rule,
    `Invalid argument "${argument}" (${rule}): ${expectation}, or the URL would name another route.`,
  );
}
