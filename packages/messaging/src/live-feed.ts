import type { MessagingLogger } from './logger.js';
import type { RoomMessage } from './room-message.js';

/** The ids of the latest messages of a room, to drop a message seen twice (a re-sent copy, a catch-up overlap). */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** Records `id`; returns false when it was already there. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }
}

/**
 * The live messages of one room as an async iterator. Messages wait in memory until read; the iteration ends
 * when the loop breaks, the signal aborts, the room is left or the messenger closes, and throws when the
 * account is removed from the room.
 */
export class MessageStream implements AsyncIterableIterator<RoomMessage> {
  private readonly buffer: RoomMessage[] = [];
  private waiting:
    | { resolve: (result: IteratorResult<RoomMessage>) => void; reject: (error: Error) => void }
    | undefined;
  private done = false;
  private failure: Error | undefined;
  private warned = false;

  constructor(
    private readonly detach: () => void,
    private readonly logger: MessagingLogger,
    signal?: AbortSignal,
  ) {
    if (signal?.aborted) this.end();
    else signal?.addEventListener('abort', () => this.end(), { once: true });
  }

  /** Adds a message for the reader. */
  push(message: RoomMessage): void {
    if (this.done) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ value: message, done: false });
      return;
    }
    this.buffer.push(message);
    if (this.buffer.length > 10_000 && !this.warned) {
      this.warned = true;
      this.logger.warn('a messages() reader is falling behind: over 10,000 messages wait in memory', {
        chatId: message.chatId,
      });
    }
  }

  /** Ends the iteration after the messages already buffered. */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.detach();
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  /** Ends the iteration with an error, thrown after the messages already buffered. */
  fail(error: Error): void {
    if (this.done) return;
    this.failure = error;
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      reject(error);
    }
    this.end();
  }

  /** The next message, waiting for one if needed. */
  next(): Promise<IteratorResult<RoomMessage>> {
    const message = this.buffer.shift();
    if (message) return Promise.resolve({ value: message, done: false });
    if (this.failure) {
      const error = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** Stops the iteration (what `break` in a `for await` calls). */
  return(): Promise<IteratorResult<RoomMessage>> {
    this.buffer.length = 0;
    this.failure = undefined;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** The stream is its own iterator. */
  [Symbol.asyncIterator](): AsyncIterableIterator<RoomMessage> {
    return this;
  }
}

/** Hands live messages to `on('message')` listeners and `messages()` readers. */
export class LiveFeed {
  private readonly listeners = new Set<(message: RoomMessage) => void>();
  private readonly streams = new Map<string, Set<MessageStream>>();

  constructor(private readonly logger: MessagingLogger) {}

  /** Adds a listener for every room; returns the function that removes it. */
  listen(listener: (message: RoomMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens a reader of one room's messages. */
  stream(roomJid: string, signal?: AbortSignal): MessageStream {
    let set = this.streams.get(roomJid);
    if (!set) {
      set = new Set();
      this.streams.set(roomJid, set);
    }
    const streams = set;
    const stream: MessageStream = new MessageStream(() => streams.delete(stream), this.logger, signal);
    streams.add(stream);
    return stream;
  }

  /** Delivers a message of a room. */
  emit(roomJid: string, message: RoomMessage): void {
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch (error) {
        this.logger.error('a message listener threw', { error });
      }
    }
    for (const stream of this.streams.get(roomJid) ?? []) stream.push(message);
  }

  /** Ends the readers of a room, with an error when the room was taken away. */
  endRoom(roomJid: string, error?: Error): void {
    for (const stream of [...(this.streams.get(roomJid) ?? [])]) {
      if (error) stream.fail(error);
      else stream.end();
    }
    this.streams.delete(roomJid);
  }

  /** Ends every reader. */
  endAll(): void {
    for (const roomJid of [...this.streams.keys()]) this.endRoom(roomJid);
  }
}
