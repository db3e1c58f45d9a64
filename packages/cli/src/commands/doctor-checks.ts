import {
  botMemberName,
  ETHORA_ENV_VARS,
  EthoraApiError,
  EthoraAuthenticationError,
  type EthoraConfig,
  EthoraError,
  type TokenSigning,
} from '@ethora/sdk';
import { CliError } from '../cli-error.js';
import { CONFIG_KEYS, type ConfigSources } from '../config/config-sources.js';
import type { CommandContext } from '../context.js';
import { describeError } from '../describe-error.js';

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

/** Largest clock difference from the server that passes, in seconds. */
export const MAX_CLOCK_SKEW_SECONDS = 30;
const PROBE_TIMEOUT_MS = 10_000;
const probe = { timeoutMs: PROBE_TIMEOUT_MS, maxRetries: 0 };

interface ApiProbe {
  readonly status: number;
  readonly latencyMs: number;
  /** Server time minus local time, in milliseconds, from the `Date` header. */
  readonly skewMs: number | undefined;
  readonly xmppHost: string | undefined;
}

/** Runs every check in order; a check whose prerequisite failed is skipped with the reason. */
export async function runChecks(ctx: CommandContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const { check: configCheck, config, sources } = await checkConfig(ctx);
  results.push(configCheck);
  if (config === undefined || sources === undefined) {
    const reason = 'needs a valid configuration';
    for (const [id, title] of LATER_CHECKS) results.push({ id, title, status: 'skip', value: reason });
    return results;
  }
  const { check: apiCheck, probe: answer } = await checkApi(ctx, config, sources);
  results.push(apiCheck);
  if (answer === undefined) {
    const reason = 'needs the API to answer';
    for (const [id, title] of LATER_CHECKS.slice(1))
      results.push({ id, title, status: 'skip', value: reason });
    return results;
  }
  const clock = checkClock(answer);
  results.push(await checkToken(ctx, config, sources, clock.status === 'fail'));
  results.push(clock);
  results.push(checkJidDomain(config, sources, answer));
  results.push(await checkBot(ctx, config, sources, answer));
  return results;
}

const LATER_CHECKS: readonly (readonly [string, string])[] = [
  ['api', 'API reachable'],
  ['token', 'Server token'],
  ['clock', 'Clock'],
  ['jid-domain', 'JID domain'],
  ['bot', 'Bot'],
];

function sourceOf(sources: ConfigSources, key: keyof ConfigSources['values']): string {
  return sources.values[key]?.source ?? (key === 'jidDomain' ? 'default' : 'not set');
}

/** Where a setting came from (`ETHORA_CHAT_APP_ID in .env`), or its variable when it was not set. */
function settingOf(sources: ConfigSources, key: keyof ConfigSources['values']): string {
  return sources.values[key]?.source ?? ETHORA_ENV_VARS[key];
}

async function checkConfig(
  ctx: CommandContext,
): Promise<{ check: CheckResult; config?: EthoraConfig; sources?: ConfigSources }> {
  const title = 'Configuration';
  let sources: ConfigSources | undefined;
  try {
    sources = await ctx.sources();
    const config = await ctx.config(probe);
    const settings = CONFIG_KEYS.map((key) => ({
      setting: key,
      // The secret is never shown: only where it came from.
      value: key === 'appSecret' ? (sources?.values[key] ? 'set' : undefined) : configValue(config, key),
      source: sourceOf(sources as ConfigSources, key),
    }));
    return {
      check: {
        id: 'config',
        title,
        status: 'pass',
        value: `app ${config.appId} at ${config.apiUrl}${sources.profile ? ` (profile ${sources.profile})` : ''}`,
        data: { profile: sources.profile ?? null, files: sources.files, settings },
      },
      config,
      sources,
    };
  } catch (error) {
    const { message, fix } = describeError(error, ctx.secrets);
    return { check: { id: 'config', title, status: 'fail', value: message, ...(fix ? { fix } : {}) } };
  }
}

function configValue(config: EthoraConfig, key: (typeof CONFIG_KEYS)[number]): string | undefined {
  if (key === 'appSecret') return undefined;
  return config[key];
}

function domainNameOf(apiUrl: string): string {
  // Installs serve the API at api.<domain> and the app at <domain>; get-config is keyed by the latter.
  return new URL(apiUrl).hostname.replace(/^api\./, '');
}

