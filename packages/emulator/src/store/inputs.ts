import type { BotSettings, RoomRecord, UserRecord } from './model.js';

/** A user to add; `_id`, times and the XMPP password are generated when absent. */
export interface NewUser {
  uuid: string;
  firstName: string;
  lastName: string;
  email: string;
  xmppPassword: string;
  username?: string | undefined;
  profileImage?: string | undefined;
  profile?: Record<string, unknown> | undefined;
  _id?: string | undefined;
  createdAt?: number | undefined;
  updatedAt?: number | undefined;
}

/** A room to add. */
export interface NewRoom {
  chatId: string;
  title: string;
  type: string;
  createdBy: string;
  description?: string | undefined;
  picture?: string | undefined;
  profile?: Record<string, unknown> | undefined;
  _id?: string | undefined;
  createdAt?: number | undefined;
  updatedAt?: number | undefined;
}

/** An app to add. */
export interface NewApp {
  _id: string;
  secret: string;
  displayName: string;
  appToken: string;
  acceptRawSecret?: boolean | undefined;
  parentAppId?: string | undefined;
  profile?: Record<string, unknown> | undefined;
  bot?: BotSettings | undefined;
  createdAt?: number | undefined;
  updatedAt?: number | undefined;
}

/** New values of a user (`undefined` leaves a field as it is). */
export type UserChanges = Partial<Pick<UserRecord, 'firstName' | 'lastName' | 'username' | 'profileImage'>>;
/** New values of a room. */
export type RoomChanges = Partial<Pick<RoomRecord, 'title' | 'description'>>;

/** Sets the given fields that differ (ignoring `undefined`) and the update time; false when nothing differed. */
export function applyChanges(target: { updatedAt: number }, changes: object): boolean {
  const current = target as unknown as Record<string, unknown>;
  const fields = Object.entries(changes).filter(
    ([key, value]) => value !== undefined && current[key] !== value,
  );
  if (fields.length === 0) return false;
  Object.assign(target, Object.fromEntries(fields));
  target.updatedAt = Date.now();
  return true;
}
