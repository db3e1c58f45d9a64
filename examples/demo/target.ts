import { type ChatRepositoryOptions, configFromEnv, type EthoraConfig } from '@ethora/sdk';
import { startPrism } from '@ethora/testkit';

/** Credentials the demo gives the local mock; the mock checks that a token is present, not its signature. */
export const DEMO_APP = {
  appId: '64b7f0c2a1d3e4f5a6b7c8d9',
  appSecret: 'demo-secret-for-the-local-mock',
  botJid: '64b7f0c2a1d3e4f5a6b7c8d9_bot',
} as const;

/** Where the demo sends its requests. */
export interface DemoTarget {
  /** A validated configuration for `createChatRepository`. */
  readonly config: EthoraConfig;
  /** `'mock'` when the demo started Prism itself, `'api'` when the environment named an API. */
  readonly kind: 'mock' | 'api';
  /** One line that says what the target is. */
  readonly description: string;
  /** Stops what the demo started (the mock); does nothing for a real API. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Uses the API named by `ETHORA_CHAT_API_URL` (with `ETHORA_CHAT_APP_ID`, `ETHORA_CHAT_APP_SECRET` and the
 * optional `ETHORA_CHAT_BOT_JID`) when it is set; otherwise starts the Prism mock of the spec on a free port
 * with the demo app's credentials.
 */
export async function openTarget(
  env: NodeJS.ProcessEnv,
  overrides: Partial<ChatRepositoryOptions>,
): Promise<DemoTarget> {
  if (env.ETHORA_CHAT_API_URL?.trim()) {
    // A missing or malformed variable throws EthoraConfigError naming it; the secret is never echoed.
    const config = configFromEnv(env, overrides);
    return { config, kind: 'api', description: `the Ethora API at ${config.apiUrl}`, stop: async () => {} };
  }
  const prism = await startPrism();
  try {
    const config = configFromEnv({}, { ...overrides, ...DEMO_APP, apiUrl: prism.url });
    let stopping: Promise<void> | undefined;
    return {
      config,
      kind: 'mock',
      description: `the Prism mock of spec/ethora.yaml at ${prism.url} (started by this demo)`,
      stop: () => {
        stopping ??= prism.stop();
        return stopping;
      },
    };
  } catch (error) {
    await prism.stop();
    throw error;
  }
}
