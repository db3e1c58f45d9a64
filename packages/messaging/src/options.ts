import { randomUUID } from 'node:crypto';
import { EthoraConfigError, type EthoraLogger, type EthoraLogLevel } from '@ethora/client';
import { createMessagingLogger, type MessagingLogger } from './logger.js';
import { checkMetadata, type MetadataInput } from './validation.js';

/** How the messenger reconnects after losing its connection. */
export interface ReconnectOptions {
  /** Delay before the first attempt, in milliseconds (default 500); it doubles after each failure. */
  initialDelayMs?: number | undefined;
  /** Longest delay between attempts, in milliseconds (default 30 000). */
  maxDelayMs?: number | undefined;
}

/** Options of {@link createMessenger}. */
export interface MessengerOptions {
  /**
   * Where to connect: `wss://host:5443/ws` (XMPP over WebSocket, what Ethora's apps use), `xmpp://host:5222`
   * (TCP with STARTTLS) or `xmpps://host:5223` (direct TLS). Plain `ws://` and unencrypted `xmpp://` sessions are
   * accepted only on loopback (`localhost`, `127.0.0.1`, `::1`) or with `allowInsecure`.
   */
  service: string;
  /** The XMPP domain of the accounts (Ethora's `xmppHost`), such as `xmpp.chat.ethora.com`. */
  domain: string;
  /** The account's local part; for an Ethora user, `<appId>_<userId>`. */
  username: string;
  /** The account's password (for an Ethora user, its `xmppPassword`). Give this or `credentials`. */
  password?: string | undefined;
  /**
   * Returns the password, called before every login (first connection and each reconnection), so it may hand
   * out a short-lived token where an install accepts one as the SASL password. Give this or `password`.
   */
  credentials?: (() => string | Promise<string>) | undefined;
  /** The multi-user chat service rooms live on (default `conference.<domain>`). */
  conferenceDomain?: string | undefined;
  /**
   * The Ethora app id. With it, chat ids name rooms as the SDK does (`<appId>_<chatId>`, prefixed once) and a
   * message's `from` is the plain user id of the app's users.
   */
  appId?: string | undefined;
  /** Nickname in rooms (default `username`). */
  nick?: string | undefined;
  /** XMPP resource of the connection (default `ethora-messaging-<random>`). */
  resource?: string | undefined;
  /**
   * Attributes of Ethora's `<data/>` element sent with every join and message, such as `senderFirstName`,
   * `senderLastName` and `fullName`: Ethora's apps show the sender from them. Per-message metadata adds to it.
   */
  senderMetadata?: MetadataInput | undefined;
  /** Where diagnostics go (default: nowhere); `console`, pino and winston fit. Never receives a password or token. */
  logger?: EthoraLogger | undefined;
  /** Lowest level passed to `logger` (default `'warn'`: reconnections and what they recovered). */
  logLevel?: EthoraLogLevel | undefined;
  /** Connect to a non-loopback host without TLS (a plain `ws://` or an `xmpp://` without STARTTLS). Default false. */
  allowInsecure?: boolean | undefined;
  /** Time limit of connecting, joining, leaving and each history request, in milliseconds (default 15 000). */
  timeoutMs?: number | undefined;
  /**
   * How long `send` may wait for a connection and the server's acknowledgement, in milliseconds (default 30 000).
   * A message not yet written when it expires is rejected and never sent later.
   */
  sendTimeoutMs?: number | undefined;
  /** Reconnection after a lost connection (default on); `false` turns it off. */
  reconnect?: boolean | ReconnectOptions | undefined;
  /** Also deliver this account's own messages to `on('message')` and `messages()` (default false: bots see others only). */
  echo?: boolean | undefined;
}

/** The checked options, with defaults applied. */
export interface ResolvedOptions {
  readonly service: string;
  /** True when an `xmpp://` connection must be upgraded with STARTTLS before login (not loopback, not allowed plain). */
  readonly requireTls: boolean;
  /** True when the service is on this machine. */
  readonly loopback: boolean;
  readonly domain: string;
  readonly username: string;
  readonly bareJid: string;
  readonly password: () => Promise<string>;
  readonly conferenceDomain: string;
  readonly appId: string | undefined;
  readonly nick: string;
  readonly resource: string;
  readonly senderMetadata: Readonly<Record<string, string>>;
  readonly logger: MessagingLogger;
  readonly timeoutMs: number;
  readonly sendTimeoutMs: number;
  readonly reconnect: Required<ReconnectOptions> | false;
  readonly echo: boolean;
}

