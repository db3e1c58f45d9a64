import type { CreateChatRoomRequest, components, UpdateChatRoomRequest } from '@ethora/client';
import { assertIdList, MAX_BATCH_SIZE } from '../validation/assert-list.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { assertString } from '../validation/assert-string.js';
import { fail } from '../validation/fail.js';
import { call, type RepositoryContext } from './context.js';
import { type NotFoundOutcome, softNotFound } from './soft-not-found.js';
import type { OkResult } from './users.js';
import { chatShortName, memberName, plainId } from './wire-names.js';

/** A created chat room, in the API's `{ result }` envelope. */
export type ChatRoomResult = components['schemas']['ChatRoomResult'];
/** A success body the API does not document; treat it as opaque. */
export type UndocumentedResult = components['schemas']['NotDocumented'];

/** Optional settings of `createChatRoom`; they override the defaults (title `Chat Room <chatId>`, type `group`). */
export interface CreateChatRoomData {
  /** Title shown to users (default `Chat Room <chatId>`). */
  title?: CreateChatRoomRequest['title'] | undefined;
  /** `group` (default) or `public`. */
  type?: CreateChatRoomRequest['type'] | undefined;
  /** Room description. */
  description?: CreateChatRoomRequest['description'] | undefined;
  /** Picture URL. */
  picture?: CreateChatRoomRequest['picture'] | undefined;
  /** Initial members: plain userIds or XMPP usernames, prefixed once (at most 100). */
  members?: CreateChatRoomRequest['members'] | undefined;
  /** Further room fields, passed through as given; `uuid` may only repeat the chatId. */
  [field: string]: unknown;
}

/** New values of `updateChatRoom`; at least one must be given. */
export interface UpdateChatRoomData {
  /** New title (not blank). */
  title?: UpdateChatRoomRequest['title'] | undefined;
  /** New description (`''` clears it). */
  description?: UpdateChatRoomRequest['description'] | undefined;
}

/** Deleting a room that does not exist resolves to this. */
export const CHAT_ROOM_NOT_FOUND = 'Chat room not found';

/** Chat rooms in the app of the configured credentials. */
export interface ChatMethods {
  /** Creates a room whose uuid is `chatId` (short name `<appId>_<chatId>`); a room that exists already gives 422. */
  createChatRoom(chatId: string, roomData?: CreateChatRoomData): Promise<ChatRoomResult>;
  /**
   * Deletes the room `chatId` (a plain chat id or a room JID). When the API answers 422 "not found" (text or JSON
   * body) this resolves to `{ ok: false, reason: 'Chat room not found' }`; every other failure throws.
   */
  deleteChatRoom(chatId: string): Promise<OkResult | NotFoundOutcome>;
  /** Sets a room's title and/or description; `chatId` may be a plain chat id or a full room JID (sent as is). */
  updateChatRoom(chatId: string, updateData: UpdateChatRoomData): Promise<UndocumentedResult>;
}

function optionalText(argument: string, value: unknown, allowEmpty = false): string | undefined {
  if (value === undefined) return undefined;
  if (allowEmpty && value === '') return value;
  assertString(argument, value);
  return value;
}

/** Builds the body of a room creation in app `appId`: defaults, then `roomData`, then the plain `chatId` as uuid. */
export function newRoom(appId: string, chatId: string, roomData: unknown): CreateChatRoomRequest {
  const data: Record<string, unknown> = {};
  if (roomData !== undefined) {
    assertPlainObject('roomData', roomData);
    Object.assign(data, roomData);
  }
  const { uuid, title, type, description, picture, members, ...extra } = data;
  if (uuid !== undefined && plainId(appId, 'roomData.uuid', uuid) !== chatId) {
    fail('roomData.uuid', 'plain-id', 'must be left out: the uuid is the chatId argument', uuid);
  }
  const room: CreateChatRoomRequest = {
    ...extra,
    title: optionalText('roomData.title', title) ?? `Chat Room ${chatId}`,
    uuid: chatId,
    type: optionalText('roomData.type', type) ?? 'group',
  };
  const about = optionalText('roomData.description', description, true);
  if (about !== undefined) room.description = about;
  const image = optionalText('roomData.picture', picture, true);
  if (image !== undefined) room.picture = image;
  if (members !== undefined) {
    const names = assertIdList('roomData.members', members, { min: 0, max: MAX_BATCH_SIZE }).map(
      (member, index) => memberName(appId, `roomData.members[${index}]`, member),
    );
    room.members = [...new Set(names)];
  }
  return room;
}

/** Validates the new title and/or description of a room (`argument` names the object in errors). */
export function roomUpdate(argument: string, updateData: unknown): UpdateChatRoomRequest {
  assertPlainObject(argument, updateData);
  const title = optionalText(`${argument}.title`, updateData.title);
  const description = optionalText(`${argument}.description`, updateData.description, true);
  if (title === undefined && description === undefined) {
    fail(argument, 'non-empty', 'must set title or description', updateData);
  }
  return {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

/** The `{chatName}` of a room update: the short name for a chat id, a full room JID passed through as given. */
export function roomUpdateTarget(appId: string, chatId: unknown): string {
  const shortName = chatShortName(appId, chatId);
  // The route accepts both forms; a JID is sent as the caller wrote it (the client encodes the segment).
  return typeof chatId === 'string' && chatId.includes('@') ? chatId : shortName;
}

/** Builds the {@link ChatMethods} of a repository. */
export function createChatMethods(ctx: RepositoryContext): ChatMethods {
  const { client, config } = ctx;
  const { appId } = config;
  return {
    async createChatRoom(chatId, roomData) {
      const body = newRoom(appId, plainId(appId, 'chatId', chatId), roomData);
      return call(client.POST('/v2/chats', { body }));
    },

    async deleteChatRoom(chatId) {
      const name = chatShortName(appId, chatId);
      return softNotFound(CHAT_ROOM_NOT_FOUND, call(client.DELETE('/v1/chats', { body: { name } })));
    },

    async updateChatRoom(chatId, updateData) {
      const chatName = roomUpdateTarget(appId, chatId);
      const body = roomUpdate('updateData', updateData);
      return call(
        client.PATCH('/v2/apps/{appId}/chats/{chatName}', { params: { path: { appId, chatName } }, body }),
      );
    },
  };
}
