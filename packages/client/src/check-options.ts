import type { EthoraCallOptions, EthoraClientOptions } from './client-options.js';
import { EthoraConfigError } from './errors/ethora-config-error.js';
import { EthoraValidationError, type ValidationRule } from './errors/ethora-validation-error.js';

const LOG_LEVELS = new Set(['debug', 'info', 'warn', 'error', 'silent']);
const AUTH_KINDS = new Set(['server', 'user', 'app', 'refresh', 'client']);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** How a check reports a bad value: client options and per-call options throw different classes. */
type Fail = (option: string, rule: ValidationRule, expectation: string) => never;

// Client options are configuration: `EthoraConfigError` naming the option, never its value.
const failOption: Fail = (option, _rule, expectation) => {
  throw new EthoraConfigError(option, `Invalid option \`${option}\`: ${expectation}.`);
};

// Per-call options are arguments of one call: `EthoraValidationError`, like the sdk's argument checks.
const failCallOption: Fail = (option, rule, expectation) => {
  throw new EthoraValidationError(
    option,
    rule,
    `Invalid call option \`${option}\` (${rule}): ${expectation}.`,
  );
};

/**
 * Largest `timeoutMs` accepted, in milliseconds (2^31 - 1, about 24.8 days); it also bounds every other duration
 * option. Timers take a signed 32-bit delay and Node turns a longer one into 1 ms, so a larger value would make
 * every attempt time out at once; any lower cap would be a policy of ours that rejects settings that work.
 */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Most retries accepted for `maxRetries`. Ten retries at the default backoff (0.5 s doubling up to 8 s) already
 * keep a failing call going for about a minute of waits plus eleven attempts; more mostly multiplies the load on a
 * server that is failing. Callers that must persist longer schedule their own retries (or use `retry.deadlineMs`).
 */
export const MAX_RETRIES = 10;

