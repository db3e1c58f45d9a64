import { writeFile } from 'node:fs/promises';
import packageJson from '../../package.json' with { type: 'json' };
import { DEFAULT_XMPP_HOST } from '../options.js';
import { type Emulator, startEmulator } from '../start-emulator.js';
import {
  EMULATOR_USAGE,
  type EmulatorCliOptions,
  EmulatorUsageError,
  parseEmulatorArgs,
} from './parse-args.js';

/** Where the command line writes, and the process it runs in (replaceable in tests and other command lines). */
export interface CliIo {
  /** Writes one line of normal output. */
  readonly out: (line: string) => void;
  /** Writes one line about a failure. */
  readonly err: (line: string) => void;
  /** Resolves with the signal that asks the emulator to stop (default: the first SIGINT or SIGTERM). */
  readonly stopSignal?: Promise<string>;
}

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // A second signal while stopping leaves at once.
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The lines printed once the emulator is ready: its URL, then how to point a backend at each app. */
export function describeEmulator(emulator: Emulator, options: EmulatorCliOptions['emulator']): string[] {
  const lines = [`Ethora emulator listening on ${emulator.url}`];
  const generated = options.apps === undefined || options.apps.every((app) => app.appId === undefined);
  for (const [index, app] of emulator.apps.entries()) {
    const note =
      generated && options.seed === undefined
        ? ' (created for this run; choose your own with --app <appId>:<appSecret>)'
        : '';
    lines.push('', `App ${index + 1}: ${app.displayName}${note}`);
    lines.push(`  ETHORA_CHAT_API_URL=${emulator.url}`, `  ETHORA_CHAT_APP_ID=${app.appId}`);
    // Room JIDs of this install are on conference.<xmppHost>; the SDK's default is the cloud's domain.
    lines.push(`  ETHORA_CHAT_JID_DOMAIN=conference.${options.xmppHost ?? DEFAULT_XMPP_HOST}`);
    // A secret the user chose is theirs already; only a generated one is printed.
    if (generated) lines.push(`  ETHORA_CHAT_APP_SECRET=${app.appSecret}`);
  }
  if (emulator.xmpp) {
    const { service, websocket, conferenceHost } = emulator.xmpp;
    lines.push(
      '',
      `XMPP: ${service}${websocket ? ` (WebSocket ${websocket})` : ''}; users are <appId>_<userId>@${emulator.xmpp.host},`,
      `  rooms <appId>_<chatId>@${conferenceHost}; messengerFor(repo, { userId, service: '${service}' })`,
    );
  }
  lines.push(
    '',
    `State: GET ${emulator.url}/_emulator/state · reset: POST ${emulator.url}/_emulator/reset`,
    'Press Ctrl-C to stop.',
  );
  return lines;
}

/**
 * Runs the `ethora-emulator` command line with `argv` (without the node and script paths) and resolves with its
 * exit code once the emulator has stopped: 0 after Ctrl-C or SIGTERM, 1 when it could not start, 2 for bad usage.
 */
export async function runEmulatorCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let cli: EmulatorCliOptions;
  try {
    cli = parseEmulatorArgs(argv);
  } catch (error) {
    if (!(error instanceof EmulatorUsageError)) throw error;
    io.err(`ethora-emulator: ${error.message}\nRun ethora-emulator --help for the options.`);
    return EXIT.usage;
  }
  if (cli.help) {
    io.out(EMULATOR_USAGE);
    return EXIT.ok;
  }
  if (cli.version) {
    io.out(packageJson.version);
    return EXIT.ok;
  }
  let emulator: Emulator;
  try {
    emulator = await startEmulator({ ...cli.emulator, ...(cli.quiet ? {} : { log: io.out }) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE'
        ? `port ${cli.emulator.port} is in use (choose another with --port)`
        : (error as Error).message;
    io.err(`ethora-emulator: cannot start: ${why}`);
    return EXIT.failed;
  }
  for (const line of describeEmulator(emulator, cli.emulator)) io.out(line);
  const signal = await (io.stopSignal ?? waitForSignal());
  io.out(`${signal}: stopping…`);
  const state = cli.save === undefined ? undefined : emulator.state();
  await emulator.stop();
  if (cli.save !== undefined) {
    await writeFile(cli.save, `${JSON.stringify(state, null, 2)}\n`);
    io.out(`Saved the state to ${cli.save}`);
  }
  io.out('Stopped.');
  return EXIT.ok;
}

function defaultIo(): CliIo {
  return { out: (line) => console.log(line), err: (line) => console.error(line) };
}
