import { ETHORA_ENV_VARS } from '@ethora/sdk';
import type { ConfigSources } from '../config/config-sources.js';

/** The outcome of one doctor check. */
export interface CheckResult {
  /** Stable id: `config`, `api`, `token`, `clock`, `jid-domain`, `bot`. */
  readonly id: string;
  readonly title: string;
  /** `skip`: could not be checked, or does not apply (an optional setting is unset); not a failure. */
  readonly status: 'pass' | 'fail' | 'skip';
  /** What was measured or found. */
  readonly value: string;
  /** How to fix a failure. */
  readonly fix?: string;
  /** Measured numbers and found values, for `--json`. */
  readonly data?: Record<string, unknown>;
}

/** Per-request options of the doctor's probes: a short timeout and no retries, so a failure shows at once. */
export const PROBE = { timeoutMs: 10_000, maxRetries: 0 };

/** What the API's answer to `GET /v1/apps/get-config` told. */
export interface ApiProbe {
  readonly status: number;
  readonly latencyMs: number;
  /** Server time minus local time, in milliseconds, from the `Date` header. */
  readonly skewMs: number | undefined;
  readonly xmppHost: string | undefined;
}

/** Where a setting came from, `default` or `not set`. */
export function sourceOf(sources: ConfigSources, key: keyof ConfigSources['values']): string {
  return sources.values[key]?.source ?? (key === 'jidDomain' ? 'default' : 'not set');
}

/** Where a setting came from (`ETHORA_CHAT_APP_ID in .env`), or its variable when it was not set. */
export function settingOf(sources: ConfigSources, key: keyof ConfigSources['values']): string {
  return sources.values[key]?.source ?? ETHORA_ENV_VARS[key];
}