async function checkApi(
  ctx: CommandContext,
  config: EthoraConfig,
  sources: ConfigSources,
): Promise<{ check: CheckResult; probe?: ApiProbe }> {
  const title = 'API reachable';
  const repo = await ctx.repository(probe);
  const query = { domainName: domainNameOf(config.apiUrl) };
  const ask = async () => {
    const started = Date.now();
    const t0 = performance.now();
    const result = await repo.client.GET('/v1/apps/get-config', { params: { query }, signal: ctx.signal });
    return { ...result, started, latencyMs: performance.now() - t0 };
  };
  try {
    // The first exchange also opens the connection; the median of three is the API's usual answer time.
    const answers = [await ask(), await ask(), await ask()];
    const samplesMs = answers.map((answer) => Math.round(answer.latencyMs));
    const latencyMs = [...samplesMs].sort((a, b) => a - b)[1] as number;
    const { data, response, started } = answers.reduce((best, answer) =>
      answer.latencyMs < best.latencyMs ? answer : best,
    );
    const date = Date.parse(response.headers.get('date') ?? '');
    // The Date header has whole seconds; compare it with the middle of the quickest exchange.
    const fastest = Math.min(...samplesMs);
    const skewMs = Number.isNaN(date) ? undefined : date + 500 - (started + fastest / 2);
    const xmppHost = response.ok
      ? (data as { result?: { xmppHost?: unknown } })?.result?.xmppHost
      : undefined;
    return {
      check: {
        id: 'api',
        title,
        status: 'pass',
        value: `${config.apiUrl} answered HTTP ${response.status} in ${latencyMs} ms (median of 3; first ${samplesMs[0]} ms)`,
        data: { url: config.apiUrl, status: response.status, latencyMs, samplesMs },
      },
      probe: {
        status: response.status,
        latencyMs,
        skewMs,
        xmppHost: typeof xmppHost === 'string' && xmppHost !== '' ? xmppHost : undefined,
      },
    };
  } catch (error) {
    const { message } = describeError(error, ctx.secrets);
    return {
      check: {
        id: 'api',
        title,
        status: 'fail',
        value: message,
        fix: `start the API, or correct ${settingOf(sources, 'apiUrl')} (it points at ${config.apiUrl})`,
        data: { url: config.apiUrl },
      },
    };
  }
}

async function checkToken(
  ctx: CommandContext,
  config: EthoraConfig,
  sources: ConfigSources,
  clockIsOff: boolean,
): Promise<CheckResult> {
  const title = 'Server token';
  const route = 'GET /v2/chats/users';
  const repo = await ctx.repository(probe);
  const t0 = performance.now();
  try {
    await repo.getUsers({ limit: 1 });
    const ms = Math.round(performance.now() - t0);
    return {
      id: 'token',
      title,
      status: 'pass',
      value: `a ${config.tokenSigning}-key server token was accepted by ${route} in ${ms} ms`,
      data: { route, tokenSigning: config.tokenSigning, latencyMs: ms },
    };
  } catch (error) {
    const { message } = describeError(error, ctx.secrets);
    const data = { route, tokenSigning: config.tokenSigning, status: (error as EthoraApiError).status };
    if (error instanceof EthoraApiError && error.code === 'APP_NOT_FOUND') {
      return {
        id: 'token',
        title,
        status: 'fail',
        value: `the API does not know app ${config.appId}: ${message}`,
        fix: `correct ${settingOf(sources, 'appId')}`,
        data,
      };
    }
    if (!(error instanceof EthoraAuthenticationError)) {
      return { id: 'token', title, status: 'fail', value: message, data };
    }
    const other: TokenSigning = config.tokenSigning === 'scoped' ? 'raw' : 'scoped';
    const otherWorks = await acceptsSigning(ctx, other);
    const secret = settingOf(sources, 'appSecret');
    let fix = otherWorks
      ? `this install accepts only ${other}-key tokens: pass --token-signing ${other} (tokenSigning: '${other}' in the SDK)`
      : `check that ${settingOf(sources, 'appId')} is your app's id and ${secret} its secret ` +
        "(a wrong secret, another app's secret and an unknown app look the same to the API)";
    if (clockIsOff) fix += '; and set the clock right (see the clock check)';
    return {
      id: 'token',
      title,
      status: 'fail',
      value: `the API rejected a ${config.tokenSigning}-key server token: ${message}`,
      fix,
      data: { ...data, acceptedSigning: otherWorks ? other : null },
    };
  }
}

async function acceptsSigning(ctx: CommandContext, tokenSigning: TokenSigning): Promise<boolean> {
  try {
    const repo = await ctx.repository({ ...probe, tokenSigning });
    await repo.getUsers({ limit: 1 });
    return true;
  } catch {
    return false;
  }
}

