import { EthoraValidationError } from '@ethora/client';
import { chatShortName, type ValidationRule } from '@ethora/sdk';

/** The rule an argument of a messaging method broke: the repository's rules, and `format` for text XML cannot carry. */
export type MessagingValidationRule = ValidationRule | 'format';

/** Longest message text accepted, in UTF-8 bytes (64 KiB); servers cut stanzas not far above. */
export const MAX_TEXT_BYTES = 65_536;
/** Longest message id accepted, in characters. */
export const MAX_MESSAGE_ID_LENGTH = 128;
/** Most entries in one message's metadata. */
export const MAX_METADATA_ENTRIES = 32;
/** Longest metadata value, in characters. */
export const MAX_METADATA_VALUE_LENGTH = 4_096;
/** Largest history page one call asks for; servers may return fewer (ejabberd caps pages at 250). */
export const MAX_HISTORY_LIMIT = 500;

// Characters XML 1.0 can carry; anything else (NUL, most C0 controls, lone surrogates) breaks the stream.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// RFC 7622 forbids these in a local part; whitespace and controls are refused as well.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_LOCALPART = /[\s"&'/:<>@\u0000-\u001F\u007F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001F\u007F]/;
const METADATA_KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const encoder = new TextEncoder();

function fail(argument: string, rule: MessagingValidationRule, problem: string, value?: unknown): never {
  const shown = value === undefined ? '' : `; got ${describe(value)}`;
  throw new EthoraValidationError(argument, rule, `${argument} ${problem}${shown}.`);
}

function describe(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function requireString(argument: string, value: unknown): string {
  if (value === undefined || value === null) fail(argument, 'required', 'is required');
  if (typeof value !== 'string') fail(argument, 'type', 'must be a string', value);
  return value;
}

/** A room, as the messenger addresses it. */
export interface RoomAddress {
  /** The room's local part, such as `<appId>_<chatId>`. */
  readonly local: string;
  /** The room's bare JID, lowercased as servers compare them. */
  readonly jid: string;
}

/**
 * Checks a chat id and returns its room: with an app id, `<appId>_<chatId>` (prefixed once, as the SDK names
 * rooms); without, the chat id itself; a chat id containing `@` is taken as a full room JID.
 */
export function roomAddress(chatId: unknown, conferenceDomain: string, appId?: string): RoomAddress {
  const value = requireString('chatId', chatId);
  if (value.trim() === '') fail('chatId', 'non-empty', 'must not be empty');
  if (value.includes('@')) {
    const at = value.indexOf('@');
    const local = value.slice(0, at);
    const domain = value.slice(at + 1);
    checkLocal(local, value);
    if (domain === '' || /[\s/@]/.test(domain)) fail('chatId', 'plain-id', 'is not a valid room JID', value);
    return { local, jid: `${local}@${domain}`.toLowerCase() };
  }
  const local = appId ? chatShortName(appId, value) : value;
  checkLocal(local, value);
  return { local, jid: `${local}@${conferenceDomain}`.toLowerCase() };
}

function checkLocal(local: string, value: string): void {
  if (local === '' || NOT_LOCALPART.test(local) || encoder.encode(local).length > 1023) {
    fail('chatId', 'plain-id', 'is not a valid room name (no spaces, quotes, &, /, :, <, > or @)', value);
  }
}

/** Checks the text of a message: a non-blank string of at most 64 KiB that XML can carry. */
export function checkText(text: unknown): string {
  const value = requireString('text', text);
  if (value.trim() === '') fail('text', 'non-empty', 'must not be empty or blank');
  const bytes = encoder.encode(value).length;
  if (bytes > MAX_TEXT_BYTES) {
    fail('text', 'max-length', `must be at most ${MAX_TEXT_BYTES} bytes in UTF-8; got ${bytes} bytes`);
  }
  if (NOT_XML.test(value)) fail('text', 'format', 'contains a character XML cannot carry (such as NUL)');
  return value;
}

/** Checks a caller-chosen message id: 1–128 characters, no whitespace or control characters. */
export function checkMessageId(id: unknown): string {
  const value = requireString('id', id);
  if (value === '') fail('id', 'non-empty', 'must not be empty');
  if (value.length > MAX_MESSAGE_ID_LENGTH) {
    fail('id', 'max-length', `must be at most ${MAX_MESSAGE_ID_LENGTH} characters`, value);
  }
  if (WHITESPACE_OR_CONTROL.test(value) || NOT_XML.test(value)) {
    fail('id', 'no-whitespace', 'must not contain whitespace or control characters', value);
  }
  return value;
}

/** Metadata values the messenger accepts; numbers and booleans are sent as strings. */
export type MetadataInput = Readonly<Record<string, string | number | boolean>>;

/**
 * Checks metadata (the attributes of Ethora's `<data/>` element) and returns it as strings: at most 32 entries,
 * keys that are XML names (letters, digits, `_`, `.`, `-`), values of at most 4,096 characters.
 */
export function checkMetadata(metadata: unknown, argument = 'metadata'): Record<string, string> {
  if (metadata === undefined) return {};
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    fail(argument, 'type', 'must be an object of strings, numbers or booleans', metadata);
  }
  const entries = Object.entries(metadata);
  if (entries.length > MAX_METADATA_ENTRIES) {
    fail(argument, 'max-items', `must have at most ${MAX_METADATA_ENTRIES} entries; got ${entries.length}`);
  }
  const out: Record<string, string> = {};
  for (const [key, raw] of entries) {
    const at = `${argument}.${key}`;
    if (!METADATA_KEY.test(key) || key.toLowerCase().startsWith('xml')) {
      fail(argument, 'format', `has the key ${JSON.stringify(key)}, which is not an XML attribute name`);
    }
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
      fail(at, 'type', 'must be a string, number or boolean', raw);
    }
    const value = String(raw);
    if (value.length > MAX_METADATA_VALUE_LENGTH) {
      fail(at, 'max-length', `must be at most ${MAX_METADATA_VALUE_LENGTH} characters; got ${value.length}`);
    }
    if (NOT_XML.test(value)) fail(at, 'format', 'contains a character XML cannot carry (such as NUL)');
    out[key] = value;
  }
  return out;
}

/** A history request after its checks. */
export interface HistoryQuery {
  readonly limit: number;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

/** Checks `history()` options: `limit` 1–500 (default 50), at most one of `before`/`after` (archive ids). */
export function checkHistoryQuery(options: unknown): HistoryQuery {
  if (options === undefined) return { limit: 50, before: undefined, after: undefined };
  if (typeof options !== 'object' || options === null) fail('options', 'type', 'must be an object', options);
  const { limit = 50, before, after } = options as Record<string, unknown>;
  if (typeof limit !== 'number' || !Number.isInteger(limit))
    fail('limit', 'integer', 'must be an integer', limit);
  if (limit < 1 || limit > MAX_HISTORY_LIMIT) {
    fail('limit', 'range', `must be between 1 and ${MAX_HISTORY_LIMIT}`, limit);
  }
  for (const [name, cursor] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (cursor === undefined) continue;
    if (typeof cursor !== 'string') fail(name, 'type', 'must be an archive id (a string)', cursor);
    if (cursor === '' || /[\s<>&]/.test(cursor)) fail(name, 'no-whitespace', 'must be an archive id', cursor);
  }
  if (before !== undefined && after !== undefined) {
    fail('options', 'exactly-one', 'may set before or after, not both');
  }
  return { limit, before: before as string | undefined, after: after as string | undefined };
}