function checkDuration(fail: Fail, option: string, value: unknown, allowZero = false): void {
  if (value === undefined) return;
  const expectation = `expected a number of milliseconds ${allowZero ? 'from 0' : 'above 0'} up to ${MAX_TIMEOUT_MS}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(option, 'type', expectation);
  if (value < 0 || (!allowZero && value === 0) || value > MAX_TIMEOUT_MS) fail(option, 'range', expectation);
}

function checkRetries(fail: Fail, option: string, value: unknown): void {
  if (value === undefined) return;
  const expectation = `expected an integer from 0 to ${MAX_RETRIES}`;
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(option, 'integer', expectation);
  if (value < 0 || value > MAX_RETRIES) fail(option, 'range', expectation);
}

/**
 * Checks client options as `createEthoraClient` does, without making a client: throws `EthoraConfigError`
 * naming the bad option, never its value. The repository of `@ethora/sdk` checks its own options with it.
 */
export function checkClientOptions(options: EthoraClientOptions): void {
  if (typeof options !== 'object' || options === null) failOption('options', 'type', 'expected an object');
  let url: URL | undefined;
  try {
    url = new URL(options.baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    failOption('baseUrl', 'type', 'expected an absolute http(s) URL such as https://api.chat.ethora.com');
  }
  if (url.search || url.hash) failOption('baseUrl', 'type', 'must not carry a query string or a fragment');
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    failOption('fetch', 'type', 'expected a function');
  if (options.dispatcher !== undefined) {
    if (typeof options.dispatcher?.compose !== 'function')
      failOption('dispatcher', 'type', 'expected an undici Agent, Pool or other Dispatcher');
    if (options.fetch !== undefined)
      failOption('dispatcher', 'exactly-one', 'give `fetch` or `dispatcher`, not both');
  }
  checkDuration(failOption, 'timeoutMs', options.timeoutMs);
  checkRetries(failOption, 'maxRetries', options.maxRetries);
  const { maxResponseBytes } = options;
  if (maxResponseBytes !== undefined && !(Number.isSafeInteger(maxResponseBytes) && maxResponseBytes > 0))
    failOption('maxResponseBytes', 'range', 'expected a positive whole number of bytes (a safe integer)');
  if (options.logLevel !== undefined && !LOG_LEVELS.has(options.logLevel)) {
    failOption('logLevel', 'one-of', "expected 'debug', 'info', 'warn', 'error' or 'silent'");
  }
  if (options.logger !== undefined) {
    for (const method of ['debug', 'info', 'warn', 'error'] as const) {
      if (typeof options.logger?.[method] !== 'function')
        failOption('logger', 'type', `expected a \`${method}\` method`);
    }
  }
  if (options.requestIdHeader !== undefined && options.requestIdHeader !== false) {
    if (typeof options.requestIdHeader !== 'string' || !HEADER_NAME.test(options.requestIdHeader)) {
      failOption('requestIdHeader', 'type', 'expected a header name or false');
    }
  }
  if (options.generateRequestId !== undefined && typeof options.generateRequestId !== 'function') {
    failOption('generateRequestId', 'type', 'expected a function');
  }
  if (options.redactValues !== undefined && typeof options.redactValues !== 'function') {
    failOption('redactValues', 'type', 'expected a function');
  }
  checkAuth(options.auth);
  const retry = options.retry;
  if (retry !== undefined) {
    if (typeof retry !== 'object' || retry === null) failOption('retry', 'type', 'expected an object');
    checkDuration(failOption, 'retry.baseDelayMs', retry.baseDelayMs, true);
    checkDuration(failOption, 'retry.maxDelayMs', retry.maxDelayMs, true);
    checkDuration(failOption, 'retry.maxRetryAfterMs', retry.maxRetryAfterMs, true);
    checkDuration(failOption, 'retry.deadlineMs', retry.deadlineMs);
    if (retry.onRetry !== undefined && typeof retry.onRetry !== 'function')
      failOption('retry.onRetry', 'type', 'expected a function');
    if (retry.statuses !== undefined && !isStatusList(retry.statuses)) {
      failOption('retry.statuses', 'range', 'expected a list of HTTP statuses from 400 to 599');
    }
  }
}

// Indexed, not `.every`: `.every` skips the holes of a sparse array, so `[, 503]` would pass.
function isStatusList(statuses: unknown): boolean {
  if (!Array.isArray(statuses)) return false;
  for (let index = 0; index < statuses.length; index++) {
    const status: unknown = statuses[index];
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) return false;
  }
  return true;
}

function checkAuth(auth: unknown): void {
  if (auth === undefined || typeof auth === 'function') return;
  if (typeof auth === 'string') {
    if (auth.trim() === '') failOption('auth', 'non-empty', 'the token is empty');
    return;
  }
  if (typeof auth !== 'object' || auth === null)
    failOption(
      'auth',
      'type',
      'expected a token, a token function or { server, user, app, refresh, client }',
    );
  for (const [kind, source] of Object.entries(auth)) {
    if (!AUTH_KINDS.has(kind)) failOption('auth', 'one-of', `unknown credential kind \`${kind}\``);
    if (source === undefined || typeof source === 'function') continue;
    if (typeof source !== 'string' || source.trim() === '')
      failOption(`auth.${kind}`, 'type', 'expected a non-empty token or a function');
  }
}

/** Checks the per-call options (`timeoutMs`, `maxRetries`, `deadlineMs`, `idempotent`) of one call. */
export function checkCallOptions(options: EthoraCallOptions): void {
  checkDuration(failCallOption, 'timeoutMs', options.timeoutMs);
  checkRetries(failCallOption, 'maxRetries', options.maxRetries);
  checkDuration(failCallOption, 'deadlineMs', options.deadlineMs);
  if (options.idempotent !== undefined && typeof options.idempotent !== 'boolean')
    failCallOption('idempotent', 'type', 'expected a boolean');
}
