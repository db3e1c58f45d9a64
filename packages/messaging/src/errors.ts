import { EthoraError, redactString } from '@ethora/client';

/** What an {@link EthoraMessagingError} may carry besides its message. */
export interface MessagingErrorInit {
  /** The XMPP error condition (RFC 6120 §8.3.3), such as `forbidden` or `item-not-found`. */
  condition?: string;
  /** The chat the operation was about. */
  chatId?: string;
  /** The message the operation was about. */
  messageId?: string;
  /** The underlying error; only its name and a scrubbed message are kept. */
  cause?: unknown;
}

/** Base class of the messaging errors; `instanceof EthoraError` catches them with the rest of the SDK's. */
export class EthoraMessagingError extends EthoraError {
  /** The class name, so that logs show the exact kind. */
  override name = 'EthoraMessagingError';
  /** The XMPP error condition, when the server gave one. */
  readonly condition: string | undefined;
  /** The chat concerned, if any. */
  readonly chatId: string | undefined;
  /** The message concerned, if any. */
  readonly messageId: string | undefined;

  /** Creates the error; the message must not carry credentials (the cause is scrubbed here). */
  constructor(message: string, init: MessagingErrorInit = {}) {
    const cause = scrubbedCause(init.cause);
    super(message, cause ? { cause } : undefined);
    this.condition = init.condition;
    this.chatId = init.chatId;
    this.messageId = init.messageId;
  }

  /** A plain object for structured logs. */
  toJSON(): Record<string, unknown> {
    const cause =
      this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : undefined;
    return {
      name: this.name,
      message: this.message,
      condition: this.condition,
      chatId: this.chatId,
      messageId: this.messageId,
      cause,
    };
  }
}

/** The chat is not joined by this messenger: call `join(chatId)` first. */
export class EthoraMessagingNotJoinedError extends EthoraMessagingError {
  /** Always `'EthoraMessagingNotJoinedError'`. */
  override name = 'EthoraMessagingNotJoinedError';
}

/** The server refused: not a member of the room, banned, kicked, or not allowed to read its archive. */
export class EthoraMessagingForbiddenError extends EthoraMessagingError {
  /** Always `'EthoraMessagingForbiddenError'`. */
  override name = 'EthoraMessagingForbiddenError';
}

/** The room does not exist (or no longer does). */
export class EthoraMessagingNotFoundError extends EthoraMessagingError {
  /** Always `'EthoraMessagingNotFoundError'`. */
  override name = 'EthoraMessagingNotFoundError';
}

/** What a connection or timeout error may add: whether a message had already left this process. */
export interface DeliveryErrorInit extends MessagingErrorInit {
  /**
   * For a rejected `send`: `false` when the message never left this process (safe to send again), `true` when
   * it was written to a connection that died before the server acknowledged it, so that it may still reach
   * the room: send it again with the same `id`, which receivers use to drop duplicates.
   */
  sent?: boolean;
}

/** No usable connection: the server is unreachable, refused the stream, or the messenger was closed. */
export class EthoraMessagingConnectionError extends EthoraMessagingError {
  /** Always `'EthoraMessagingConnectionError'` (or the subclass name). */
  override name = 'EthoraMessagingConnectionError';
  /** For a rejected `send`, whether the message had left this process; see {@link DeliveryErrorInit.sent}. */
  readonly sent: boolean | undefined;

  /** Creates the error. */
  constructor(message: string, init: DeliveryErrorInit = {}) {
    super(message, init);
    this.sent = init.sent;
  }

  /** Adds `sent` to the base fields. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), sent: this.sent };
  }
}

/** The server rejected the credentials (SASL failure), or the credentials could not be obtained. */
export class EthoraMessagingAuthenticationError extends EthoraMessagingConnectionError {
  /** Always `'EthoraMessagingAuthenticationError'`. */
  override name = 'EthoraMessagingAuthenticationError';
}

/** An operation did not complete in time: no connection, no answer, or no acknowledgement. */
export class EthoraMessagingTimeoutError extends EthoraMessagingError {
  /** Always `'EthoraMessagingTimeoutError'`. */
  override name = 'EthoraMessagingTimeoutError';
  /** The limit that was hit, in milliseconds. */
  readonly timeoutMs: number;
  /** For a rejected `send`, whether the message had left this process; see {@link DeliveryErrorInit.sent}. */
  readonly sent: boolean | undefined;

  /** Creates the error. */
  constructor(message: string, timeoutMs: number, init: DeliveryErrorInit = {}) {
    super(message, init);
    this.timeoutMs = timeoutMs;
    this.sent = init.sent;
  }

  /** Adds the limit and `sent` to the base fields. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs, sent: this.sent };
  }
}

const FORBIDDEN = new Set(['forbidden', 'registration-required', 'not-authorized', 'not-allowed']);
const NOT_FOUND = new Set(['item-not-found', 'gone', 'remote-server-not-found', 'recipient-unavailable']);

/** The XMPP condition and text of an `<error/>` element or an xmpp.js error. */
export interface XmppCondition {
  readonly condition: string;
  readonly text?: string | undefined;
}

/** Turns an XMPP error condition into the matching typed error; `what` says what failed ("joining x"). */
export function errorForCondition(
  what: string,
  { condition, text }: XmppCondition,
  init: MessagingErrorInit = {},
): EthoraMessagingError {
  const detail = text ? `${condition}: ${redactString(text)}` : condition;
  const message = `${what} failed: the server answered ${detail}`;
  const full = { ...init, condition };
  if (FORBIDDEN.has(condition)) return new EthoraMessagingForbiddenError(message, full);
  if (NOT_FOUND.has(condition)) return new EthoraMessagingNotFoundError(message, full);
  return new EthoraMessagingError(message, full);
}

function scrubbedCause(error: unknown): Error | undefined {
  if (error === undefined || error === null) return undefined;
  if (!(error instanceof Error)) return new Error(redactString(String(error)));
  const copy = new Error(redactString(error.message));
  copy.name = error.name;
  copy.stack = `${copy.name}: ${copy.message}`;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') Object.defineProperty(copy, 'code', { value: code, enumerable: true });
  return copy;
}
