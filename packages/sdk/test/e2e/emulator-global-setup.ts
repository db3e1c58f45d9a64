import { startEmulator } from '@ethora/emulator';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

/** What the end-to-end tests get from the global setup. */
export interface E2eEmulator {
  /** The emulator's base URL. */
  readonly url: string;
  /** The root app: tests create their own apps under it, so that test files running at once never meet. */
  readonly appId: string;
  readonly appSecret: string;
  /** An app that also accepts tokens signed with its raw secret (the platform's old scheme). */
  readonly legacyAppId: string;
  readonly legacySecret: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    emulator: E2eEmulator;
  }
}

const ROOT = { appId: '6650aaaabbbbccccdddd0001', appSecret: 'e2e-root-secret' };
const LEGACY = { appId: '6650aaaabbbbccccdddd0002', appSecret: 'e2e-legacy-secret' };

/**
 * Vitest global setup of the end-to-end project: one emulator for the run, every answer checked against the spec.
 * A broken answer is a 500 (so the call that got it fails its test) and fails the run again at teardown.
 */
export default async function setup(project: TestProject) {
  const emulator = await startEmulator({
    validateResponses: true,
    jobDelayMs: 5,
    apps: [
      { ...ROOT, displayName: 'E2E root' },
      { ...LEGACY, displayName: 'E2E legacy', acceptRawSecret: true },
    ],
  });
  project.provide('emulator', {
    url: emulator.url,
    appId: ROOT.appId,
    appSecret: ROOT.appSecret,
    legacyAppId: LEGACY.appId,
    legacySecret: LEGACY.appSecret,
  });
  return async () => {
    await emulator.stop();
    if (emulator.violations.length > 0) {
      throw new Error(`The emulator broke the spec:\n${JSON.stringify(emulator.violations, null, 2)}`);
    }
  };
}
