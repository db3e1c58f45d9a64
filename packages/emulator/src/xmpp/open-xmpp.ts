import type { EmulatorMirror } from '../store/events.js';
import { createEjabberdAdmin } from './ejabberd-admin.js';
import { ejabberdMirror } from './ejabberd-mirror.js';
import { findEjabberdctl, startEjabberd } from './start-ejabberd.js';

/** An ejabberd that is already running, for the emulator to mirror its users and rooms into. */
export interface EmulatorXmppServer {
  /** Its admin API (`mod_http_api`), such as `http://127.0.0.1:5280/api`; its XMPP host must be `xmppHost`. */
  adminUrl: string;
  /** Where XMPP clients connect (default `xmpp://127.0.0.1:5222`). */
  service?: string;
  /** Its XMPP-over-WebSocket endpoint, if clients should use one. */
  websocket?: string;
}

/** Where the emulator's users and rooms can be reached over XMPP. */
export interface EmulatorXmpp {
  /** The XMPP host: accounts are `<appId>_<userId>@<host>`. */
  readonly host: string;
  /** The multi-user chat service: rooms are `<appId>_<chatId>@<conferenceHost>`. */
  readonly conferenceHost: string;
  /** XMPP over TCP, the `service` a messenger connects to, such as `xmpp://127.0.0.1:41234`. */
  readonly service: string;
  /** XMPP over WebSocket, such as `ws://127.0.0.1:41235/ws`, when known. */
  readonly websocket: string | undefined;
  /** The admin API the emulator mirrors through. */
  readonly adminUrl: string;
}

/** The XMPP side of an emulator: where it is, the mirror that fills it, and how to stop it. */
export interface OpenedXmpp {
  readonly info: EmulatorXmpp;
  readonly mirror: EmulatorMirror;
  stop(): Promise<void>;
}

/** The command that installs what `xmpp: true` needs, for error messages. */
export const EJABBERD_INSTALL_HINT = 'sudo apt-get install ejabberd erlang-p1-sqlite3';

/**
 * Starts a throwaway ejabberd for `xmppHost` (`true`), or connects to a running one, and returns the mirror that
 * keeps it in step with the emulator.
 */
export async function openXmpp(option: true | EmulatorXmppServer, xmppHost: string): Promise<OpenedXmpp> {
  if (option === true) {
    if (!findEjabberdctl()) {
      throw new Error(
        `XMPP needs ejabberd, which is not installed: ${EJABBERD_INSTALL_HINT} (Debian, Ubuntu), ` +
          'or mirror into a running server with xmpp: { adminUrl }.',
      );
    }
    const server = await startEjabberd({ host: xmppHost });
    return {
      info: {
        host: server.host,
        conferenceHost: server.conferenceHost,
        service: server.c2sUrl,
        websocket: server.wsUrl,
        adminUrl: server.adminUrl,
      },
      mirror: ejabberdMirror(server.admin),
      stop: () => server.stop(),
    };
  }
  const admin = createEjabberdAdmin(option.adminUrl, xmppHost);
  return {
    info: {
      host: xmppHost,
      conferenceHost: admin.conferenceHost,
      service: option.service ?? 'xmpp://127.0.0.1:5222',
      websocket: option.websocket,
      adminUrl: option.adminUrl,
    },
    mirror: ejabberdMirror(admin),
    stop: async () => {},
  };
}
