import { readFileSync } from 'node:fs';
import type { FaultRule } from './faults.js';
import type { EmulatorMirror } from './store/events.js';
import { objectId, randomSecret } from './store/ids.js';
import { parseSnapshot } from './store/load-snapshot.js';
import type { EmulatorSnapshot } from './store/snapshot.js';
import type { EmulatorXmppServer } from './xmpp/open-xmpp.js';

/** An app the emulator serves; a missing id or secret is generated. */
export interface EmulatorAppOptions {
  /** 24 hex digits (default: a new id). */
  appId?: string;
  /** The app secret your backend signs tokens with (default: a new random secret). */
  appSecret?: string;
  /** Default `Demo app` for a generated app, else `App <appId>`. */
  displayName?: string;
  /** Also accept tokens signed with the raw secret, the platform's old scheme (default: only the scoped key). */
  acceptRawSecret?: boolean;
}

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** TCP port (default 0: a free port, see `emulator.url`). */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Apps to serve (default: one demo app with a generated id and secret, unless the seed has apps). */
  apps?: readonly EmulatorAppOptions[];
  /** Initial state: a snapshot object, or the path of a JSON file holding one. */
  seed?: EmulatorSnapshot | string;
  /** Fault rules in force from the start. */
  faults?: readonly FaultRule[];
  /** How long a background job stays `pending` before it runs, in milliseconds (default 20). */
  jobDelayMs?: number;
  /** XMPP host of the emulated install: room JIDs end in `@conference.<xmppHost>` (default `localhost`). */
  xmppHost?: string;
  /** Largest request body accepted, in bytes (default 1 MiB); a larger one gets 413. */
  bodyLimitBytes?: number;
  /** Check every answer against the spec; a violation becomes a 500 and is listed in `violations`. */
  validateResponses?: boolean;
  /** LLM providers and models bot settings may name (default: any). */
  enabledModels?: Readonly<Record<string, readonly string[]>>;
  /** Systems kept in step with the state (for example an XMPP server). */
  mirrors?: readonly EmulatorMirror[];
  /**
   * Mirror users (with their `xmppPassword`), rooms and memberships into ejabberd, so that XMPP clients such as
   * `@ethora/messaging` work against the emulator: `true` starts a throwaway ejabberd (installed on the machine)
   * for `xmppHost` and stops it with the emulator; `{ adminUrl }` uses a running one. See `emulator.xmpp`.
   */
  xmpp?: boolean | EmulatorXmppServer;
  /** Receives one line per request (method, path, status, time) and internal errors; never secrets. */
  log?: (line: string) => void;
}

/** Options with every default applied. */
export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly initial: EmulatorSnapshot;
  /** Ids of the apps `emulator.apps` lists. */
  readonly appIds: readonly string[];
  readonly faults: readonly FaultRule[];
  readonly jobDelayMs: number;
  readonly xmppHost: string;
  readonly bodyLimitBytes: number;
  readonly validateResponses: boolean;
  readonly enabledModels: Readonly<Record<string, readonly string[]>> | undefined;
  readonly mirrors: readonly EmulatorMirror[];
  readonly log: ((line: string) => void) | undefined;
}

/** XMPP host of the emulated install unless `xmppHost` says otherwise. */
export const DEFAULT_XMPP_HOST = 'localhost';

/** Default request body limit: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
const APP_ID = /^[0-9a-fA-F]{24}$/;

function integer(name: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new TypeError(`${name} must be an integer from ${min} to ${max}`);
  }
  return value as number;
}

/** Reads a seed: a snapshot object, or a JSON file holding one. */
export function readSeed(seed: EmulatorSnapshot | string): EmulatorSnapshot {
  if (typeof seed !== 'string') return parseSnapshot(seed);
  let text: string;
  try {
    text = readFileSync(seed, 'utf8');
  } catch (error) {
    throw new TypeError(`Cannot read the seed file ${seed}: ${(error as Error).message}`);
  }
  try {
    return parseSnapshot(JSON.parse(text));
  } catch (error) {
    throw new TypeError(`Seed file ${seed}: ${(error as Error).message}`);
  }
}

/** Checks the options and applies the defaults; a bad option throws a `TypeError` naming it. */
export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const host = options.host ?? '127.0.0.1';
  if (typeof host !== 'string' || host === '') throw new TypeError('host must be a non-empty string');
  const initial = options.seed === undefined ? { version: 1 as const, apps: [] } : readSeed(options.seed);
  const apps = [...initial.apps];
  const appIds: string[] = [];
  (options.apps ?? []).forEach((app, index) => {
    const appId = app.appId ?? objectId();
    if (typeof appId !== 'string' || !APP_ID.test(appId)) {
      throw new TypeError(`apps[${index}].appId must be 24 hexadecimal digits`);
    }
    if (app.appSecret !== undefined && (typeof app.appSecret !== 'string' || app.appSecret === '')) {
      throw new TypeError(`apps[${index}].appSecret must be a non-empty string`);
    }
    const seeded = apps.findIndex((candidate) => candidate.appId === appId);
    const merged = {
      ...(seeded === -1 ? {} : apps[seeded]),
      appId,
      appSecret: app.appSecret ?? apps[seeded]?.appSecret ?? randomSecret(24),
      displayName: app.displayName ?? apps[seeded]?.displayName ?? (app.appId ? `App ${appId}` : 'Demo app'),
      ...(app.acceptRawSecret === undefined ? {} : { acceptRawSecret: app.acceptRawSecret }),
    };
    if (seeded === -1) apps.push(merged);
    else apps[seeded] = merged;
    appIds.push(appId);
  });
  if (apps.length === 0) {
    const appId = objectId();
    apps.push({ appId, appSecret: randomSecret(24), displayName: 'Demo app' });
    appIds.push(appId);
  } else if (appIds.length === 0) {
    appIds.push(...apps.filter((app) => app.parentAppId === undefined).map((app) => app.appId));
  }
  return {
    port: integer('port', options.port, 0, 65_535, 0),
    host,
    initial: { version: 1, apps },
    appIds,
    faults: options.faults ?? [],
    jobDelayMs: integer('jobDelayMs', options.jobDelayMs, 0, 3_600_000, 20),
    xmppHost: options.xmppHost ?? DEFAULT_XMPP_HOST,
    bodyLimitBytes: integer('bodyLimitBytes', options.bodyLimitBytes, 1, 1024 ** 3, DEFAULT_BODY_LIMIT),
    validateResponses: options.validateResponses ?? false,
    enabledModels: options.enabledModels,
    mirrors: options.mirrors ?? [],
    log: options.log,
  };
}
