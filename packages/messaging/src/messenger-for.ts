import { type EthoraClient, EthoraConfigError, unwrap } from '@ethora/client';
import { appScoped } from '@ethora/sdk';
import { EthoraMessagingAuthenticationError } from './errors.js';
import { createMessenger, type Messenger } from './messenger.js';
import type { MessengerOptions } from './options.js';

/** What {@link messengerFor} needs from an `@ethora/sdk` repository (a `ChatRepository` has it all). */
export interface MessengerRepository {
  /** The app id and the rooms' conference domain. */
  readonly config: {
    /** The app's 24-character hex id. */
    readonly appId: string;
    /** The conference domain of the app's rooms, such as `conference.xmpp.chat.ethora.com`. */
    readonly jidDomain: string;
  };
  /** The typed client, for the session and app-config routes. */
  readonly client: EthoraClient;
  /** Signs a client token for `userId` (the user's session is opened with it). */
  createChatUserJwtToken(userId: string): string | Promise<string>;
}

/** Options of {@link messengerFor}: the user, and where its XMPP server is when the defaults do not fit. */
export interface MessengerForOptions
  extends Omit<MessengerOptions, 'service' | 'domain' | 'username' | 'password' | 'credentials' | 'appId'> {
  /** The user (or bot) to post as: the plain id it was created with. */
  userId: string;
  /** The XMPP host (Ethora's `xmppHost`). Default: from `GET /v1/apps/get-config` when `domainName` is given, else the repository's `jidDomain` without its `conference.` label. */
  xmppHost?: string | undefined;
  /** The domain the app is served at, for `GET /v1/apps/get-config?domainName=...` (which returns `xmppHost`). */
  domainName?: string | undefined;
  /**
   * Where to connect. Default: `wss://<xmppHost>:5443/ws`, the WebSocket endpoint Ethora's apps use; where the
   * runtime has no global `WebSocket` (Node.js 20 without `--experimental-websocket`), `xmpp://<xmppHost>:5222`
   * over TCP, upgraded with STARTTLS before the login.
   */
  service?: string | undefined;
}

interface Session {
  readonly password: string;
  readonly firstName: string | undefined;
  readonly lastName: string | undefined;
}

/**
 * Creates a {@link Messenger} for one of the app's users from an `@ethora/sdk` repository. The account is
 * `<appId>_<userId>` (prefixed once), rooms are named as the repository names them (`join('workspace-42')`
 * enters `<appId>_workspace-42@<jidDomain>`), the password is the user's `xmppPassword` from its session
 * (`POST /v1/users/client` with a client token of that user), and senders' names go out in Ethora's `<data/>`
 * element. The session is fetched again at each reconnection, so a rotated password is picked up.
 */
export async function messengerFor(
  repo: MessengerRepository,
  options: MessengerForOptions,
): Promise<Messenger> {
  if (typeof options !== 'object' || options === null) {
    throw new EthoraConfigError('options', 'messengerFor needs options with at least a userId.');
  }
  const { userId, xmppHost: givenHost, domainName, service, senderMetadata, ...rest } = options;
  const { appId, jidDomain } = repo.config;
  const username = appScoped(appId, userId);
  const plainUserId = username.slice(appId.length + 1);
  let session = await openSession(repo, plainUserId);
  const xmppHost =
    givenHost ?? (domainName ? await hostFromConfig(repo, domainName) : hostFromJidDomain(jidDomain));
  const names = senderNames(session);
  let logins = 0;
  return createMessenger({
    ...rest,
    service: service ?? defaultService(xmppHost),
    domain: xmppHost,
    username,
    appId,
    conferenceDomain: rest.conferenceDomain ?? jidDomain,
    senderMetadata: { ...names, ...senderMetadata },
    credentials: async () => {
      // The first login uses the session fetched above; later ones refresh it, keeping the last on failure.
      if (logins++ > 0) session = await openSession(repo, plainUserId).catch(() => session);
      return session.password;
    },
  });
}

function defaultService(xmppHost: string): string {
  return typeof globalThis.WebSocket === 'function' ? `wss://${xmppHost}:5443/ws` : `xmpp://${xmppHost}:5222`;
}

async function openSession(repo: MessengerRepository, userId: string): Promise<Session> {
  const token = await repo.createChatUserJwtToken(userId);
  const data = await unwrap(repo.client.POST('/v1/users/client', { headers: { 'x-custom-token': token } }));
  const user = data.user;
  if (typeof user?.xmppPassword !== 'string' || user.xmppPassword === '') {
    throw new EthoraMessagingAuthenticationError(
      `The session of user ${userId} carries no xmppPassword: this install may log chat users in with ` +
        'short-lived tokens; use createMessenger({ credentials }) with one.',
    );
  }
  return { password: user.xmppPassword, firstName: user.firstName, lastName: user.lastName };
}

async function hostFromConfig(repo: MessengerRepository, domainName: string): Promise<string> {
  const data = await unwrap(repo.client.GET('/v1/apps/get-config', { params: { query: { domainName } } }));
  const host = data.result.xmppHost;
  if (typeof host !== 'string' || host.trim() === '') {
    throw new EthoraConfigError(
      'xmppHost',
      `The app config of ${domainName} names no xmppHost: pass xmppHost.`,
    );
  }
  return host.trim();
}

function hostFromJidDomain(jidDomain: string): string {
  if (!jidDomain.startsWith('conference.')) {
    throw new EthoraConfigError(
      'xmppHost',
      `Cannot tell the XMPP host from jidDomain ${jidDomain}: pass xmppHost (or domainName to look it up).`,
    );
  }
  return jidDomain.slice('conference.'.length);
}

function senderNames(session: Session): Record<string, string> {
  const first = session.firstName?.trim() ?? '';
  const last = session.lastName?.trim() ?? '';
  const full = `${first} ${last}`.trim();
  return {
    ...(first ? { senderFirstName: first } : {}),
    ...(last ? { senderLastName: last } : {}),
    ...(full ? { fullName: full } : {}),
  };
}
