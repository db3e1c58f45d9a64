import type { Archive, ArchiveTarget } from './archive.js';
import type { MessagingLogger } from './logger.js';
import type { RoomMessage } from './room-message.js';
import type { Room } from './room-state.js';

const PAGE = 250;
const MAX_PAGES = 40;

/**
 * Records where the room's archive ends when it is joined: a catch-up after a lost session starts there. A
 * room whose archive cannot be read keeps `cursorKnown` false, and its catch-ups are skipped.
 */
export async function readCursor(
  archive: Archive,
  target: ArchiveTarget,
  room: Room,
  logger: MessagingLogger,
) {
  try {
    const page = await archive.page(target, { max: 1, before: '' });
    room.cursor = page.last;
    room.cursorKnown = true;
  } catch (error) {
    logger.warn('room archive unreadable: messages missed during a reconnection cannot be recovered', {
      chatId: room.chatId,
      error,
    });
  }
}

/**
 * Reads the room's archive forward from its cursor (from the start when the archive was empty at join), at
 * most 10,000 messages; `undefined` when it cannot be read.
 */
export async function readSinceCursor(
  archive: Archive,
  target: ArchiveTarget,
  room: Room,
  logger: MessagingLogger,
): Promise<RoomMessage[] | undefined> {
  if (!room.cursorKnown) return undefined;
  const messages: RoomMessage[] = [];
  try {
    let after = room.cursor;
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      const page = await archive.page(target, { max: PAGE, after });
      messages.push(...page.messages);
      if (page.complete || !page.last) return messages;
      after = page.last;
    }
    logger.warn('catch-up stopped after 10,000 messages', { chatId: room.chatId });
    return messages;
  } catch (error) {
    logger.warn('could not read the room archive after reconnecting', { chatId: room.chatId, error });
    return undefined;
  }
}
