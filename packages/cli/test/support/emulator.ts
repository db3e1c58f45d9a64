import { type Emulator, startEmulator } from '@ethora/emulator';

/** The app the tests' emulator serves. */
export const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
/** Its secret: every test checks that no output ever contains it. */
export const APP_SECRET = 'cli-test-secret-4f1d9b7e2a';
/** A user of the app that stands for its bot. */
export const BOT_JID = `${APP_ID}_bot@localhost`;

/** Starts an emulator with the test app (and its bot user); `jobDelayMs` slows the batch jobs. */
export function startTestEmulator(options: { jobDelayMs?: number } = {}): Promise<Emulator> {
  return startEmulator({
    seed: {
      version: 1,
      apps: [
        {
          appId: APP_ID,
          appSecret: APP_SECRET,
          users: [{ uuid: 'bot', firstName: 'Chat', lastName: 'Bot' }],
        },
      ],
    },
    ...options,
  });
}

/** The environment that points the command line at the emulator, with the install's JID domain. */
export function emulatorEnv(emulator: Emulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ETHORA_CHAT_API_URL: emulator.url,
    ETHORA_CHAT_APP_ID: APP_ID,
    ETHORA_CHAT_APP_SECRET: APP_SECRET,
    ETHORA_CHAT_JID_DOMAIN: 'conference.localhost',
    ...extra,
  };
}

/** Fails when a text carries the app secret. */
export function withoutSecret(text: string): boolean {
  return !text.includes(APP_SECRET);
}
