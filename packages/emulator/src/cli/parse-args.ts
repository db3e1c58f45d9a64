import { parseArgs } from 'node:util';
import type { FaultRule } from '../faults.js';
import type { EmulatorAppOptions, EmulatorOptions } from '../options.js';

/** The port the command line listens on unless told otherwise. */
export const DEFAULT_CLI_PORT = 4100;

/** The command line's help text. */
export const EMULATOR_USAGE = `Usage: ethora-emulator [options]

Serves the Ethora API from memory, for tests and local development.

Options:
  -p, --port <n>             TCP port (default ${DEFAULT_CLI_PORT}; 0 picks a free one)
      --host <host>          Interface to listen on (default 127.0.0.1)
      --app <id>:<secret>    An app to serve (repeatable); without one a demo app is created and printed
      --accept-raw-secret    Also accept tokens signed with the raw app secret (the platform's old scheme)
      --seed <file.json>     Start from a state snapshot (the format of GET /_emulator/state)
      --save <file.json>     Write the state to this file when stopping
      --latency [<route>=]<ms>
                             Delay requests (repeatable), e.g. --latency 200 or --latency "GET /v2/chats/users=500"
      --fail [<route>=]<status|drop>[,times=<n>][,retry-after=<s>]
                             Inject failures (repeatable), e.g. --fail 503 or --fail "POST /v2/chats=429,times=2"
      --job-delay <ms>       How long background jobs stay pending (default 20)
      --xmpp-host <host>     XMPP host in room JIDs (default localhost)
      --xmpp                 Start a local ejabberd (installed on this machine) and mirror users, rooms and
                             memberships into it, so XMPP clients such as @ethora/messaging work end to end
      --xmpp-admin <url>     Mirror into a running ejabberd through its admin API instead (its host must be
                             --xmpp-host); --xmpp-service <url> says where clients connect
      --validate             Check every answer against the API spec (a violation becomes a 500)
  -q, --quiet                Do not log requests
  -h, --help                 Show this help
      --version              Show the version

A <route> is "METHOD /path" or "/path"; the path may be the spec's template (/v2/apps/{appId}/chats),
a concrete path, or end in * to match a prefix.`;

/** Options of the command line: the emulator's, plus what only the command line does. */
export interface EmulatorCliOptions {
  /** Options for `startEmulator`, with the port always set. */
  readonly emulator: EmulatorOptions & {
    /** The TCP port (4100 unless given). */
    port: number;
  };
  /** Log no requests. */
  readonly quiet: boolean;
  /** Write the state to this file when stopping. */
  readonly save: string | undefined;
  /** Show the help and exit. */
  readonly help: boolean;
  /** Show the version and exit. */
  readonly version: boolean;
}

/** A command line the emulator cannot run; the message says what to fix. */
export class EmulatorUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmulatorUsageError';
  }
}