const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
const LOCALPART = /^[^\s"&'/:<>@]+$/;
const APP_ID = /^[0-9a-f]{24}$/i;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function bad(option: string, message: string): never {
  throw new EthoraConfigError(option, message);
}

/** True for `localhost`, `::1` and any 127.0.0.0/8 address. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function checkService(
  service: unknown,
  allowInsecure: boolean,
): { service: string; requireTls: boolean; loopback: boolean } {
  if (typeof service !== 'string' || service.trim() === '') {
    bad(
      'service',
      'service is required: a URL such as wss://xmpp.example.com:5443/ws or xmpp://xmpp.example.com:5222.',
    );
  }
  let url: URL;
  try {
    url = new URL(service.trim());
  } catch {
    bad(
      'service',
      `service must be a URL such as wss://xmpp.example.com:5443/ws; got ${JSON.stringify(service)}.`,
    );
  }
  if (url.username || url.password) {
    bad('service', 'service must not carry credentials; pass password or credentials instead.');
  }
  const loopback = isLoopbackHost(url.hostname);
  switch (url.protocol) {
    case 'wss:':
    case 'xmpps:':
      break;
    case 'ws:':
      if (!loopback && !allowInsecure) {
        bad(
          'service',
          `ws:// sends the password unencrypted: use wss://${url.host}${url.pathname}, or set allowInsecure.`,
        );
      }
      break;
    case 'xmpp:':
      break;
    default:
      bad('service', `service must start with wss://, ws://, xmpp:// or xmpps://; got ${url.protocol}//.`);
  }
  if ((url.protocol === 'ws:' || url.protocol === 'wss:') && typeof globalThis.WebSocket !== 'function') {
    bad(
      'service',
      'XMPP over WebSocket needs a global WebSocket: Node.js 22+, or Node.js 20 with --experimental-websocket. ' +
        'Alternatively connect over TCP with xmpp://host:5222.',
    );
  }
  const text = url.protocol.startsWith('xmpp') ? `${url.protocol}//${url.host}` : url.href;
  return { service: text, requireTls: url.protocol === 'xmpp:' && !loopback && !allowInsecure, loopback };
}

function checkDomain(option: string, value: unknown): string {
  if (typeof value !== 'string' || !DOMAIN.test(value.trim())) {
    bad(option, `${option} must be a domain such as xmpp.chat.ethora.com; got ${JSON.stringify(value)}.`);
  }
  return value.trim().toLowerCase();
}

function checkPositive(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    bad(option, `${option} must be a positive number of milliseconds; got ${JSON.stringify(value)}.`);
  }
  return value;
}

function checkLocal(option: string, value: unknown): string {
  if (typeof value !== 'string' || !LOCALPART.test(value)) {
    bad(option, `${option} must be a non-empty name without spaces, quotes, &, /, :, <, > or @.`);
  }
  return value;
}

function checkReconnect(value: unknown): Required<ReconnectOptions> | false {
  if (value === false) return false;
  if (value !== undefined && value !== true && (typeof value !== 'object' || value === null)) {
    bad('reconnect', 'reconnect must be a boolean or { initialDelayMs, maxDelayMs }.');
  }
  const options = (typeof value === 'object' ? value : {}) as ReconnectOptions;
  const initialDelayMs = checkPositive('reconnect.initialDelayMs', options.initialDelayMs, 500);
  const maxDelayMs = checkPositive('reconnect.maxDelayMs', options.maxDelayMs, 30_000);
  return { initialDelayMs, maxDelayMs: Math.max(initialDelayMs, maxDelayMs) };
}

function passwordSource(options: MessengerOptions): () => Promise<string> {
  const { password, credentials } = options;
  if ((password === undefined) === (credentials === undefined)) {
    bad('password', 'Give exactly one of password and credentials.');
  }
  if (credentials !== undefined) {
    if (typeof credentials !== 'function')
      bad('credentials', 'credentials must be a function returning the password.');
    return async () => credentials();
  }
  if (typeof password !== 'string' || password === '')
    bad('password', 'password must be a non-empty string.');
  return async () => password;
}

/** Checks every option (throwing `EthoraConfigError` that names the bad one) and applies the defaults. */
export function resolveOptions(options: MessengerOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    bad('options', 'Messenger options must be an object with service, domain, username and password.');
  }
  const allowInsecure = options.allowInsecure === true;
  const { service, requireTls, loopback } = checkService(options.service, allowInsecure);
  const domain = checkDomain('domain', options.domain);
  const username = checkLocal('username', options.username);
  const conferenceDomain =
    options.conferenceDomain === undefined
      ? `conference.${domain}`
      : checkDomain('conferenceDomain', options.conferenceDomain.replace(/^@/, ''));
  if (options.appId !== undefined && (typeof options.appId !== 'string' || !APP_ID.test(options.appId))) {
    bad('appId', "appId must be the app's 24-character hex id.");
  }
  let senderMetadata: Record<string, string>;
  try {
    senderMetadata = checkMetadata(options.senderMetadata, 'senderMetadata');
  } catch (error) {
    bad('senderMetadata', (error as Error).message);
  }
  const logger = createMessagingLogger(options.logger, options.logLevel);
  return Object.freeze({
    service,
    requireTls,
    loopback,
    domain,
    username,
    bareJid: `${username}@${domain}`.toLowerCase(),
    password: passwordSource(options),
    conferenceDomain,
    appId: options.appId?.toLowerCase(),
    nick: options.nick === undefined ? username : checkLocal('nick', options.nick),
    resource:
      options.resource === undefined
        ? `ethora-messaging-${randomUUID().slice(0, 8)}`
        : checkLocal('resource', options.resource),
    senderMetadata,
    logger,
    timeoutMs: checkPositive('timeoutMs', options.timeoutMs, 15_000),
    sendTimeoutMs: checkPositive('sendTimeoutMs', options.sendTimeoutMs, 30_000),
    reconnect: checkReconnect(options.reconnect),
    echo: options.echo === true,
  });
}
