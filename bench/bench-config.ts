/** A realistic 24-hex app id (a Mongo ObjectId), as the API issues them. */
export const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';

/** The app secret both SDKs sign with; only the stub server ever sees tokens made from it. */
export const APP_SECRET = 'bench-secret-7f3a9c2e41d84b6a9e05c1d2f8a7b3e6';

/** How many requests run at once in the concurrent rows. */
export const CONCURRENCY = 16;

/** Sizes of one full run, chosen so that it stays under about three minutes on two busy cores. */
export interface RunSizes {
  /** Measured rounds; each round runs every case once per cell, in a rotated order. */
  rounds: number;
  /** Calls per case in one cell of one round. */
  callsPerCell: number;
  /** Calls per case in the unrecorded warmup round. */
  warmupCalls: number;
  /** Tokens minted per case in one round of the token benchmark. */
  tokensPerCell: number;
  /** Users provisioned by the bulk benchmark. */
  bulkUsers: number;
  /** Fresh `node` processes per cold-import median. */
  coldImportRuns: number;
  /** `getUsers` calls per case and round against the emulator. */
  emulatorCalls: number;
  /** Users the emulator's memory rows hold. */
  emulatorMemoryUsers: number;
}

/** The default sizes; `--quick` divides them for a smoke run. */
export const DEFAULT_SIZES: RunSizes = {
  rounds: 7,
  callsPerCell: 600,
  warmupCalls: 300,
  tokensPerCell: 2000,
  bulkUsers: 1000,
  coldImportRuns: 10,
  emulatorCalls: 4000,
  emulatorMemoryUsers: 100_000,
};

/** Small sizes for checking that the benchmark runs end to end. */
export const QUICK_SIZES: RunSizes = {
  rounds: 2,
  callsPerCell: 50,
  warmupCalls: 20,
  tokensPerCell: 200,
  bulkUsers: 1000,
  coldImportRuns: 3,
  emulatorCalls: 400,
  emulatorMemoryUsers: 10_000,
};

/**
 * Sets the environment the previous SDK (`@ethora/sdk-backend`) reads. It must run before that
 * package is imported or constructed; `NODE_ENV=production` turns off its per-call debug lines, as a
 * production deployment would.
 */
export function configurePreviousSdkEnv(apiUrl: string): void {
  process.env.ETHORA_CHAT_API_URL = apiUrl;
  process.env.ETHORA_CHAT_APP_ID = APP_ID;
  process.env.ETHORA_CHAT_APP_SECRET = APP_SECRET;
  process.env.NODE_ENV = 'production';
}
