import { EthoraApiError, EthoraAuthenticationError, type EthoraConfig, type TokenSigning } from '@ethora/sdk';
import type { ConfigSources } from '../config/config-sources.js';
import type { CommandContext } from '../context.js';
import { describeError } from '../describe-error.js';
import { type ApiProbe, type CheckResult, PROBE, settingOf } from './doctor-check-result.js';

/** Largest clock difference from the server that passes, in seconds. */
export const MAX_CLOCK_SKEW_SECONDS = 30;

function domainNameOf(apiUrl: string): string {
  // Installs serve the API at api.<domain> and the app at <domain>; get-config is keyed by the latter.
  return new URL(apiUrl).hostname.replace(/^api\./, '');
}

/** Whether the API answers (the median of three requests), and what its answer tells. */
export async function checkApi(
  ctx: CommandContext,
  config: EthoraConfig,
  sources: ConfigSources,
): Promise<{ check: CheckResult; probe?: ApiProbe }> {
  const title = 'API reachable';
  const repo = await ctx.repository(PROBE);
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

/** Whether the API accepts a server token, and which signing scheme it would accept instead. */
export async function checkToken(
  ctx: CommandContext,
  config: EthoraConfig,
  sources: ConfigSources,
  clockIsOff: boolean,
): Promise<CheckResult> {
  const title = 'Server token';
  const route = 'GET /v2/chats/users';
  const repo = await ctx.repository(PROBE);
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
    const repo = await ctx.repository({ ...PROBE, tokenSigning });
    await repo.getUsers({ limit: 1 });
    return true;
  } catch {
    return false;
  }
}

/** This machine's clock against the server's `Date` header. */
export function checkClock(answer: ApiProbe): CheckResult {
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
