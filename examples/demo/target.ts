import { type Emulator, startEmulator } from '@ethora/emulator';
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
}

/** Where to send requests when the environment names no API. */
export type LocalServer = 'emulator' | 'prism';

async function localTarget(
  server: LocalServer,
  overrides: Partial<ChatRepositoryOptions>,
): Promise<DemoTarget> {
  const emulator = server === 'emulator' ? await startEmulatorForDemo() : undefined;
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
    };
  } catch (error) {
    await local.stop();
    throw error;
  }
}

function startEmulatorForDemo(): Promise<Emulator> {
  return startEmulator({
    apps: [{ appId: DEMO_APP.appId, appSecret: DEMO_APP.appSecret, displayName: 'Demo app' }],
    // The app's bot is a user of the app, so that it can be let into rooms.
    seed: {
      apps: [
        {
          appId: DEMO_APP.appId,
          appSecret: DEMO_APP.appSecret,
          users: [{ uuid: 'bot', firstName: 'Demo', lastName: 'Bot' }],
        },
      ],
    },
  });
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
): Promise<DemoTarget> {
  if (env.ETHORA_CHAT_API_URL?.trim()) {
    // A missing or malformed variable throws EthoraConfigError naming it; the secret is never echoed.
    const config = configFromEnv(env, overrides);
    return { config, kind: 'api', description: `the Ethora API at ${config.apiUrl}`, stop: async () => {} };
  }
  return localTarget(server, overrides);
}