function integerFlag(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new EmulatorUsageError(`${flag} takes an integer from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

/** Splits `[<route>=]<value>` at the last `=`. */
function routeAndValue(text: string): [string | undefined, string] {
  const at = text.lastIndexOf('=');
  return at === -1 ? [undefined, text.trim()] : [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

/** Reads one `--app <appId>:<appSecret>`. */
export function parseAppFlag(text: string): EmulatorAppOptions {
  const colon = text.indexOf(':');
  const appId = colon === -1 ? text : text.slice(0, colon);
  const appSecret = colon === -1 ? '' : text.slice(colon + 1);
  if (!/^[0-9a-fA-F]{24}$/.test(appId) || appSecret === '') {
    throw new EmulatorUsageError(`--app takes <appId>:<appSecret> with a 24-hex app id (got "${appId}:…")`);
  }
  return { appId, appSecret };
}

/** Reads one `--latency [<route>=]<ms>`. */
export function parseLatencyFlag(text: string): FaultRule {
  const [route, ms] = routeAndValue(text);
  return { ...(route ? { route } : {}), latencyMs: integerFlag('--latency', ms, 0, 600_000) };
}

/** Reads one `--fail [<route>=]<status|drop>[,times=<n>][,retry-after=<s>]`. */
export function parseFailFlag(text: string): FaultRule {
  const [head, ...settings] = text.split(',');
  const [route, what] = routeAndValue(head ?? '');
  const rule: FaultRule = route ? { route } : {};
  if (what === 'drop') rule.drop = true;
  else rule.status = integerFlag('--fail', what, 100, 599);
  for (const setting of settings) {
    const [key, value = ''] = setting.split('=').map((part) => part.trim());
    if (key === 'times') rule.times = integerFlag('--fail times', value, 1, Number.MAX_SAFE_INTEGER);
    else if (key === 'retry-after') rule.retryAfter = integerFlag('--fail retry-after', value, 0, 86_400);
    else throw new EmulatorUsageError(`--fail takes times=<n> and retry-after=<s>, not "${setting}"`);
  }
  return rule;
}

/**
 * Turns command-line arguments into emulator options. Reusable by other command lines that start the emulator
 * (for example `ethora emulator`): throws {@link EmulatorUsageError} for anything it cannot use.
 */
export function parseEmulatorArgs(argv: readonly string[]): EmulatorCliOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new EmulatorUsageError((error as Error).message);
  }
  const acceptRawSecret = values['accept-raw-secret'] === true;
  const apps = (values.app ?? []).map((text) => ({
    ...parseAppFlag(text),
    ...(acceptRawSecret ? { acceptRawSecret } : {}),
  }));
  const faults = [...(values.latency ?? []).map(parseLatencyFlag), ...(values.fail ?? []).map(parseFailFlag)];
  const emulator: EmulatorCliOptions['emulator'] = {
    port: values.port === undefined ? DEFAULT_CLI_PORT : integerFlag('--port', values.port, 0, 65_535),
    ...(values.host === undefined ? {} : { host: values.host }),
    ...(apps.length > 0 ? { apps } : acceptRawSecret ? { apps: [{ acceptRawSecret }] } : {}),
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    ...(faults.length > 0 ? { faults } : {}),
    ...(values['job-delay'] === undefined
      ? {}
      : { jobDelayMs: integerFlag('--job-delay', values['job-delay'], 0, 3_600_000) }),
    ...(values['xmpp-host'] === undefined ? {} : { xmppHost: values['xmpp-host'] }),
    ...(values.validate ? { validateResponses: true } : {}),
    ...xmppOption(values.xmpp === true, values['xmpp-admin'], values['xmpp-service']),
  };
  return {
    emulator,
    quiet: values.quiet === true,
    save: values.save,
    help: values.help === true,
    version: values.version === true,
  };
}

function xmppOption(
  start: boolean,
  adminUrl: string | undefined,
  service: string | undefined,
): EmulatorOptions {
  if (start && adminUrl !== undefined) {
    throw new EmulatorUsageError(
      '--xmpp starts an ejabberd and --xmpp-admin uses a running one: pass only one',
    );
  }
  if (service !== undefined && adminUrl === undefined) {
    throw new EmulatorUsageError(
      '--xmpp-service goes with --xmpp-admin (with --xmpp the emulator knows where it listens)',
    );
  }
  if (adminUrl !== undefined) {
    if (!/^https?:\/\//.test(adminUrl))
      throw new EmulatorUsageError(`--xmpp-admin takes an http(s) URL, not "${adminUrl}"`);
    return { xmpp: { adminUrl, ...(service === undefined ? {} : { service }) } };
  }
  return start ? { xmpp: true } : {};
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      app: { type: 'string', multiple: true },
      'accept-raw-secret': { type: 'boolean' },
      seed: { type: 'string' },
      save: { type: 'string' },
      latency: { type: 'string', multiple: true },
      fail: { type: 'string', multiple: true },
      'job-delay': { type: 'string' },
      'xmpp-host': { type: 'string' },
      xmpp: { type: 'boolean' },
      'xmpp-admin': { type: 'string' },
      'xmpp-service': { type: 'string' },
      validate: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}
