import type { CredentialVerifier } from './auth/credentials.js';
import type { TokenIssuer } from './auth/issue.js';
import type { JobRunner } from './jobs.js';
import type { EmulatorStore } from './store/store.js';

/** Settings the routes read. */
export interface EmulatorSettings {
  /** XMPP host of the emulated install: room JIDs are `<name>@conference.<xmppHost>`. */
  readonly xmppHost: string;
  /** LLM providers and their models that bot settings may name; `undefined` accepts any. */
  readonly enabledModels: Readonly<Record<string, readonly string[]>> | undefined;
}

/** What the route handlers share. */
export interface EmulatorServices {
  readonly store: EmulatorStore;
  readonly verifier: CredentialVerifier;
  readonly issuer: TokenIssuer;
  readonly jobs: JobRunner;
  readonly settings: EmulatorSettings;
}
