import {
  EJABBERD_INSTALL_HINT,
  type Emulator,
  type EmulatorXmpp,
  findEjabberdctl,
  startEmulator,
} from '@ethora/emulator';
import { type ChatRepositoryOptions, configFromEnv, type EthoraConfig } from '@ethora/sdk';
import { startPrism } from '@ethora/testkit';

/** Credentials of the demo app on a local server the demo starts itself. */
export const DEMO_APP = {
  appId: '64b7f0c2a1d3e4f5a6b7c8d9',
  appSecret: 'demo-secret-for-the-local-mock',
  botJid: '64b7f0c2a1d3e4f5a6b7c8d9_bot',
} as const;

/** Where the demo sends its requests. */
export interface DemoTarget {
  /** A validated configuration for `createChatRepository`. */
  readonly config: EthoraConfig;
  /**
   * `'emulator'` when the demo started the Ethora emulator (the default: real state), `'mock'` when it started
   * Prism (`--prism`: canned answers), `'api'` when the environment named an API.
   */
  readonly kind: 'emulator' | 'mock' | 'api';
  /** One line that says what the target is. */
  readonly description: string;
  /** Stops what the demo started; does nothing for a real API. Safe to call twice. */
  stop(): Promise<void>;
  /** What the emulator holds now (rooms and users of the demo app); only for the emulator. */
  contents?(): string;
  /** Where the emulator's users and rooms are reached over XMPP, when it runs with ejabberd. */
  readonly xmpp?: EmulatorXmpp;
  /** Why there is no XMPP side, and how to get one (for the emulator without ejabberd). */
  readonly xmppNote?: string;
}

/** Where to send requests when the environment names no API. */
export type LocalServer = 'emulator' | 'prism';

async function localTarget(
  server: LocalServer,
  overrides: Partial<ChatRepositoryOptions>,
  xmpp: boolean,
): Promise<DemoTarget> {
  const started = server === 'emulator' ? await startEmulatorForDemo(xmpp) : undefined;
  const emulator = started?.emulator;
  const local = emulator
    ? { kind: 'emulator' as const, what: 'the Ethora emulator (state in memory)', ...emulator }
    : { kind: 'mock' as const, what: 'the Prism mock of spec/ethora.yaml', ...(await startPrism()) };
  try {
    // Room JIDs the SDK builds should match those the emulator reports.
    const jidDomain = emulator ? { jidDomain: emulator.connection().jidDomain } : {};
    const config = configFromEnv({}, { ...overrides, ...DEMO_APP, ...jidDomain, apiUrl: local.url });
    let stopping: Promise<void> | undefined;
    return {
      config,
      kind: local.kind,
      description: `${local.what} at ${local.url} (started by this demo)`,
      stop: () => {
        stopping ??= local.stop();
        return stopping;
      },
      ...(emulator ? { contents: () => contentsOf(emulator) } : {}),
      ...(emulator?.xmpp ? { xmpp: emulator.xmpp } : {}),
      ...(started?.xmppNote ? { xmppNote: started.xmppNote } : {}),
    };
  } catch (error) {
    await local.stop();
    throw error;
  }
}

const DEMO_EMULATOR = {
  apps: [{ appId: DEMO_APP.appId, appSecret: DEMO_APP.appSecret, displayName: 'Demo app' }],
  // The app's bot is a user of the app, so that it can be let into rooms and post in them.
  seed: {
    apps: [
      {
        appId: DEMO_APP.appId,
        appSecret: DEMO_APP.appSecret,
        users: [{ uuid: 'bot', firstName: 'Demo', lastName: 'Bot' }],
      },
    ],
  },
};

/**
 * Starts the emulator, with a throwaway ejabberd for room messages when ejabberd is installed (and `xmpp` is
 * on); without one, the note says why and how to get it.
 */
async function startEmulatorForDemo(xmpp: boolean): Promise<{ emulator: Emulator; xmppNote?: string }> {
  if (!xmpp) return { emulator: await startEmulator(DEMO_EMULATOR), xmppNote: 'turned off with --no-xmpp' };
  if (!findEjabberdctl()) {
    const xmppNote = `ejabberd is not installed (${EJABBERD_INSTALL_HINT}, then run the demo again)`;
    return { emulator: await startEmulator(DEMO_EMULATOR), xmppNote };
  }
  try {
    return { emulator: await startEmulator({ ...DEMO_EMULATOR, xmpp: true }) };
  } catch (error) {
    const why = (error as Error).message.split('\n')[0];
    return { emulator: await startEmulator(DEMO_EMULATOR), xmppNote: `ejabberd did not start: ${why}` };
  }
}

function contentsOf(emulator: Emulator): string {
  const app = emulator.state().apps.find((entry) => entry.appId === DEMO_APP.appId);
  const rooms = app?.rooms?.map((room) => room.chatId) ?? [];
  const users = app?.users?.map((user) => user.uuid) ?? [];
  const list = (names: string[]) => (names.length === 0 ? 'none' : names.join(', '));
  return `rooms: ${list(rooms)}; users: ${list(users)}`;
}

/**
 * Uses the API named by `ETHORA_CHAT_API_URL` (with `ETHORA_CHAT_APP_ID`, `ETHORA_CHAT_APP_SECRET` and the
 * optional `ETHORA_CHAT_BOT_JID`) when it is set; otherwise starts a local server on a free port with the demo
 * app's credentials: the Ethora emulator, or the Prism mock with `server: 'prism'`.
 */
export async function openTarget(
  env: NodeJS.ProcessEnv,
  overrides: Partial<ChatRepositoryOptions>,
  server: LocalServer = 'emulator',
  xmpp = true,
): Promise<DemoTarget> {
  if (env.ETHORA_CHAT_API_URL?.trim()) {
    // A missing or malformed variable throws EthoraConfigError naming it; the secret is never echoed.
    const config = configFromEnv(env, overrides);
    return { config, kind: 'api', description: `the Ethora API at ${config.apiUrl}`, stop: async () => {} };
  }
  return localTarget(server, overrides, xmpp);
}
