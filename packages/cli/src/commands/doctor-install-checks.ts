import { botMemberName, type EthoraConfig, EthoraError } from '@ethora/sdk';
import { CliError } from '../cli-error.js';
import type { ConfigSources } from '../config/config-sources.js';
import type { CommandContext } from '../context.js';
import { describeError } from '../describe-error.js';
import { type ApiProbe, type CheckResult, PROBE, settingOf, sourceOf } from './doctor-check-result.js';

/** The configured JID domain against the install's XMPP host. */
export function checkJidDomain(config: EthoraConfig, sources: ConfigSources, answer: ApiProbe): CheckResult {
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

/** The configured bot: on the install's host, a user of the app; the app's bot status. */
export async function checkBot(
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
    const repo = await ctx.repository(PROBE);
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