function checkClock(answer: ApiProbe): CheckResult {
  const title = 'Clock';
  if (answer.skewMs === undefined) {
    return { id: 'clock', title, status: 'skip', value: 'the API sent no Date header to compare with' };
  }
  // Whole seconds: the Date header has no finer resolution.
  const seconds = Math.round(answer.skewMs / 1000);
  const off = Math.abs(seconds);
  const direction = seconds > 0 ? 'behind' : 'ahead of';
  const value =
    off < 1
      ? "matches the server's Date header (±1 s)"
      : `${off} s ${direction} the server's Date header (±1 s)`;
  // offsetSeconds: this clock minus the server's (positive: this machine is ahead).
  const data = { offsetSeconds: -seconds, maxOffsetSeconds: MAX_CLOCK_SKEW_SECONDS };
  if (off <= MAX_CLOCK_SKEW_SECONDS) return { id: 'clock', title, status: 'pass', value, data };
  return {
    id: 'clock',
    title,
    status: 'fail',
    value: `this machine's clock is ${value}; tokens it signs look ${seconds > 0 ? 'older' : 'newer'} to the server`,
    fix: 'synchronise the clock with NTP (for example `timedatectl set-ntp true`)',
    data,
  };
}

function checkJidDomain(config: EthoraConfig, sources: ConfigSources, answer: ApiProbe): CheckResult {
  const title = 'JID domain';
  const source = sourceOf(sources, 'jidDomain');
  const shown = `${config.jidDomain} (${source === 'default' ? 'the default' : source})`;
  if (answer.xmppHost === undefined) {
    return {
      id: 'jid-domain',
      title,
      status: 'skip',
      value: `${shown}; the install does not tell its XMPP host (GET /v1/apps/get-config answered ${answer.status})`,
      data: { jidDomain: config.jidDomain, source },
    };
  }
  const expected = `conference.${answer.xmppHost}`;
  const data = { jidDomain: config.jidDomain, source, xmppHost: answer.xmppHost, expected };
  if (config.jidDomain === expected.toLowerCase()) {
    return {
      id: 'jid-domain',
      title,
      status: 'pass',
      value: `${shown} matches the install's XMPP host ${answer.xmppHost}`,
      data,
    };
  }
  return {
    id: 'jid-domain',
    title,
    status: 'fail',
    value: `${shown}, but the install's XMPP host is ${answer.xmppHost}, so its rooms are on ${expected}`,
    fix:
      source === 'default'
        ? `set ETHORA_CHAT_JID_DOMAIN=${expected}`
        : `set ${settingOf(sources, 'jidDomain')} to ${expected}`,
    data,
  };
}

async function checkBot(
  ctx: CommandContext,
  config: EthoraConfig,
  sources: ConfigSources,
  answer: ApiProbe,
): Promise<CheckResult> {
  const title = 'Bot';
  if (config.botJid === undefined) {
    return {
      id: 'bot',
      title,
      status: 'skip',
      value:
        'not configured (optional: set ETHORA_CHAT_BOT_JID so that provisioning lets the bot into rooms)',
    };
  }
  const setting = settingOf(sources, 'botJid');
  const member = botMemberName(config.appId, config.botJid);
  const domain = config.botJid.includes('@') ? config.botJid.split('@')[1]?.split('/')[0] : undefined;
  const data: Record<string, unknown> = { botJid: config.botJid, member };
  if (domain !== undefined && answer.xmppHost !== undefined && domain !== answer.xmppHost) {
    return {
      id: 'bot',
      title,
      status: 'fail',
      value: `${config.botJid} is on ${domain}, but the install's XMPP host is ${answer.xmppHost}`,
      fix: `set ${setting} to ${member}@${answer.xmppHost} (or just ${member})`,
      data,
    };
  }
  try {
    const repo = await ctx.repository(probe);
    const found = await repo.getUsers({ xmppUsername: member, limit: 1 });
    const listed = (found as { results?: unknown[] }).results ?? [];
    if (listed.length === 0) {
      return {
        id: 'bot',
        title,
        status: 'fail',
        value: `the API lists no user ${member}, so letting the bot into a room would fail`,
        fix: `create the bot user, or correct ${setting}`,
        data,
      };
    }
    const bot = await repo.getAppBot(config.appId).catch(() => undefined);
    // The body is not documented: the settings come at the top level, or under `result` on some installs.
    const settings = bot as { status?: unknown; result?: { status?: unknown } } | undefined;
    const status = settings?.status ?? settings?.result?.status;
    data.status = typeof status === 'string' ? status : null;
    return {
      id: 'bot',
      title,
      status: 'pass',
      value: `${member} is a user of the app${typeof status === 'string' ? `; the app's bot is ${status}` : ''}`,
      data,
    };
  } catch (error) {
    const { message } = describeError(error, ctx.secrets);
    if (error instanceof EthoraError || error instanceof CliError) {
      return { id: 'bot', title, status: 'skip', value: `could not look the bot up: ${message}`, data };
    }
    throw error;
  }
}
