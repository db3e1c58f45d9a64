import type { EthoraConfig } from '@ethora/sdk';
import { CONFIG_KEYS, type ConfigSources } from '../config/config-sources.js';
import type { CommandContext } from '../context.js';
import { describeError } from '../describe-error.js';
import { checkApi, checkClock, checkToken } from './doctor-api-checks.js';
import { type CheckResult, PROBE, sourceOf } from './doctor-check-result.js';
import { checkBot, checkJidDomain } from './doctor-install-checks.js';

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

async function checkConfig(
  ctx: CommandContext,
): Promise<{ check: CheckResult; config?: EthoraConfig; sources?: ConfigSources }> {
  const title = 'Configuration';
  let sources: ConfigSources | undefined;
  try {
    sources = await ctx.sources();
    const config = await ctx.config(PROBE);
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
