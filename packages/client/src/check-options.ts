import type { EthoraClientOptions } from './client-options.js';
import { EthoraError } from './errors/ethora-error.js';
import type { EthoraCallOptions } from './runtime/call-options.js';

const LOG_LEVELS = new Set(['debug', 'info', 'warn', 'error', 'silent']);
const AUTH_KINDS = new Set(['server', 'user', 'app', 'refresh', 'client']);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function fail(option: string, rule: string): never {
  throw new EthoraError(`Invalid option \`${option}\`: ${rule}.`);
}

function checkDuration(option: string, value: unknown, allowZero = false): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    fail(option, `expected a ${allowZero ? 'non-negative' : 'positive'} number of milliseconds`);
  }
}

function checkRetries(option: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    fail(option, 'expected an integer >= 0');
}

/** Checks the client options before anything is sent; messages name the option, never its value. */
export function checkClientOptions(options: EthoraClientOptions): void {
  if (typeof options !== 'object' || options === null) fail('options', 'expected an object');
  let url: URL | undefined;
  try {
    url = new URL(options.baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    fail('baseUrl', 'expected an absolute http(s) URL such as https://api.chat.ethora.com');
  }
  if (url.search || url.hash) fail('baseUrl', 'must not carry a query string or a fragment');
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    fail('fetch', 'expected a function');
  checkDuration('timeoutMs', options.timeoutMs);
  checkRetries('maxRetries', options.maxRetries);
  if (options.logLevel !== undefined && !LOG_LEVELS.has(options.logLevel)) {
    fail('logLevel', "expected 'debug', 'info', 'warn', 'error' or 'silent'");
  }
  if (options.logger !== undefined) {
    for (const method of ['debug', 'info', 'warn', 'error'] as const) {
      if (typeof options.logger?.[method] !== 'function') fail('logger', `expected a \`${method}\` method`);
    }
  }
  if (options.requestIdHeader !== undefined && options.requestIdHeader !== false) {
    if (typeof options.requestIdHeader !== 'string' || !HEADER_NAME.test(options.requestIdHeader)) {
      fail('requestIdHeader', 'expected a header name or false');
    }
  }
  if (options.generateRequestId !== undefined && typeof options.generateRequestId !== 'function') {
    fail('generateRequestId', 'expected a function');
  }
  checkAuth(options.auth);
  const retry = options.retry;
  if (retry !== undefined) {
    if (typeof retry !== 'object' || retry === null) fail('retry', 'expected an object');
    checkDuration('retry.baseDelayMs', retry.baseDelayMs, true);
    checkDuration('retry.maxDelayMs', retry.maxDelayMs, true);
    checkDuration('retry.maxRetryAfterMs', retry.maxRetryAfterMs, true);
    checkDuration('retry.deadlineMs', retry.deadlineMs);
    if (retry.onRetry !== undefined && typeof retry.onRetry !== 'function')
      fail('retry.onRetry', 'expected a function');
    if (
      retry.statuses !== undefined &&
      (!Array.isArray(retry.statuses) ||
        !retry.statuses.every((s) => Number.isInteger(s) && s >= 400 && s <= 599))
    ) {
      fail('retry.statuses', 'expected a list of HTTP statuses from 400 to 599');
    }
  }
}

function checkAuth(auth: unknown): void {
  if (auth === undefined || typeof auth === 'function') return;
  if (typeof auth === 'string') {
    if (auth.trim() === '') fail('auth', 'the token is empty');
    return;
  }
  if (typeof auth !== 'object' || auth === null)
    fail('auth', 'expected a token, a token function or { server, user, app, refresh, client }');
  for (const [kind, source] of Object.entries(auth)) {
    if (!AUTH_KINDS.has(kind)) fail('auth', `unknown credential kind \`${kind}\``);
    if (source === undefined || typeof source === 'function') continue;
    if (typeof source !== 'string' || source.trim() === '')
      fail(`auth.${kind}`, 'expected a non-empty token or a function');
  }
}

/** Checks the per-call options (`timeoutMs`, `maxRetries`, `deadlineMs`, `idempotent`) of one call. */
export function checkCallOptions(options: EthoraCallOptions): void {
  checkDuration('timeoutMs', options.timeoutMs);
  checkRetries('maxRetries', options.maxRetries);
  checkDuration('deadlineMs', options.deadlineMs);
  if (options.idempotent !== undefined && typeof options.idempotent !== 'boolean')
    fail('idempotent', 'expected a boolean');
}
