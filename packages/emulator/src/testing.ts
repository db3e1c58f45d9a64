import type { EmulatorOptions } from './options.js';
import { startEmulator } from './start-emulator.js';

const RUNNING = Symbol.for('@ethora/emulator/test-run');
type Holder = { [RUNNING]?: () => Promise<void> };

/**
 * For a test runner's global setup: starts an emulator, puts its URL and first app's credentials in
 * `ETHORA_CHAT_API_URL`, `ETHORA_CHAT_APP_ID` and `ETHORA_CHAT_APP_SECRET` (test workers started afterwards inherit
 * them, so `getChatRepositoryImpl()` and `configFromEnv()` reach it), and returns the teardown, which stops it and
 * restores the variables.
 *
 * Vitest: `export default () => setupEmulatorEnv();` as `globalSetup`. Jest: the same as `globalSetup`, and
 * {@link teardownEmulatorEnv} as `globalTeardown`.
 */
export async function setupEmulatorEnv(options: EmulatorOptions = {}): Promise<() => Promise<void>> {
  const holder = globalThis as Holder;
  if (holder[RUNNING]) throw new Error('setupEmulatorEnv: an emulator of this process is running already');
  const emulator = await startEmulator(options);
  const variables = emulator.env();
  const previous = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  Object.assign(process.env, variables);
  const teardown = async () => {
    if (holder[RUNNING] !== teardown) return;
    holder[RUNNING] = undefined;
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await emulator.stop();
  };
  holder[RUNNING] = teardown;
  return teardown;
}

/** For Jest's `globalTeardown`: undoes {@link setupEmulatorEnv}, if it ran in this process. */
export async function teardownEmulatorEnv(): Promise<void> {
  await (globalThis as Holder)[RUNNING]?.();
}
