import type { BotSettings, JobState } from './model.js';

/** A user in a snapshot or seed; only `uuid` is required in a seed. */
export interface UserSnapshot {
  /** Your id for the user; its XMPP username is `<appId>_<uuid>`. */
  uuid: string;
  /** Database id, 24 hex digits (generated when absent). */
  _id?: string;
  /** First name (default `User`). */
  firstName?: string;
  /** Last name (default `User`). */
  lastName?: string;
  /** E-mail address (default `<uuid>@example.com`). */
  email?: string;
  /** A username set with `PATCH /v2/chats/users`. */
  username?: string;
  /** Avatar URL. */
  profileImage?: string;
  /** Password of the XMPP account (generated when absent). */
  xmppPassword?: string;
  /** Further profile fields. */
  profile?: Record<string, unknown>;
  /** ISO date-time of creation (default: when loaded). */
  createdAt?: string;
  /** ISO date-time of the last change. */
  updatedAt?: string;
}

/** A room in a snapshot or seed; only `chatId` is required in a seed. */
export interface RoomSnapshot {
  /** Your id for the room; its short name is `<appId>_<chatId>`. */
  chatId: string;
  /** Database id, 24 hex digits (generated when absent). */
  _id?: string;
  /** Title (default `Chat Room <chatId>`). */
  title?: string;
  /** Description (default empty). */
  description?: string;
  /** Room type (default `group`). */
  type?: string;
  /** Picture URL (default empty). */
  picture?: string;
  /** Who created it (default `<appId>_server`). */
  createdBy?: string;
  /** A pinned room is one that new users join. */
  pinned?: boolean;
  /** Members: uuids or XMPP usernames of users of the same app. */
  members?: string[];
  /** Further room fields. */
  profile?: Record<string, unknown>;
  /** ISO date-time of creation (default: when loaded). */
  createdAt?: string;
  /** ISO date-time of the last change. */
  updatedAt?: string;
}

/** A server API token's metadata in a snapshot (its value is not stored; it is rebuilt from `jti`). */
export interface TokenSnapshot {
  /** The token's id. */
  tokenId: string;
  /** Its label, if it has one. */
  label?: string;
  /** The id of its current value; rotation changes it. */
  jti: string;
  /** Whether it still works. */
  status: 'active' | 'revoked';
  /** ISO date-time of creation. */
  createdAt?: string;
  /** ISO date-time of the last rotation. */
  rotatedAt?: string;
  /** ISO date-time of the revocation. */
  revokedAt?: string;
}

/** A background job in a snapshot. */
export interface JobSnapshot {
  /** The job's id. */
  jobId: string;
  /** A user batch or a broadcast. */
  kind: 'users' | 'broadcast';
  /** Where it is (a job still pending or running when exported is loaded as failed). */
  state: JobState;
  /** What was asked. */
  request: Record<string, unknown>;
  /** Its per-user or per-room results, once completed. */
  results?: Record<string, unknown>[];
  /** Why it failed. */
  error?: string;
  /** ISO date-time of creation. */
  createdAt?: string;
  /** ISO date-time of the last change. */
  updatedAt?: string;
}

/** An app in a snapshot or seed; only `appId` and `appSecret` are required in a seed. */
export interface AppSnapshot {
  /** 24 hex digits. */
  appId: string;
  /** The secret its tokens are signed with. */
  appSecret: string;
  /** Name shown to users (default `App <appId>`). */
  displayName?: string;
  /** Accept tokens signed with the raw secret as well as with the purpose-scoped key. */
  acceptRawSecret?: boolean;
  /** The app whose credential created it (and may manage it). */
  parentAppId?: string;
  /** Other app fields (domainName, appTagline...). */
  profile?: Record<string, unknown>;
  /** The legacy app token (generated when absent). */
  appToken?: string;
  /** Chatbot settings. */
  bot?: BotSettings;
  /** Server API tokens. */
  tokens?: TokenSnapshot[];
  /** Users, in creation order. */
  users?: UserSnapshot[];
  /** Rooms, in creation order, with their members. */
  rooms?: RoomSnapshot[];
  /** Background jobs. */
  jobs?: JobSnapshot[];
  /** ISO date-time of creation. */
  createdAt?: string;
  /** ISO date-time of the last change. */
  updatedAt?: string;
}

/** The emulator's whole state as JSON: what `state()` returns, `importState()` and `--seed` take. */
export interface EmulatorSnapshot {
  /** Format version, 1. */
  version?: 1;
  /** Every app, with everything in it. */
  apps: AppSnapshot[];
}

/** A snapshot or seed that cannot be loaded; the message names the offending field. */
export class EmulatorStateError extends Error {
  constructor(
    /** Path of the field, such as `apps[0].users[3].uuid`. */
    readonly path: string,
    message: string,
  ) {
    super(`${path} ${message}`);
    this.name = 'EmulatorStateError';
  }
}

/** ISO text of a time in milliseconds. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Milliseconds of an ISO time from a snapshot (`fallback` when absent). */
export function parseTime(path: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new EmulatorStateError(path, 'must be an ISO date-time string');
  return ms;
}

/** Checks that `value` is a plain object. */
export function expectObject(path: string, value: unknown): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EmulatorStateError(path, 'must be an object');
  }
}

/** Returns an optional string field, checked. */
export function optionalString(path: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new EmulatorStateError(path, 'must be a string');
  return value;
}

/** Returns an optional array field, checked. */
export function optionalArray(path: string, value: unknown): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new EmulatorStateError(path, 'must be an array');
  return value;
}
