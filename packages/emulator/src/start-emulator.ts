import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { CredentialVerifier } from './auth/credentials.js';
import { TokenIssuer } from './auth/issue.js';
import { AppKeys } from './auth/keys.js';
import { type FaultController, FaultRules } from './faults.js';
import type { ContractViolation } from './http/contract.js';
import { createRequestHandler } from './http/server.js';
import { JobRunner } from './jobs.js';
import { type EmulatorOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { emulatedRoutes } from './routes/index.js';
import type { EmulatorServices } from './services.js';
import { ethoraSpec, readOperations } from './spec/spec-document.js';
import { SpecValidators } from './spec/validators.js';
import type { StoreListener } from './store/events.js';
import { loadSnapshot, parseSnapshot } from './store/load-snapshot.js';
import type { EmulatorSnapshot } from './store/snapshot.js';
import { EmulatorStore } from './store/store.js';
import { type EmulatorXmpp, type OpenedXmpp, openXmpp } from './xmpp/open-xmpp.js';

/** An app the emulator serves, with the credentials a backend under test needs. */
export interface EmulatorApp {
  /** The app's id, 24 hex digits. */
  readonly appId: string;
  /** The secret a backend signs its tokens with. */
  readonly appSecret: string;
  /** The app's name. */
  readonly displayName: string;
}

/** Options for `createChatRepository` (and any client) pointing at the emulator. */
export interface EmulatorConnection {
  /** The emulator's base URL. */
  readonly apiUrl: string;
  /** The app's id. */
  readonly appId: string;
  /** The app's secret. */
  readonly appSecret: string;
  /** Domain of room JIDs (`conference.<xmppHost>`), so that `createChatName` matches the emulator's `jid`s. */
  readonly jidDomain: string;
}

/** A running emulator. */
export interface Emulator {
  /** Base URL, such as `http://127.0.0.1:4100`. */
  readonly url: string;
  /** The interface it listens on. */
  readonly host: string;
  /** The TCP port it listens on. */
  readonly port: number;
  /** XMPP host of the emulated install: room JIDs end in `@conference.<xmppHost>`. */
  readonly xmppHost: string;
  /** Where the mirrored users and rooms are reached over XMPP, when started with `xmpp`. */
  readonly xmpp: EmulatorXmpp | undefined;
  /** The apps it was started with (the first is the default of `connection()` and `env()`). */
  readonly apps: readonly EmulatorApp[];
  /** Fault injection: latency, error statuses and dropped connections, per route or for all. */
  readonly faults: FaultController;
  /** Answers that broke the spec so far (only checked with `validateResponses`). */
  readonly violations: readonly ContractViolation[];
  /** `{ apiUrl, appId, appSecret, jidDomain }` of an app (default: the first) for `createChatRepository`. */
  connection(appId?: string): EmulatorConnection;
  /** The `ETHORA_CHAT_API_URL`, `ETHORA_CHAT_APP_ID` and `ETHORA_CHAT_APP_SECRET` of an app (default: the first). */
  env(
    appId?: string,
  ): Record<'ETHORA_CHAT_API_URL' | 'ETHORA_CHAT_APP_ID' | 'ETHORA_CHAT_APP_SECRET', string>;
  /** Calls `listener` with every change (user created, room deleted, member added...); returns the unsubscriber. */
  subscribe(listener: StoreListener): () => void;
  /** The whole state as JSON (apps with secrets, users with XMPP passwords, rooms, memberships, jobs). */
  state(): EmulatorSnapshot;
  /** Replaces the whole state by a snapshot from `state()` or a seed; throws `EmulatorStateError` for a bad one. */
  importState(snapshot: EmulatorSnapshot): Promise<void>;
  /** Goes back to the state the emulator started with (seed and apps); fault rules are cleared too. */
  reset(): Promise<void>;
  /** Stops listening, closes connections and mirrors; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts an Ethora API emulator: one install's apps, users, rooms, memberships, jobs, tokens and bot settings in
 * memory, served over HTTP with the platform's authentication, checked against the API spec.
 *
 * ```ts
 * const ethora = await startEmulator();
 * const repo = createChatRepository(ethora.connection());
 * // ...
 * await ethora.stop();
 * ```
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const resolved = resolveOptions(options);
  const xmpp = options.xmpp ? await openXmpp(options.xmpp, resolved.xmppHost) : undefined;
  try {
    return await startWith(resolved, xmpp);
  } catch (error) {
    await xmpp?.stop();
    throw error;
  }
}

async function startWith(resolved: ResolvedOptions, xmpp: OpenedXmpp | undefined): Promise<Emulator> {
  const log = resolved.log;
  const mirrors = xmpp ? [...resolved.mirrors, xmpp.mirror] : resolved.mirrors;
  const store = new EmulatorStore(mirrors, (error) =>
    log?.(`a change listener threw: ${error instanceof Error ? error.message : String(error)}`),
  );
  const keys = new AppKeys();
  const issuer = new TokenIssuer(keys);
  const jobs = new JobRunner(store, resolved.jobDelayMs);
  const services: EmulatorServices = {
    store,
    verifier: new CredentialVerifier(store, keys),
    issuer,
    jobs,
    settings: { xmppHost: resolved.xmppHost, enabledModels: resolved.enabledModels },
  };
  const faults = new FaultRules();
  const appToken = (appId: string, secret: string) => issuer.appToken(appId, secret);
  await loadSnapshot(store, resolved.initial, appToken);
  // The state right after start, with its generated ids and passwords, is what `reset()` returns to; kept
  // compressed, since a second copy of every user would take about as much memory as the store itself.
  const baseline = deflateRawSync(JSON.stringify(store.snapshot()));
  const applyFaults = () => {
    faults.clear();
    for (const rule of resolved.faults) faults.add(rule);
  };
  applyFaults();

  const importState = async (snapshot: unknown) => {
    jobs.cancelAll();
    await loadSnapshot(store, parseSnapshot(snapshot), appToken);
    await store.feed.settled();
  };
  const reset = async () => {
    applyFaults();
    await importState(JSON.parse(inflateRawSync(baseline).toString('utf8')));
  };
  const violations: ContractViolation[] = [];
  const handler = createRequestHandler({
    services,
    validators: new SpecValidators(ethoraSpec),
    operations: readOperations(ethoraSpec),
    routes: emulatedRoutes,
    faults,
    admin: { state: () => store.snapshot(), importState, reset, faults },
    bodyLimitBytes: resolved.bodyLimitBytes,
    validateResponses: resolved.validateResponses,
    violations,
    log,
  });

  // Mirrors received the initial state (as `state.replaced`); let them finish before the first request.
  await store.feed.settled();
  const server = createServer({ keepAlive: true }, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host}:${port}`;

  const apps = resolved.appIds.map((appId) => {
    const app = store.app(appId);
    if (!app) throw new Error(`app ${appId} is missing after start`);
    return Object.freeze({ appId, appSecret: app.secret, displayName: app.displayName });
  });
  const pick = (appId?: string): EmulatorApp => {
    const app = appId === undefined ? apps[0] : apps.find((candidate) => candidate.appId === appId);
    if (!app) throw new TypeError(`The emulator was not started with app ${appId}`);
    return app;
  };
  let stopping: Promise<void> | undefined;

  return {
    url,
    host: resolved.host,
    port,
    xmppHost: resolved.xmppHost,
    xmpp: xmpp?.info,
    apps,
    faults,
    violations,
    connection: (appId) => {
      const app = pick(appId);
      const jidDomain = `conference.${resolved.xmppHost}`;
      return { apiUrl: url, appId: app.appId, appSecret: app.appSecret, jidDomain };
    },
    env: (appId) => {
      const app = pick(appId);
      return {
        ETHORA_CHAT_API_URL: url,
        ETHORA_CHAT_APP_ID: app.appId,
        ETHORA_CHAT_APP_SECRET: app.appSecret,
      };
    },
    subscribe: (listener) => store.feed.subscribe(listener),
    state: () => store.snapshot(),
    importState,
    reset,
    stop: () => {
      stopping ??= (async () => {
        jobs.cancelAll();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await store.feed.close();
        await xmpp?.stop();
      })();
      return stopping;
    },
  };
}
