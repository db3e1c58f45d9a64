/**
 * Room messages for Ethora backends, over XMPP: post to a room, read its history, follow it live.
 *
 * Start with {@link messengerFor} (from an `@ethora/sdk` repository) or {@link createMessenger} (any XMPP account);
 * both give a {@link Messenger}. Everything thrown extends `EthoraError`: bad input is `EthoraValidationError`,
 * bad options `EthoraConfigError`, and what the server or the network does an {@link EthoraMessagingError}.
 *
 * @packageDocumentation
 */
export type { HistoryPage } from './archive.js';
export {
  type DeliveryErrorInit,
  EthoraMessagingAuthenticationError,
  EthoraMessagingConnectionError,
  EthoraMessagingError,
  EthoraMessagingForbiddenError,
  EthoraMessagingNotFoundError,
  EthoraMessagingNotJoinedError,
  EthoraMessagingTimeoutError,
  type MessagingErrorInit,
} from './errors.js';
export {
  createMessenger,
  type HistoryOptions,
  type MessagesOptions,
  type Messenger,
  type SendOptions,
} from './messenger.js';
export { type MessengerForOptions, type MessengerRepository, messengerFor } from './messenger-for.js';
export type { MessengerOptions, ReconnectOptions } from './options.js';
export type { RoomMessage } from './room-message.js';
export {
  MAX_HISTORY_LIMIT,
  MAX_MESSAGE_ID_LENGTH,
  MAX_METADATA_ENTRIES,
  MAX_METADATA_VALUE_LENGTH,
  MAX_TEXT_BYTES,
  type MessagingValidationRule,
  type MetadataInput,
} from './validation.js';
export type { MessengerStatus } from './xmpp/session.js';
